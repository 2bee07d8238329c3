import { parseCalendarDate } from '../../shared/dates.js';
import { PLACEHOLDER_CREDIT_CODE, codeCategoryOf } from '../credit-code/index.js';
import { SubjectCategory } from '../subjects/index.js';
import { UsageScope } from '../catalog/index.js';
import {
  CATALOG_COMMON_FIELD_NAMES,
  kindNamed,
  LICENCE_CATEGORY_LABELS,
  LicenceCategory,
  parsePenaltyTypes,
  type RecordKindDeclaration,
  recordKinds,
} from '../records/index.js';

/**
 * What a file holds: `licensing` or `penalty` for the 双公示 templates, or the code of any other
 * declared kind (e.g. `CREDIT_COMMITMENT`).
 */
export type ImportKind = string;

/** The declared kind a file holds; an unknown name is an ImportError-worthy mistake. */
export function importKind(kind: ImportKind): RecordKindDeclaration {
  const declaration = kindNamed(kind);
  if (declaration === undefined || declaration.storage === 'LIST_ENTRY') {
    throw new Error(
      `${kind} is not a kind that can be imported (licensing, penalty, ${recordKinds()
        .filter(k => k.storage === 'CATALOG')
        .map(k => k.code)
        .join(', ')}).`,
    );
  }
  return declaration;
}

/**
 * The header names of a kind's columns, from its declaration: a header matches by its field
 * code (XK_*, CF_*, V2 and V1), its Chinese name, another spelling seen in departments' files,
 * or the camelCase field name, ignoring spaces and case. A penalty's 公示截止期 is recognised
 * but never sent: the platform derives the publicity period itself.
 */
function headerLookup(kind: RecordKindDeclaration): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const field of kind.fields) {
    for (const name of [
      ...(field.codes ?? []),
      field.label,
      ...(field.aliases ?? []),
      field.name,
    ]) {
      const key = normalizeHeader(name);
      if (!lookup.has(key)) {
        lookup.set(key, field.name);
      }
    }
  }
  return lookup;
}

function normalizeHeader(value: string): string {
  return value
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();
}

export interface HeaderMapping {
  /** Column index → input field. */
  fields: Map<number, string>;
  /** Headers that match no field; their values are not sent. */
  unknown: string[];
  /** Which template the headers look like. */
  layout: 'V2' | 'V1';
}

export function mapHeaders(kind: ImportKind, headers: readonly string[]): HeaderMapping {
  const lookup = headerLookup(importKind(kind));
  const fields = new Map<number, string>();
  const unknown: string[] = [];
  headers.forEach((header, index) => {
    const field = lookup.get(normalizeHeader(header));
    if (field === undefined) {
      if (header.trim() !== '') {
        unknown.push(header);
      }
    } else if (![...fields.values()].includes(field)) {
      fields.set(index, field);
    }
  });
  const has = (field: string) => [...fields.values()].includes(field);
  const layout = has('counterpartCategory') || has('sourceUnitCode') ? 'V2' : 'V1';
  return { fields, unknown, layout };
}

export interface ClientRejection {
  field: string;
  code: 'INVALID_VALUE';
  message: string;
}

export interface Defaults {
  sourceUnit?: string | undefined;
  sourceUnitCode?: string | undefined;
  authorityCode?: string | undefined;
}

const CATEGORY_LABELS: Record<string, SubjectCategory> = {
  法人及非法人组织: SubjectCategory.LEGAL_ENTITY,
  法人和非法人组织: SubjectCategory.LEGAL_ENTITY,
  法人: SubjectCategory.LEGAL_ENTITY,
  非法人组织: SubjectCategory.LEGAL_ENTITY,
  自然人: SubjectCategory.NATURAL_PERSON,
  个体工商户: SubjectCategory.INDIVIDUAL_BUSINESS,
};

const SCOPE_LABELS: Record<string, UsageScope> = {
  '0': UsageScope.PUBLIC,
  公示: UsageScope.PUBLIC,
  '1': UsageScope.GOVERNMENT,
  仅政府部门内部共享: UsageScope.GOVERNMENT,
  '2': UsageScope.AUTHORIZED,
  仅可授权查询: UsageScope.AUTHORIZED,
};

function licenceCategoryOf(value: string): LicenceCategory | { other: string } | null {
  const entry = Object.entries(LICENCE_CATEGORY_LABELS).find(([, label]) => label === value);
  if (entry !== undefined) {
    return entry[0] as LicenceCategory;
  }
  if (value.toUpperCase() in LICENCE_CATEGORY_LABELS) {
    return value.toUpperCase() as LicenceCategory;
  }
  const other = /^其他[-－—:：](.+)$/.exec(value);
  return other === null ? null : { other: other[1]!.trim() };
}

function inferCategory(row: Record<string, string>): SubjectCategory | null {
  const code = (row['creditCode'] ?? '').toUpperCase();
  if (code === PLACEHOLDER_CREDIT_CODE || codeCategoryOf(code) === 'INDIVIDUAL_BUSINESS') {
    return SubjectCategory.INDIVIDUAL_BUSINESS;
  }
  if (code !== '') {
    return SubjectCategory.LEGAL_ENTITY;
  }
  return (row['personIdNumber'] ?? '') !== '' ? SubjectCategory.NATURAL_PERSON : null;
}

function enumValue<T extends string>(
  labels: Record<string, T>,
  values: readonly string[],
  cell: string,
): T | undefined {
  return (
    labels[cell] ?? (values.includes(cell.toUpperCase()) ? (cell.toUpperCase() as T) : undefined)
  );
}

const SEVERITY_LABELS: Record<string, string> = { 轻微: 'MINOR', 一般: 'GENERAL', 严重: 'SERIOUS' };

/**
 * Turns one template row into a GraphQL record input, field by field of the kind's declaration.
 * Dates in `YYYY/MM/DD` become `YYYY-MM-DD`; a date that cannot be read is passed on as
 * written, so that the server rejects it naming the field; amounts lose their thousands
 * separators. Code-list values (category, licence category, penalty types, usage scope) that
 * match no known label are rejected here, since the API only accepts the enum. A generically
 * stored kind's own fields go to `fields` as name/value pairs. V1 files lack some V2 columns:
 * the category is inferred from the codes, the validity start of a licence is its decision
 * date, a penalty's validity ends on its decision date, and the source unit comes from
 * `defaults` (the importing key's organisation).
 */
export function toRecordInput(
  kind: ImportKind,
  mapping: HeaderMapping,
  cells: readonly string[],
  defaults: Defaults,
): { input: Record<string, unknown>; rejections: ClientRejection[] } {
  const declaration = importKind(kind);
  const row: Record<string, string> = {};
  mapping.fields.forEach((field, index) => {
    const value = (cells[index] ?? '').trim();
    if (value !== '') {
      row[field] = value;
    }
  });
  const rejections: ClientRejection[] = [];
  const reject = (field: string, message: string) =>
    rejections.push({ field, code: 'INVALID_VALUE', message });
  const input: Record<string, unknown> = {};
  const itemFields: { name: string; value: string }[] = [];
  const generic = declaration.storage === 'CATALOG';

  for (const field of declaration.fields) {
    const cell = row[field.name];
    if (cell === undefined || field.input === false) {
      continue;
    }
    let value: unknown = cell;
    switch (field.name) {
      case 'counterpartCategory':
        value = enumValue(CATEGORY_LABELS, Object.values(SubjectCategory), cell);
        if (value === undefined) {
          reject(
            field.name,
            `${field.label} "${cell}" must be 法人及非法人组织, 自然人 or 个体工商户.`,
          );
        }
        break;
      case 'usageScope':
        value = enumValue(SCOPE_LABELS, Object.values(UsageScope), cell);
        if (value === undefined) {
          reject(
            field.name,
            `${field.label} "${cell}" is not 0/1/2, 公示, 仅政府部门内部共享 or 仅可授权查询.`,
          );
        }
        break;
      case 'licenceCategory': {
        const category = licenceCategoryOf(cell);
        if (category === null) {
          reject(
            field.name,
            `${field.label} "${cell}" must be 普通, 特许, 认可, 核准, 登记 or 其他-….`,
          );
        } else if (typeof category === 'object') {
          value = LicenceCategory.OTHER;
          input['licenceCategoryOther'] = category.other;
        } else {
          value = category;
        }
        break;
      }
      case 'penaltyTypes': {
        const parsed = parsePenaltyTypes(
          [cell, row['penaltyTypes2']].filter(Boolean).join('；'),
          row['content'] ?? '',
        );
        if (parsed.unknown.length > 0) {
          reject(
            field.name,
            `${field.label} ${parsed.unknown.map(u => `"${u}"`).join(', ')} not recognised (see 行政处罚法 Art. 9).`,
          );
        }
        value = parsed.types;
        if (parsed.other !== null) {
          input['penaltyTypeOther'] = parsed.other;
        }
        break;
      }
      default:
        if (field.name === 'severity') {
          value = SEVERITY_LABELS[cell] ?? cell.toUpperCase();
        } else if (field.type === 'DATE') {
          value = parseCalendarDate(cell) ?? cell;
        } else if (field.type === 'DECIMAL') {
          value = cell.replace(/,/g, '');
        } else if (field.type === 'ENUM' && declaration.storage !== 'CATALOG') {
          value = cell.toUpperCase();
        }
    }
    if (value === undefined) {
      continue;
    }
    if (generic && !CATALOG_COMMON_FIELD_NAMES.has(field.name)) {
      itemFields.push({ name: field.name, value: String(value) });
    } else {
      input[field.name] = value;
    }
  }
  // A V1 file's second 处罚类别 column, when the first is empty.
  if (input['penaltyTypes'] === undefined && row['penaltyTypes2'] !== undefined) {
    const parsed = parsePenaltyTypes(row['penaltyTypes2'], row['content'] ?? '');
    input['penaltyTypes'] = parsed.types;
  }
  if (generic) {
    input['fields'] = itemFields;
  }

  const declares = (name: string) => declaration.fields.some(f => f.name === name);
  input['sourceUnit'] ??= defaults.sourceUnit;
  input['sourceUnitCode'] ??= defaults.sourceUnitCode;
  if (declares('authorityCode')) {
    input['authorityCode'] ??= defaults.authorityCode;
  }
  if (row['counterpartCategory'] === undefined && mapping.layout === 'V1') {
    input['counterpartCategory'] = inferCategory(row);
  }
  if (declaration.storage === 'LICENSING' && mapping.layout === 'V1') {
    input['validFrom'] ??= input['decisionDate'];
  }
  if (declaration.storage === 'PENALTY' && mapping.layout === 'V1') {
    input['penaltyValidUntil'] ??= input['decisionDate'];
  }
  return { input, rejections };
}

/**
 * Decodes a file's bytes: UTF-8 (with or without BOM) when they are valid UTF-8, otherwise
 * GB18030, the superset of the GBK that many departments' exports use. `encoding` forces one.
 */
export function decodeFile(
  bytes: Uint8Array,
  encoding: 'auto' | 'utf8' | 'gbk' = 'auto',
): { text: string; encoding: 'utf8' | 'gbk' } {
  if (encoding === 'gbk') {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gbk' };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''),
      encoding: 'utf8',
    };
  } catch (error) {
    if (encoding === 'utf8') {
      throw new Error('The file is not valid UTF-8; try --encoding gbk.', { cause: error });
    }
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gbk' };
  }
}
