import {
  ABNORMAL_OPERATION_KIND,
  CREDIT_COMMITMENT_KIND,
  REGISTRATION_BASICS_KIND,
} from './catalog.kinds.js';
import { CATALOG_COMMON_FIELD_NAMES, type RecordKindDeclaration } from './kind.declaration.js';
import { LICENSING_KIND } from './licensing.kind.js';
import { BLACK_LIST_KIND, RED_LIST_KIND } from './list.kinds.js';
import { PENALTY_KIND } from './penalty.kind.js';
import { PLATFORM_COMMITMENT_KIND, PLATFORM_VIOLATION_KIND } from './platform.kinds.js';

/**
 * The record kinds the platform collects, by catalog item code: the one place a kind is
 * declared. The catalog seed installs an item for each; the importer, the access rules and the
 * collection report read them from here.
 */
const declared = new Map<string, RecordKindDeclaration>();

/** A declaration that cannot work, named by kind and field. */
export class KindDeclarationError extends Error {
  override readonly name = 'KindDeclarationError';
}

/**
 * Adds a kind. Its code is the catalog item's; field names are unique; the identity field is one
 * of its fields; a generically stored kind has every common column of catalog records.
 */
export function declareKind(kind: RecordKindDeclaration): RecordKindDeclaration {
  const problem = (what: string) => new KindDeclarationError(`Record kind ${kind.code}: ${what}`);
  if (!/^[A-Z][A-Z0-9_]{1,63}$/.test(kind.code)) {
    throw problem('the code is upper-case letters, digits and _, as catalog item codes are.');
  }
  const existing = declared.get(kind.code);
  if (existing !== undefined) {
    if (existing === kind) {
      return kind;
    }
    throw problem('it is declared twice.');
  }
  const names = new Set<string>();
  for (const field of [...kind.fields, ...(kind.systemFields ?? [])]) {
    if (names.has(field.name)) {
      throw problem(`the field ${field.name} is declared twice.`);
    }
    if (field.type === 'ENUM' && (field.values ?? []).length === 0 && field.input !== false) {
      throw problem(`the ENUM field ${field.name} needs its values.`);
    }
    names.add(field.name);
  }
  if (!kind.fields.some(field => field.name === kind.identityField)) {
    throw problem(`the identity field ${kind.identityField} is not one of its fields.`);
  }
  if (
    kind.deadline === 'SEVEN_WORKING_DAYS' &&
    kind.storage !== 'LICENSING' &&
    kind.storage !== 'PENALTY'
  ) {
    throw problem(
      'a disclosure deadline is tracked on the 双公示 tables only (storage LICENSING or PENALTY).',
    );
  }
  if (kind.storage === 'CATALOG') {
    const missing = [...CATALOG_COMMON_FIELD_NAMES].filter(name => !names.has(name));
    if (missing.length > 0) {
      throw problem(`a catalog kind needs the common fields (missing: ${missing.join(', ')}).`);
    }
  }
  declared.set(kind.code, kind);
  return kind;
}

/** The kind of a catalog item code, if declared. */
export function recordKind(code: string): RecordKindDeclaration | undefined {
  return declared.get(code);
}

/** Every declared kind, in the order declared. */
export function recordKinds(): readonly RecordKindDeclaration[] {
  return [...declared.values()];
}

/**
 * The kind a command line names: `licensing` and `penalty` for the 双公示 templates, otherwise
 * the catalog item code (case-insensitive).
 */
export function kindNamed(name: string): RecordKindDeclaration | undefined {
  const alias: Record<string, RecordKindDeclaration> = {
    licensing: LICENSING_KIND,
    penalty: PENALTY_KIND,
  };
  return alias[name.toLowerCase()] ?? declared.get(name.toUpperCase());
}

for (const kind of [
  REGISTRATION_BASICS_KIND,
  LICENSING_KIND,
  PENALTY_KIND,
  RED_LIST_KIND,
  BLACK_LIST_KIND,
  CREDIT_COMMITMENT_KIND,
  ABNORMAL_OPERATION_KIND,
  PLATFORM_VIOLATION_KIND,
  PLATFORM_COMMITMENT_KIND,
]) {
  declareKind(kind);
}
