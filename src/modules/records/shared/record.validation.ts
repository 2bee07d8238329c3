import { isCalendarDate } from '../../../shared/dates.js';
import {
  PLACEHOLDER_CREDIT_CODE,
  analyzeCreditCode,
  isValidOrganizationCode,
} from '../../credit-code/index.js';
import { SubjectCategory } from '../../subjects/index.js';
import type { RecordInputBase } from './record.inputs.js';
import { UsageScope } from '../../catalog/index.js';
import { RecordStatusCode } from './record.enums.js';
import {
  type Localized,
  type MessageParams,
  type Named,
  type RejectionCode,
  say,
} from '../../../shared/messages.js';
import type { ColumnNames } from '../kinds/kind.declaration.js';

/** Why one field of a row was refused: the field, a stable code, the message in both languages. */
export interface FieldRejection {
  field: string | null;
  /** The field's national column name (中文名), as the message names it. */
  column: string | null;
  code: RejectionCode;
  message: Localized;
}

/** A rejection's parameters besides the field, which the column names name. */
export type RejectionParams<K extends RejectionCode> = Omit<MessageParams<K>, keyof Named>;

/**
 * The rejection of `field` with `code`, its message from the catalogue naming the field by its
 * national column (messages.ts).
 */
export function fieldRejection<K extends RejectionCode>(
  columns: ColumnNames,
  field: string,
  code: K,
  params: RejectionParams<K>,
): FieldRejection {
  const named = { field, column: columns(field) };
  return {
    field,
    column: named.column,
    code,
    message: say(code as RejectionCode, { ...named, ...params } as never),
  };
}

const ID_TYPES = [
  '身份证',
  '护照号',
  '港澳居民来往内地通行证',
  '台湾居民来往大陆通行证',
  '外国人永久居留身份证',
] as const;

const ID_CARD_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CARD_CHECK = '10X98765432';

/** GB 11643 resident ID number: 18 characters, a real birth date and the right check character. */
function isValidResidentIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) {
    return false;
  }
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isCalendarDate(birth)) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += Number(value.charAt(i)) * ID_CARD_WEIGHTS[i]!;
  }
  return ID_CARD_CHECK.charAt(sum % 11) === value.charAt(17);
}

/** Collects the problems of one row, field by field, and normalises the values it accepts. */
export class RowChecker {
  readonly rejections: FieldRejection[] = [];

  constructor(
    private readonly today: string,
    /** The national column names of the kind's fields, which the messages name. */
    readonly columns: ColumnNames,
  ) {}

  reject<K extends RejectionCode>(field: string, code: K, params: RejectionParams<K>): void {
    this.rejections.push(fieldRejection(this.columns, field, code, params));
  }

  /** The field as messages name it. */
  named(field: string): Named {
    return { field, column: this.columns(field) };
  }

  get ok(): boolean {
    return this.rejections.length === 0;
  }

  /** A trimmed string, or null when blank; checks the length. */
  text(
    field: string,
    value: string | null | undefined,
    maxLength: number,
    required = false,
  ): string | null {
    const trimmed = value?.trim() ?? '';
    if (trimmed === '') {
      if (required) {
        this.reject(field, 'REQUIRED', {});
      }
      return null;
    }
    if ([...trimmed].length > maxLength) {
      this.reject(field, 'TOO_LONG', { length: [...trimmed].length, max: maxLength });
    }
    return trimmed;
  }

  required<T>(field: string, value: T | null | undefined): T | null {
    if (value === null || value === undefined) {
      this.reject(field, 'REQUIRED', {});
      return null;
    }
    return value;
  }

  creditCode(field: string, value: string | null | undefined, required: boolean): string | null {
    const raw = this.text(field, value, 64, required);
    if (raw === null) {
      return null;
    }
    const analysis = analyzeCreditCode(raw);
    if (!analysis.valid) {
      this.reject(field, 'INVALID_CREDIT_CODE', { value: raw, reason: analysis.localizedReason! });
      return null;
    }
    return analysis.code;
  }

  /**
   * A counterpart's valid credit code, which must also agree with its category: positions 1–2
   * name the registration type, and the type's category (credit-code's table, GB 32100-2015)
   * must be the record's counterpartCategory: a 92 个体工商户 code is an INDIVIDUAL_BUSINESS,
   * every other code a LEGAL_ENTITY. A mismatch is CATEGORY_MISMATCH on the code's field.
   */
  counterpartCode(
    field: string,
    value: string | null | undefined,
    category: SubjectCategory,
  ): string | null {
    const code = this.creditCode(field, value, true);
    if (code === null) {
      return null;
    }
    const analysis = analyzeCreditCode(code);
    if (analysis.category !== undefined && analysis.category !== category) {
      this.reject(field, 'CATEGORY_MISMATCH', {
        code,
        authority: analysis.registrationAuthority ?? '',
        entityType: analysis.entityType ?? '',
        codeCategory: analysis.category,
        category,
      });
      return null;
    }
    return code;
  }

  date(
    field: string,
    value: string | null | undefined,
    required: boolean,
    notAfterToday = false,
  ): string | null {
    const raw = this.text(field, value, 10, required);
    if (raw === null) {
      return null;
    }
    if (!isCalendarDate(raw)) {
      this.reject(field, 'INVALID_DATE', { value: raw });
      return null;
    }
    if (notAfterToday && raw > this.today) {
      this.reject(field, 'DATE_IN_FUTURE', { value: raw, today: this.today });
      return null;
    }
    return raw;
  }

  /** A decimal amount in 万元: non-negative, at most 12 integer digits and 6 decimals. */
  amount(field: string, value: string | null | undefined, required: boolean): string | null {
    const raw = this.text(field, value, 40, required);
    if (raw === null) {
      return null;
    }
    if (/^-\d+(\.\d+)?$/.test(raw)) {
      this.reject(field, 'NEGATIVE_AMOUNT', { value: raw });
      return null;
    }
    if (!/^\d{1,12}(\.\d{1,6})?$/.test(raw)) {
      this.reject(field, 'INVALID_AMOUNT', { value: raw });
      return null;
    }
    return normalizeAmount(raw);
  }

  idType(field: string, value: string | null | undefined, required: boolean): string | null {
    const raw = this.text(field, value, 64, required);
    if (raw === null) {
      return null;
    }
    if (!(ID_TYPES as readonly string[]).includes(raw) && !/^其他-.+/.test(raw)) {
      this.reject(field, 'INVALID_VALUE', { value: raw, allowed: [...ID_TYPES, '其他-…'] });
      return null;
    }
    return raw;
  }

  idNumber(
    field: string,
    type: string | null,
    value: string | null | undefined,
    required: boolean,
  ): string | null {
    const raw = this.text(field, value, 64, required);
    if (raw === null) {
      return null;
    }
    const upper = raw.toUpperCase();
    if (type === '身份证' && !isValidResidentIdNumber(upper)) {
      this.reject(field, 'INVALID_ID_NUMBER', {});
      return null;
    }
    return type === '身份证' ? upper : raw;
  }
}

/** "0.2" → "0.200000": the form numeric(18,6) returns, so hashes of input and stored rows agree. */
function normalizeAmount(raw: string): string {
  const [integer, fraction = ''] = raw.split('.');
  return `${BigInt(integer!).toString()}.${fraction.padEnd(6, '0')}`;
}

/** The normalised common fields of a valid row. */
export interface CommonFields {
  counterpartName: string;
  counterpartCategory: SubjectCategory;
  creditCode: string | null;
  subjectCode: string | null;
  businessRegistrationNo: string | null;
  organizationCode: string | null;
  taxRegistrationNo: string | null;
  institutionCertificateNo: string | null;
  socialOrganizationNo: string | null;
  legalRepresentative: string | null;
  legalRepresentativeIdType: string | null;
  legalRepresentativeIdNumber: string | null;
  personIdType: string | null;
  personIdNumber: string | null;
  decisionDate: string;
  authority: string;
  authorityCode: string;
  sourceUnit: string;
  sourceUnitCode: string;
  remarks: string | null;
  usageScope: UsageScope;
  status: RecordStatusCode;
}

/**
 * Checks the counterpart, decision and source fields of the national layout (data-standard.md
 * rows 1–13 and the authority/source rows), including the rules that depend on the category:
 * a legal entity or individual business needs a code and a legal representative; a natural
 * person needs an ID document and has no code; the placeholder code is only for an individual
 * business, which must then give its business registration number; a code's registration type
 * must agree with the category (CATEGORY_MISMATCH: a 92… code on a LEGAL_ENTITY record, any
 * other on an INDIVIDUAL_BUSINESS one).
 */
export function checkCommonFields(input: RecordInputBase, c: RowChecker): CommonFields | null {
  const counterpartName = c.text('counterpartName', input.counterpartName, 200, true);
  const category = c.required('counterpartCategory', input.counterpartCategory);
  const isPerson = category === SubjectCategory.NATURAL_PERSON;

  let creditCode: string | null = null;
  let subjectCode: string | null = null;
  const rawCode = input.creditCode?.trim().toUpperCase() ?? '';
  if (isPerson) {
    if (rawCode !== '') {
      c.reject('creditCode', 'NOT_ALLOWED', {});
    }
  } else if (rawCode === PLACEHOLDER_CREDIT_CODE) {
    if (category === SubjectCategory.INDIVIDUAL_BUSINESS) {
      creditCode = PLACEHOLDER_CREDIT_CODE;
    } else if (category !== null) {
      c.reject('creditCode', 'PLACEHOLDER_NOT_ALLOWED', {});
    }
  } else if (category !== null) {
    creditCode = c.counterpartCode('creditCode', input.creditCode, category);
    subjectCode = creditCode;
  }

  const businessRegistrationNo = c.text(
    'businessRegistrationNo',
    input.businessRegistrationNo,
    50,
    creditCode === PLACEHOLDER_CREDIT_CODE,
  );
  let organizationCode = c.text('organizationCode', input.organizationCode, 10);
  if (organizationCode !== null) {
    if (!isValidOrganizationCode(organizationCode)) {
      c.reject('organizationCode', 'INVALID_ORGANIZATION_CODE', { value: organizationCode });
    } else {
      organizationCode = organizationCode.toUpperCase().replace('-', '');
    }
  }
  const taxRegistrationNo = c.text('taxRegistrationNo', input.taxRegistrationNo, 20);
  const institutionCertificateNo = c.text(
    'institutionCertificateNo',
    input.institutionCertificateNo,
    12,
  );
  const socialOrganizationNo = c.text('socialOrganizationNo', input.socialOrganizationNo, 50);

  const legalRepresentative = c.text(
    'legalRepresentative',
    input.legalRepresentative,
    50,
    category !== null && !isPerson,
  );
  const legalRepresentativeIdType = c.idType(
    'legalRepresentativeIdType',
    input.legalRepresentativeIdType,
    false,
  );
  const legalRepresentativeIdNumber = c.idNumber(
    'legalRepresentativeIdNumber',
    legalRepresentativeIdType,
    input.legalRepresentativeIdNumber,
    false,
  );
  const personIdType = c.idType('personIdType', input.personIdType, isPerson);
  const personIdNumber = c.idNumber('personIdNumber', personIdType, input.personIdNumber, isPerson);

  const decisionDate = c.date('decisionDate', input.decisionDate, true, true);
  const authority = c.text('authority', input.authority, 200, true);
  const authorityCode = c.creditCode('authorityCode', input.authorityCode, true);
  const sourceUnit = c.text('sourceUnit', input.sourceUnit, 200, true);
  const sourceUnitCode = c.creditCode('sourceUnitCode', input.sourceUnitCode, true);
  const remarks = c.text('remarks', input.remarks, 512);

  if (
    !c.ok ||
    counterpartName === null ||
    category === null ||
    decisionDate === null ||
    authority === null ||
    authorityCode === null ||
    sourceUnit === null ||
    sourceUnitCode === null
  ) {
    return null;
  }
  return {
    counterpartName,
    counterpartCategory: category,
    creditCode,
    subjectCode,
    businessRegistrationNo,
    organizationCode,
    taxRegistrationNo,
    institutionCertificateNo,
    socialOrganizationNo,
    legalRepresentative,
    legalRepresentativeIdType,
    legalRepresentativeIdNumber,
    personIdType,
    personIdNumber,
    decisionDate,
    authority,
    authorityCode,
    sourceUnit,
    sourceUnitCode,
    remarks,
    usageScope: input.usageScope ?? UsageScope.PUBLIC,
    status: input.status ?? RecordStatusCode.VALID,
  };
}
