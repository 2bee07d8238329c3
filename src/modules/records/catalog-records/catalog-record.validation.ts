import { isCalendarDate } from '../../../shared/dates.js';
import type { CatalogFieldDefinition } from '../../catalog/index.js';
import { PLACEHOLDER_CREDIT_CODE } from '../../credit-code/index.js';
import { SubjectCategory } from '../../subjects/index.js';
import { RowChecker } from '../shared/record.validation.js';
import type { ColumnNames } from '../kinds/kind.declaration.js';
import { UsageScope } from '../../catalog/index.js';

export interface CatalogRecordFields {
  counterpartName: string;
  counterpartCategory: SubjectCategory;
  creditCode: string | null;
  subjectCode: string | null;
  recordNumber: string;
  decisionDate: string;
  sourceUnit: string;
  sourceUnitCode: string;
  usageScope: UsageScope;
  data: Record<string, string>;
}

export interface CatalogRecordInputLike {
  counterpartName?: string | null;
  counterpartCategory?: SubjectCategory | null;
  creditCode?: string | null;
  recordNumber?: string | null;
  decisionDate?: string | null;
  sourceUnit?: string | null;
  sourceUnitCode?: string | null;
  usageScope?: UsageScope | null;
  fields?: { name: string; value?: string | null }[] | null;
}

/**
 * Checks one record of a generically stored catalog item: the counterpart and source fields
 * every record has, then each field against the item's field list. A field the item does not
 * define is rejected (UNKNOWN_FIELD), as the national catalogue keeps information outside the
 * catalogue out of credit records; a required one that is missing is REQUIRED; dates, code
 * lists, decimals and lengths are checked by type. Field errors name the field as
 * `fields.<name>`.
 */
export function checkCatalogRow(
  definitions: readonly CatalogFieldDefinition[],
  input: CatalogRecordInputLike,
  today: string,
  columns: ColumnNames,
  removal?: { dateField: string; reasonField: string },
): CatalogRecordFields | RowChecker {
  const c = new RowChecker(today, columns);
  const counterpartName = c.text('counterpartName', input.counterpartName, 200, true);
  const category = c.required('counterpartCategory', input.counterpartCategory);
  let creditCode: string | null = null;
  if (category === SubjectCategory.NATURAL_PERSON) {
    if ((input.creditCode ?? '').trim() !== '') {
      c.reject('creditCode', 'NOT_ALLOWED', {});
    }
  } else if (category !== null) {
    if ((input.creditCode ?? '').trim().toUpperCase() === PLACEHOLDER_CREDIT_CODE) {
      c.reject('creditCode', 'PLACEHOLDER_NOT_ALLOWED', { catalog: true });
    } else {
      creditCode = c.counterpartCode('creditCode', input.creditCode, category);
    }
  }
  const recordNumber = c.text('recordNumber', input.recordNumber, 128, true);
  const decisionDate = c.date('decisionDate', input.decisionDate, true, true);
  const sourceUnit = c.text('sourceUnit', input.sourceUnit, 200, true);
  const sourceUnitCode = c.creditCode('sourceUnitCode', input.sourceUnitCode, true);

  const byName = new Map(definitions.map(d => [d.name, d]));
  const data: Record<string, string> = {};
  for (const { name, value } of input.fields ?? []) {
    const field = `fields.${name}`;
    const definition = byName.get(name);
    if (definition === undefined) {
      c.reject(field, 'UNKNOWN_FIELD', { name, known: definitions.map(d => d.name) });
      continue;
    }
    if (name in data) {
      c.reject(field, 'INVALID_VALUE', { value: value ?? '', twice: true });
      continue;
    }
    const text = value?.trim() ?? '';
    if (text === '') {
      continue;
    }
    switch (definition.type) {
      case 'TEXT':
        if (definition.maxLength !== undefined && [...text].length > definition.maxLength) {
          c.reject(field, 'TOO_LONG', { length: [...text].length, max: definition.maxLength });
          continue;
        }
        break;
      case 'DATE':
        if (!isCalendarDate(text)) {
          c.reject(field, 'INVALID_DATE', { value: text });
          continue;
        }
        break;
      case 'ENUM':
        if (!(definition.values ?? []).includes(text)) {
          c.reject(field, 'INVALID_VALUE', { value: text, allowed: definition.values ?? [] });
          continue;
        }
        break;
      case 'DECIMAL':
        if (c.amount(field, text, false) === null) {
          continue;
        }
        break;
    }
    data[name] = text;
  }
  for (const definition of definitions) {
    if (
      definition.required &&
      !(definition.name in data) &&
      !c.rejections.some(r => r.field === `fields.${definition.name}`)
    ) {
      c.reject(`fields.${definition.name}`, 'REQUIRED', {});
    }
  }
  if (removal !== undefined && data[removal.dateField] !== undefined) {
    // Taken off the list (经营异常名录 移出): on a past day, not before the listing, with a reason.
    const field = `fields.${removal.dateField}`;
    const removed = data[removal.dateField]!;
    if (removed > today) {
      c.reject(field, 'DATE_IN_FUTURE', { value: removed, today });
    } else if (decisionDate !== null && removed < decisionDate) {
      c.reject(field, 'DATE_ORDER', {
        value: removed,
        before: c.named('decisionDate'),
        beforeValue: decisionDate,
      });
    }
    if (data[removal.reasonField] === undefined) {
      c.reject(`fields.${removal.reasonField}`, 'REQUIRED', { when: c.named(field) });
    }
  }
  if (
    !c.ok ||
    counterpartName === null ||
    category === null ||
    recordNumber === null ||
    decisionDate === null ||
    sourceUnit === null ||
    sourceUnitCode === null
  ) {
    return c;
  }
  return {
    counterpartName,
    counterpartCategory: category,
    creditCode,
    subjectCode: creditCode,
    recordNumber,
    decisionDate,
    sourceUnit,
    sourceUnitCode,
    usageScope: input.usageScope ?? UsageScope.PUBLIC,
    data,
  };
}
