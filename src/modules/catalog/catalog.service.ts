import type { Viewer } from '../../auth/viewer.js';
import type { Db, DbOrTx } from '../../db/types.js';
import { BadInputError, NotFoundError } from '../../shared/errors.js';
import { recordAudit } from '../audit/index.js';
import type { UsageScope } from '../records/shared/record.enums.js';
import {
  findCatalogItem,
  insertCatalogItem,
  providersOf,
  replaceCatalogItem,
  replaceProviders,
} from './catalog.repository.js';
import type { CatalogFieldDefinition, CatalogItemRow } from './catalog.table.js';

export const CATALOG_CATEGORIES = [
  'REGISTRATION',
  'LICENSING',
  'PENALTY',
  'RED_LIST',
  'BLACK_LIST',
  'COMMITMENT',
  'QUALIFICATION',
  'EVALUATION',
  'JUDICIAL',
  'OTHER',
] as const;

export interface CatalogItemCommand {
  code: string;
  name: string;
  category: string;
  description: string;
  usageScope: UsageScope;
  requiresReview: boolean;
  publicityRule: string;
  legalBasis: string;
  updateFrequency: string;
}

/** The item records of a kind are collected under, with the departments allowed to provide it. */
export interface CollectionItem {
  code: string;
  version: number;
  requiresReview: boolean;
  providers: ReadonlySet<string>;
  /** Field list of a generically stored item; empty for licensing and penalty. */
  fields: readonly CatalogFieldDefinition[];
}

export async function loadCollectionItem(db: DbOrTx, code: string): Promise<CollectionItem> {
  const item = await findCatalogItem(db, code);
  if (item === undefined) {
    throw new NotFoundError(`Catalog item ${code}`, 'itemCode');
  }
  const providers = await providersOf(db, [code]);
  return {
    code,
    version: item.version,
    requiresReview: item.requiresReview,
    providers: new Set(providers.map(p => p.organizationCode)),
    fields: item.fields,
  };
}

function checkText(field: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) {
    throw new BadInputError(`${field} must have 1 to ${max} characters.`, field);
  }
  return text;
}

const CHANGEABLE = ['name', 'category', 'description', 'usageScope', 'requiresReview', 'publicityRule', 'legalBasis', 'updateFrequency'] as const;

/**
 * Adds a catalog item or changes one (ADMIN). A change that alters anything makes a new
 * version and keeps the previous one; a scope change applies to the item's records at once
 * (the visibility condition reads the item's current scope). Audited in the same transaction.
 */
export async function saveCatalogItem(db: Db, viewer: Viewer, command: CatalogItemCommand): Promise<CatalogItemRow> {
  const code = command.code.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9_]{1,63}$/.test(code)) {
    throw new BadInputError('code is 2–64 characters of A–Z, 0–9 and _, starting with a letter.', 'code');
  }
  if (!(CATALOG_CATEGORIES as readonly string[]).includes(command.category)) {
    throw new BadInputError(`category must be one of ${CATALOG_CATEGORIES.join(', ')}.`, 'category');
  }
  const values = {
    name: checkText('name', command.name, 200),
    category: command.category,
    description: checkText('description', command.description, 2000),
    usageScope: command.usageScope,
    requiresReview: command.requiresReview,
    publicityRule: checkText('publicityRule', command.publicityRule, 1000),
    legalBasis: checkText('legalBasis', command.legalBasis, 1000),
    updateFrequency: checkText('updateFrequency', command.updateFrequency, 200),
  };
  return db.transaction(async tx => {
    const previous = await findCatalogItem(tx, code);
    if (previous === undefined) {
      const created = await insertCatalogItem(tx, { code, ...values });
      await recordAudit(tx, viewer, { action: 'catalog.item.create', entityType: 'catalog_item', entityId: code, details: { version: 1, ...values } });
      return created;
    }
    const changed = CHANGEABLE.filter(key => previous[key] !== values[key]);
    if (changed.length === 0) {
      return previous;
    }
    const saved = await replaceCatalogItem(tx, previous, await providersOf(tx, [code]), values, viewer.keyId);
    await recordAudit(tx, viewer, {
      action: 'catalog.item.change',
      entityType: 'catalog_item',
      entityId: code,
      details: { version: saved.version, changes: Object.fromEntries(changed.map(key => [key, { from: previous[key], to: values[key] }])) },
    });
    return saved;
  });
}

/** Replaces the departments allowed to provide an item (ADMIN); a new version of the item. */
export async function setCatalogItemProviders(
  db: Db,
  viewer: Viewer,
  code: string,
  providers: readonly { organizationCode: string; organizationName: string }[],
): Promise<CatalogItemRow> {
  const list = providers.map((p, index) => {
    const name = p.organizationName.trim();
    if (name.length === 0 || name.length > 200) {
      throw new BadInputError(`providers[${index}].organizationName must have 1 to 200 characters.`, 'providers', { index });
    }
    return { code: p.organizationCode, name };
  });
  if (new Set(list.map(p => p.code)).size !== list.length) {
    throw new BadInputError('providers lists an organisation twice.', 'providers');
  }
  return db.transaction(async tx => {
    const previous = await findCatalogItem(tx, code);
    if (previous === undefined) {
      throw new NotFoundError(`Catalog item ${code}`, 'code');
    }
    const before = await providersOf(tx, [code]);
    const saved = await replaceCatalogItem(tx, previous, before, {}, viewer.keyId);
    await replaceProviders(tx, code, list);
    await recordAudit(tx, viewer, {
      action: 'catalog.item.providers',
      entityType: 'catalog_item',
      entityId: code,
      details: { version: saved.version, from: before.map(p => p.organizationCode), to: list.map(p => p.code) },
    });
    return saved;
  });
}
