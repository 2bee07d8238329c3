import type { Viewer } from '../../auth/viewer.js';
import type { Db, DbOrTx } from '../../db/types.js';
import { BadInputError, NotFoundError } from '../../shared/errors.js';
import { type ArgumentName, type Localized, itemOf, named, say } from '../../shared/messages.js';
import { recordAudit } from '../audit/index.js';
import {
  findCatalogItem,
  insertCatalogItem,
  providersOf,
  replaceCatalogItem,
  replaceProviders,
} from './catalog.repository.js';
import {
  type CatalogFieldDefinition,
  type CatalogItemRow,
  DEFAULT_DISCLOSURE_WORKING_DAYS,
} from './catalog.table.js';
import type { Clock } from '../../shared/dates.js';
import { ProviderCategory, type UsageScope } from './catalog.enums.js';

/** The longest disclosure deadline the office may set: about three months of working days. */
const MAX_DISCLOSURE_WORKING_DAYS = 60;

const CATALOG_CATEGORIES = [
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
  fields?:
    | readonly {
        name: string;
        label: string;
        type: string;
        required: boolean;
        maxLength?: number | null;
        values?: string[] | null;
        hiddenFrom?: string[] | null;
      }[]
    | null;
}

const FIELD_TYPES = ['TEXT', 'DATE', 'ENUM', 'DECIMAL'] as const;
const ROLES = ['PUBLIC', 'INSTITUTION', 'REGULATOR', 'PROVIDER', 'ADMIN'];

/** Checks a field list; typed items (licensing, penalty) keep an empty one. */
function checkFields(fields: NonNullable<CatalogItemCommand['fields']>): CatalogFieldDefinition[] {
  const names = new Set<string>();
  return fields.map((f, index) => {
    const item = itemOf('fields', index);
    const part = (name: string, label: string) => ({
      field: `${item.field}.${name}`,
      column: `${item.column}的${label}`,
    });
    const at = (text: Localized) => new BadInputError(text, 'fields', { index });
    if (!/^[a-zA-Z][a-zA-Z0-9]{0,63}$/.test(f.name)) {
      throw at(
        say('IDENTIFIER_FORMAT', {
          ...part('name', '字段名'),
          min: 1,
          max: 64,
          alphabet: 'a–z、A–Z、0–9',
        }),
      );
    }
    if (names.has(f.name)) {
      throw at(say('FIELD_DEFINED_TWICE', { ...item, name: f.name }));
    }
    names.add(f.name);
    if (!(FIELD_TYPES as readonly string[]).includes(f.type)) {
      throw at(say('NOT_ONE_OF', { ...part('type', '类型'), allowed: FIELD_TYPES }));
    }
    if (f.type === 'ENUM' && (f.values ?? []).length === 0) {
      throw at(say('ENUM_WITHOUT_VALUES', item));
    }
    if ((f.hiddenFrom ?? []).some(role => !ROLES.includes(role))) {
      throw at(say('NOT_ONE_OF', { ...part('hiddenFrom', '不可见角色'), allowed: ROLES }));
    }
    const label = f.label.trim();
    if (label.length === 0 || label.length > 100) {
      throw at(say('LENGTH', { ...part('label', '中文名'), min: 1, max: 100 }));
    }
    return {
      name: f.name,
      label,
      type: f.type as CatalogFieldDefinition['type'],
      required: f.required,
      ...(f.maxLength === null || f.maxLength === undefined ? {} : { maxLength: f.maxLength }),
      ...(f.type === 'ENUM' ? { values: f.values ?? [] } : {}),
      ...((f.hiddenFrom ?? []).length > 0 ? { hiddenFrom: f.hiddenFrom! } : {}),
    };
  });
}

/** The item records of a kind are collected under, with the departments allowed to provide it. */
export interface CollectionItem {
  code: string;
  version: number;
  requiresReview: boolean;
  providers: ReadonlySet<string>;
  /** Each provider's disclosure deadline, in working days after the decision. */
  disclosureWorkingDays: ReadonlyMap<string, number>;
  /** Field list of a generically stored item; empty for licensing and penalty. */
  fields: readonly CatalogFieldDefinition[];
}

export async function loadCollectionItem(db: DbOrTx, code: string): Promise<CollectionItem> {
  const item = await findCatalogItem(db, code);
  if (item === undefined) {
    throw new NotFoundError('CATALOG_ITEM', 'itemCode', code);
  }
  const providers = await providersOf(db, [code]);
  return {
    code,
    version: item.version,
    requiresReview: item.requiresReview,
    providers: new Set(providers.map(p => p.organizationCode)),
    disclosureWorkingDays: new Map(
      providers.map(p => [p.organizationCode, p.disclosureWorkingDays]),
    ),
    fields: item.fields,
  };
}

function checkText(field: ArgumentName, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) {
    throw new BadInputError(say('LENGTH', { ...named(field), min: 1, max }), field);
  }
  return text;
}

const CHANGEABLE = [
  'name',
  'category',
  'description',
  'usageScope',
  'requiresReview',
  'publicityRule',
  'legalBasis',
  'updateFrequency',
] as const;

/**
 * Adds a catalog item or changes one (ADMIN). A change that alters anything makes a new
 * version and keeps the previous one; a scope change applies to the item's records at once
 * (the visibility condition reads the item's current scope). Audited in the same transaction.
 */
export async function saveCatalogItem(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  command: CatalogItemCommand,
): Promise<CatalogItemRow> {
  const code = command.code.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9_]{1,63}$/.test(code)) {
    throw new BadInputError(
      say('IDENTIFIER_FORMAT', { ...named('code'), min: 2, max: 64, alphabet: 'A–Z、0–9、_' }),
      'code',
    );
  }
  if (!(CATALOG_CATEGORIES as readonly string[]).includes(command.category)) {
    throw new BadInputError(
      say('NOT_ONE_OF', { ...named('category'), allowed: CATALOG_CATEGORIES }),
      'category',
    );
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
  const fieldList =
    command.fields === null || command.fields === undefined
      ? undefined
      : checkFields(command.fields);
  if (
    fieldList !== undefined &&
    fieldList.length > 0 &&
    ['LICENSING', 'PENALTY'].includes(command.category)
  ) {
    throw new BadInputError(say('TYPED_ITEM_HAS_NO_FIELDS', named('fields')), 'fields');
  }
  return db.transaction(async tx => {
    const previous = await findCatalogItem(tx, code);
    if (previous === undefined) {
      const created = await insertCatalogItem(tx, {
        code,
        ...values,
        fields: fieldList ?? [],
        createdAt: clock.now(),
        updatedAt: clock.now(),
      });
      await recordAudit(tx, viewer, clock.now(), {
        action: 'catalog.item.create',
        entityType: 'catalog_item',
        entityId: code,
        details: { version: 1, ...values },
      });
      return created;
    }
    const changed: string[] = CHANGEABLE.filter(key => previous[key] !== values[key]);
    const fieldsChanged =
      fieldList !== undefined && JSON.stringify(fieldList) !== JSON.stringify(previous.fields);
    if (fieldsChanged) {
      changed.push('fields');
    }
    if (changed.length === 0) {
      return previous;
    }
    const saved = await replaceCatalogItem(
      tx,
      previous,
      await providersOf(tx, [code]),
      fieldsChanged ? { ...values, fields: fieldList } : values,
      viewer.keyId,
      clock.now(),
    );
    await recordAudit(tx, viewer, clock.now(), {
      action: 'catalog.item.change',
      entityType: 'catalog_item',
      entityId: code,
      details: {
        version: saved.version,
        changes: Object.fromEntries(
          changed.map(key => [
            key,
            key === 'fields'
              ? { from: previous.fields, to: fieldList }
              : {
                  from: previous[key as (typeof CHANGEABLE)[number]],
                  to: values[key as (typeof CHANGEABLE)[number]],
                },
          ]),
        ),
      },
    });
    return saved;
  });
}

/** Replaces the departments allowed to provide an item (ADMIN); a new version of the item. */
export async function setCatalogItemProviders(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  code: string,
  providers: readonly {
    organizationCode: string;
    organizationName: string;
    category?: ProviderCategory | null;
    disclosureWorkingDays?: number | null;
  }[],
): Promise<CatalogItemRow> {
  const list = providers.map((p, index) => {
    const name = p.organizationName.trim();
    if (name.length === 0 || name.length > 200) {
      const item = itemOf('providers', index);
      throw new BadInputError(
        say('LENGTH', {
          field: `${item.field}.organizationName`,
          column: `${item.column}的单位名称`,
          min: 1,
          max: 200,
        }),
        'providers',
        { index },
      );
    }
    const days = p.disclosureWorkingDays ?? DEFAULT_DISCLOSURE_WORKING_DAYS;
    if (!Number.isInteger(days) || days < 1 || days > MAX_DISCLOSURE_WORKING_DAYS) {
      const item = itemOf('providers', index);
      throw new BadInputError(
        say('OUT_OF_RANGE', {
          field: `${item.field}.disclosureWorkingDays`,
          column: `${item.column}的公示时限工作日数`,
          min: 1,
          max: MAX_DISCLOSURE_WORKING_DAYS,
        }),
        'providers',
        { index, reason: 'OUT_OF_RANGE', min: 1, max: MAX_DISCLOSURE_WORKING_DAYS },
      );
    }
    return {
      code: p.organizationCode,
      name,
      category: p.category ?? ProviderCategory.DEPARTMENT,
      disclosureWorkingDays: days,
    };
  });
  if (new Set(list.map(p => p.code)).size !== list.length) {
    throw new BadInputError(say('PROVIDER_TWICE', named('providers')), 'providers');
  }
  return db.transaction(async tx => {
    const previous = await findCatalogItem(tx, code);
    if (previous === undefined) {
      throw new NotFoundError('CATALOG_ITEM', 'code', code);
    }
    const before = await providersOf(tx, [code]);
    const saved = await replaceCatalogItem(tx, previous, before, {}, viewer.keyId, clock.now());
    await replaceProviders(tx, code, list);
    await recordAudit(tx, viewer, clock.now(), {
      action: 'catalog.item.providers',
      entityType: 'catalog_item',
      entityId: code,
      details: {
        version: saved.version,
        from: before.map(p => p.organizationCode),
        to: list.map(p => p.code),
        disclosureWorkingDays: Object.fromEntries(list.map(p => [p.code, p.disclosureWorkingDays])),
      },
    });
    return saved;
  });
}
