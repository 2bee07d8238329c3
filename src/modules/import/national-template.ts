import { type Localized, type Named, say } from '../../shared/messages.js';
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
      say('IMPORT_UNKNOWN_KIND', {
        kind,
        kinds: [
          'licensing',
          'penalty',
          ...recordKinds()
            .filter(k => k.storage === 'CATALOG')
            .map(k => k.code),
        ],
      }).zh,
    );
  }
  return declaration;
}

/** The two national 双公示 templates (data-standard.md): V2, and the older V1. */
export type TemplateLayout = 'V1' | 'V2';

/** Whether a file's header row names its columns by 中文名 or by field code (`CF_WSH`). */
export type HeaderStyle = 'CHINESE' | 'CODE';

/** One header name a kind knows: the field it heads, and the templates that use the name. */
interface KnownHeader {
  field: string;
  /** Empty for a spelling of either template (an alias, the camelCase name). */
  templates: readonly TemplateLayout[];
}

/**
 * The header names of a kind's columns, from its declaration (the one header map): a header
 * matches by its V2 field code or 中文名, its V1 code or 中文名, another spelling seen in
 * departments' files, or the camelCase field name, ignoring spaces and case. A penalty's
 * 公示截止期 and 当前状态 are recognised but never sent: the platform derives the publicity
 * period itself, and the status is read as written.
 */
function headerLookup(kind: RecordKindDeclaration): Map<string, KnownHeader> {
  const lookup = new Map<string, KnownHeader>();
  const add = (name: string, field: string, template: TemplateLayout | null) => {
    const key = normalizeHeader(name);
    const known = lookup.get(key);
    if (known === undefined) {
      lookup.set(key, { field, templates: template === null ? [] : [template] });
    } else if (known.field === field && template !== null && !known.templates.includes(template)) {
      known.templates = [...known.templates, template];
    }
  };
  for (const field of kind.fields) {
    if (field.column === false) {
      continue;
    }
    const v2 = field.codes ?? [];
    for (const name of v2.length > 0 ? [...v2, field.label] : []) {
      add(name, field.name, 'V2');
    }
    for (const name of field.v1 ?? []) {
      add(name, field.name, 'V1');
    }
    for (const name of [field.label, ...(field.aliases ?? []), field.name]) {
      add(name, field.name, null);
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

/** A national field code as a header: upper-case letters and digits joined by `_` (`CF_WSH`, `BZ`). */
const FIELD_CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const CHINESE = /\p{Script=Han}/u;

export interface HeaderMapping {
  /** Column index → input field. */
  fields: Map<number, string>;
  /** Input field → its header as the file writes it, to name the column in the report. */
  columns: Map<string, string>;
  /** Headers that match no field; their values are not sent. */
  unknown: string[];
  /** Which template the headers look like. */
  layout: TemplateLayout;
  /** Whether the headers are 中文名 or field codes. */
  headerStyle: HeaderStyle;
  /** The two together, as a clerk reads them: `V1 代码表头`. */
  variant: string;
}

/** `V2 中文表头`, `V1 代码表头`, …: a template variant as the import summary names it. */
function variantName(layout: TemplateLayout, style: HeaderStyle): string {
  return `${layout} ${style === 'CODE' ? '代码' : '中文'}表头`;
}

/**
 * Maps a header row onto a kind's fields and tells which template variant it is, per file:
 * V1 when more headers are names only V1 uses (处罚结果, CF_JG, 处罚类别1, XK_XDR …) than names
 * only V2 uses (行政相对人类别, CF_NR, 数据来源单位 …); when neither outweighs, V2 if the file has
 * the V2-only 类别 or 数据来源单位统一社会信用代码 columns. The style is the majority of the
 * headers: field codes or 中文名.
 */
export function mapHeaders(kind: ImportKind, headers: readonly string[]): HeaderMapping {
  const lookup = headerLookup(importKind(kind));
  const fields = new Map<number, string>();
  const columns = new Map<string, string>();
  const unknown: string[] = [];
  let v1Only = 0;
  let v2Only = 0;
  let codeHeaders = 0;
  let chineseHeaders = 0;
  headers.forEach((header, index) => {
    const trimmed = header.replace(/^\uFEFF/, '').trim();
    if (FIELD_CODE.test(trimmed)) {
      codeHeaders += 1;
    } else if (CHINESE.test(trimmed)) {
      chineseHeaders += 1;
    }
    const known = lookup.get(normalizeHeader(header));
    if (known === undefined) {
      if (trimmed !== '') {
        unknown.push(header);
      }
      return;
    }
    if (known.templates.length === 1) {
      if (known.templates[0] === 'V1') {
        v1Only += 1;
      } else {
        v2Only += 1;
      }
    }
    if (!columns.has(known.field)) {
      fields.set(index, known.field);
      columns.set(known.field, trimmed);
    }
  });
  const layout =
    v1Only !== v2Only
      ? v1Only > v2Only
        ? 'V1'
        : 'V2'
      : columns.has('counterpartCategory') || columns.has('sourceUnitCode')
        ? 'V2'
        : 'V1';
  const headerStyle = codeHeaders > chineseHeaders ? 'CODE' : 'CHINESE';
  return {
    fields,
    columns,
    unknown,
    layout,
    headerStyle,
    variant: variantName(layout, headerStyle),
  };
}

/** 当前状态 as the record input's status takes it (DESIGN §4.1, RecordStatusCode). */
export type RecordStatusCode = 'VALID' | 'INVALID' | 'REVOKED' | 'OBJECTION' | 'OTHER';

const STATUS_CODES: Record<TemplateLayout, Record<string, RecordStatusCode>> = {
  V2: { '1': 'VALID', 有效: 'VALID', '2': 'INVALID', 无效: 'INVALID' },
  V1: {
    '0': 'VALID',
    正常: 'VALID',
    '1': 'REVOKED',
    撤销: 'REVOKED',
    '2': 'OBJECTION',
    异议: 'OBJECTION',
    '3': 'OTHER',
    其他: 'OTHER',
  },
};

/**
 * What a 当前状态 cell means in its template: V2 `1` 有效 / `2` 无效, V1 `0` 正常 / `1` 撤销 /
 * `2` 异议 / `3` 其他 (the code or its word); a blank cell is VALID. The same `1` is VALID in V2
 * and REVOKED in V1, so the file's detected layout must be given. Anything else is a rejection
 * of the status column, named as the file heads it.
 */
export function statusCodeOf(
  layout: TemplateLayout,
  raw: string,
  column = '当前状态',
): RecordStatusCode | ClientRejection {
  const cell = raw.trim();
  if (cell === '') {
    return 'VALID';
  }
  const code = STATUS_CODES[layout][cell];
  if (code !== undefined) {
    return code;
  }
  return {
    field: 'status',
    code: 'INVALID_VALUE',
    message: say('STATUS_UNRECOGNISED', { field: 'status', column, value: cell, layout }).zh,
  };
}

/** A row the importer refuses before sending it: the field, and a message naming the column. */
export interface ClientRejection {
  field: string;
  code: 'INVALID_VALUE';
  message: string;
}

/**
 * A row that is stored, with something a clerk should know: `AMOUNT_UNKNOWN`, a V1 fine or
 * confiscation without its amount (V1 has no amount columns), stored with the amount unknown.
 */
interface ClientWarning {
  field: string;
  code: 'AMOUNT_UNKNOWN';
  message: string;
}

/** What a row lacks that the import supplies: the importing key's unit, the --authority-code option. */
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

/** The record input of one template row, what the importer refuses of it, and its raw cells. */
export interface TemplateRow {
  input: Record<string, unknown>;
  rejections: ClientRejection[];
  /** Said of the row once it is stored. */
  warnings: ClientWarning[];
  /**
   * The row's non-blank cells by field, as written; columns that are read but not sent (当前状态,
   * 公示截止期, a second 处罚类别) are here too.
   */
  row: Record<string, string>;
}

const AMOUNTS: readonly { field: string; types: readonly string[]; label: string }[] = [
  { field: 'fineAmount', types: ['FINE'], label: '罚款金额' },
  {
    field: 'confiscatedAmount',
    types: ['CONFISCATE_ILLEGAL_GAINS', 'CONFISCATE_ILLEGAL_PROPERTY'],
    label: '没收违法所得、没收非法财物的金额',
  },
];

/**
 * Turns one template row into a GraphQL record input, field by field of the kind's declaration.
 * Dates in `YYYY/MM/DD` become `YYYY-MM-DD`; a date that cannot be read is passed on as
 * written, so that the server rejects it naming the field; amounts lose their thousands
 * separators. Code-list values (category, licence category, penalty types, usage scope) that
 * match no known label are rejected here, since the API only accepts the enum. A generically
 * stored kind's own fields go to `fields` as name/value pairs. V1 files lack some V2 columns:
 * the category is inferred from the codes, a natural person's ID (V1's 居民身份证号 column) is a
 * 身份证, the validity start of a licence is its decision
 * date, a penalty's validity ends on its decision date, the source unit and the authority's
 * code come from `defaults` (the importing key's organisation, or the --authority-code option),
 * and a penalty says it is a V1 row, so that a fine without its amount is stored with the
 * amount unknown, with an AMOUNT_UNKNOWN warning.
 */
export function toRecordInput(
  kind: ImportKind,
  mapping: HeaderMapping,
  cells: readonly string[],
  defaults: Defaults,
): TemplateRow {
  const declaration = importKind(kind);
  const row: Record<string, string> = {};
  mapping.fields.forEach((field, index) => {
    const value = (cells[index] ?? '').trim();
    if (value !== '') {
      row[field] = value;
    }
  });
  const rejections: ClientRejection[] = [];
  const warnings: ClientWarning[] = [];
  const column = (field: { name: string; label: string }) =>
    mapping.columns.get(field.name) ?? field.label;
  const reject = (field: { name: string; label: string }, message: (named: Named) => Localized) =>
    rejections.push({
      field: field.name,
      code: 'INVALID_VALUE',
      message: message({ field: field.name, column: column(field) }).zh,
    });
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
          reject(field, named => say('CATEGORY_UNRECOGNISED', { ...named, value: cell }));
        }
        break;
      case 'usageScope':
        value = enumValue(SCOPE_LABELS, Object.values(UsageScope), cell);
        if (value === undefined) {
          reject(field, named => say('SCOPE_UNRECOGNISED', { ...named, value: cell }));
        }
        break;
      case 'licenceCategory': {
        const category = licenceCategoryOf(cell);
        if (category === null) {
          reject(field, named => say('LICENCE_CATEGORY_UNRECOGNISED', { ...named, value: cell }));
        } else if (typeof category === 'object') {
          value = LicenceCategory.OTHER;
          input['licenceCategoryOther'] = category.other;
        } else {
          value = category;
        }
        break;
      }
      case 'status': {
        const status = statusCodeOf(mapping.layout, cell, column(field));
        if (typeof status === 'object') {
          rejections.push(status);
        } else {
          value = status;
        }
        break;
      }
      case 'penaltyTypes': {
        const parsed = parsePenaltyTypes(
          [cell, row['penaltyTypes2']].filter(Boolean).join('；'),
          row['content'] ?? '',
        );
        if (parsed.unknown.length > 0) {
          reject(field, named =>
            say('PENALTY_TYPES_UNRECOGNISED', { ...named, values: parsed.unknown }),
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
  const v1 = mapping.layout === 'V1';
  input['sourceUnit'] ??= defaults.sourceUnit;
  input['sourceUnitCode'] ??= defaults.sourceUnitCode;
  if (declares('authorityCode')) {
    // V1 has no authority-code column: the option's, else the importing unit's own code.
    input['authorityCode'] ??= defaults.authorityCode ?? (v1 ? defaults.sourceUnitCode : undefined);
  }
  if (row['counterpartCategory'] === undefined && v1) {
    input['counterpartCategory'] = inferCategory(row);
  }
  if (v1 && input['personIdNumber'] !== undefined) {
    // V1's only ID column is 居民身份证号.
    input['personIdType'] ??= '身份证';
  }
  if (declaration.storage === 'LICENSING' && v1) {
    input['validFrom'] ??= input['decisionDate'];
  }
  if (declaration.storage === 'PENALTY') {
    input['templateVersion'] = mapping.layout;
    if (v1) {
      input['penaltyValidUntil'] ??= input['decisionDate'];
      const types = Array.isArray(input['penaltyTypes'])
        ? (input['penaltyTypes'] as unknown[])
        : [];
      for (const amount of AMOUNTS) {
        if (input[amount.field] === undefined && amount.types.some(t => types.includes(t))) {
          warnings.push({
            field: amount.field,
            code: 'AMOUNT_UNKNOWN',
            message: say('AMOUNT_UNKNOWN', { field: amount.field, column: amount.label }).zh,
          });
        }
      }
    }
  }
  return { input, rejections, warnings, row };
}
