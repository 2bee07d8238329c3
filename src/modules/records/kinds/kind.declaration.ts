import { Role } from '../../../auth/viewer.js';
import type { CatalogFieldDefinition, UsageScope } from '../../catalog/index.js';

/**
 * How a record kind is declared: once, with everything the platform needs to collect, store,
 * import, show and count its records. The catalog item, the import template's header mapping,
 * the field access rules and the field lists of generically stored kinds are derived from it
 * (derive.ts); the typed kinds' GraphQL classes are checked against it by the schema test.
 */

/** A field's value type. LIST values are joined with `；` in a template file. */
type KindFieldType = 'TEXT' | 'DATE' | 'ENUM' | 'DECIMAL' | 'CREDIT_CODE' | 'LIST';

/**
 * Whether a record must give the field: REQUIRED always; CONDITIONAL when the kind's validation
 * says so (a natural person's ID number, a fine's amount); OPTIONAL never.
 */
type Requirement = 'REQUIRED' | 'CONDITIONAL' | 'OPTIONAL';

/**
 * How a value is shown to a role that may see the record:
 * - `ID_NUMBER`: full to regulators and the credit office, masked (`110101********1234`) for
 *   institutions and data providers, absent for the public (DESIGN §3.5; `shared/masking.ts`);
 * - none: as stored, to the roles not in `hiddenFrom`.
 */
type Masking = 'ID_NUMBER';

export interface KindField {
  /** The GraphQL (and input) field name, camelCase. */
  readonly name: string;
  /** 中文名, as in the national template's header row. */
  readonly label: string;
  /**
   * National field codes of the V2 template, e.g. `XK_XDR_MC`. A field that has them is a V2
   * column, headed by them or by its label.
   */
  readonly codes?: readonly string[];
  /**
   * The field's headers in the older V1 template, its code and 中文名 (e.g. `CF_JG`, `处罚结果`),
   * when V1 has the column; a name V1 shares with V2 is listed again. The importer tells the two
   * templates apart by the names only one of them uses.
   */
  readonly v1?: readonly string[];
  /** Other header spellings seen in departments' files, of either template. */
  readonly aliases?: readonly string[];
  /**
   * Whether a template file has the field as a column: false for what the importer sets itself
   * (a penalty's templateVersion).
   */
  readonly column?: boolean;
  readonly type: KindFieldType;
  readonly requirement: Requirement;
  /** Longest TEXT value, in characters. */
  readonly maxLength?: number;
  /** Allowed ENUM values, as stored. */
  readonly values?: readonly string[];
  /** Roles that see the value as null although they see the record. */
  readonly hiddenFrom?: readonly Role[];
  readonly masking?: Masking;
  /**
   * Whether a provider sends it: false for values the platform derives itself (a penalty's
   * 公示截止期 is recognised in a template and never sent).
   */
  readonly input?: boolean;
  /**
   * Whether the GraphQL type shows it: false for template columns the platform only reads
   * (a second 处罚类别 column folds into penaltyTypes; 公示截止期 is derived).
   */
  readonly graphql?: boolean;
}

/** Where a kind's records are stored and through which submission mutation they arrive. */
type KindStorage = 'LICENSING' | 'PENALTY' | 'CATALOG' | 'LIST_ENTRY';

/** The deadline rule: 双公示 decisions are due within 7 working days; other kinds have none. */
type DeadlineRule = 'SEVEN_WORKING_DAYS' | 'NONE';

export interface RecordKindDeclaration {
  /** The catalog item code, e.g. `CREDIT_COMMITMENT`. */
  readonly code: string;
  /** 中文名 of the item. */
  readonly name: string;
  /** Catalog category (catalog.service.ts CATALOG_CATEGORIES). */
  readonly category: string;
  readonly description: string;
  readonly storage: KindStorage;
  /** The GraphQL object type its records are shown as, and the input type they arrive in. */
  readonly graphqlType: string;
  readonly inputType: string;
  /** The field that, with the source unit, identifies a record: a correction repeats it. */
  readonly identityField: string;
  /** Who may see the records; the stricter of this and a record's own scope applies. */
  readonly usageScope: UsageScope;
  /** Whether an admin publishes each record (otherwise valid public records publish at once). */
  readonly requiresReview: boolean;
  readonly deadline: DeadlineRule;
  /** How long a record stays public, in words (the periods themselves: disclosure-policy.ts). */
  readonly publicityRule: string;
  /**
   * For a list kept as catalog records (经营异常名录): the DATE field that takes a record off the
   * list (移出日期) and the field that must then give the reason. The record stays public until
   * that date; the date is not in the future nor before the record's own date.
   */
  readonly removal?: { readonly dateField: string; readonly reasonField: string };
  readonly legalBasis: string;
  readonly updateFrequency: string;
  /** The record's own fields, in template order. */
  readonly fields: readonly KindField[];
  /**
   * Fields the platform adds to every record of the kind (identifiers, versions, dates,
   * resolved relations), shown under the same access rules.
   */
  readonly systemFields?: readonly KindField[];
}

const EVERY_ROLE: readonly Role[] = Object.values(Role);

/** The roles that see a field's value: every role but those it is hidden from. */
export function rolesSeeing(field: KindField): Role[] {
  return EVERY_ROLE.filter(role => !(field.hiddenFrom ?? []).includes(role));
}

/** The field list a generically stored kind's catalog item carries (catalog_items.fields). */
export function catalogFieldsOf(kind: RecordKindDeclaration): CatalogFieldDefinition[] {
  if (kind.storage !== 'CATALOG') {
    return [];
  }
  return kind.fields
    .filter(field => !CATALOG_COMMON_FIELD_NAMES.has(field.name))
    .map(field => ({
      name: field.name,
      label: field.label,
      type: field.type === 'CREDIT_CODE' || field.type === 'LIST' ? 'TEXT' : field.type,
      required: field.requirement === 'REQUIRED',
      ...(field.maxLength === undefined ? {} : { maxLength: field.maxLength }),
      ...(field.values === undefined ? {} : { values: [...field.values] }),
      ...(field.hiddenFrom === undefined || field.hiddenFrom.length === 0
        ? {}
        : { hiddenFrom: [...field.hiddenFrom] }),
    }));
}

/**
 * The fields every generically stored record has as columns (catalog-record.table.ts); the
 * others are the item's field list.
 */
export const CATALOG_COMMON_FIELD_NAMES: ReadonlySet<string> = new Set([
  'counterpartName',
  'counterpartCategory',
  'creditCode',
  'recordNumber',
  'decisionDate',
  'sourceUnit',
  'sourceUnitCode',
  'usageScope',
]);

/** The national column name (中文名) of a record field, by its GraphQL name. */
export type ColumnNames = (field: string) => string;

/**
 * The column names of a field list, for messages: `decisionDate` → 处罚决定日期, and a catalog
 * record's own `fields.<name>` by its label; a field not in the list keeps its name.
 */
export function columnNames(
  ...lists: readonly (readonly { name: string; label: string }[])[]
): ColumnNames {
  const labels = new Map(lists.flat().map(field => [field.name, field.label]));
  return field => {
    const name = field.replace(/^fields\./, '');
    return labels.get(name) ?? name;
  };
}
