import { type CommonFields, RowChecker, checkCommonFields } from '../shared/record.validation.js';
import { LicenceCategory } from './licensing.enums.js';
import type { LicensingRecordInput } from './licensing.inputs.js';
import { columnNames } from '../kinds/kind.declaration.js';
import { LICENSING_KIND } from '../kinds/licensing.kind.js';

/** The national column names of licensing records' fields. */
export const LICENSING_COLUMNS = columnNames(LICENSING_KIND.fields);

export interface LicensingFields extends CommonFields {
  documentTitle: string;
  documentNumber: string;
  licenceCategory: LicenceCategory;
  licenceCategoryOther: string | null;
  certificateName: string | null;
  certificateNumber: string | null;
  content: string;
  validFrom: string;
  validTo: string;
}

/** Checks one 行政许可 row (data-standard.md, licensing rows 14–22) on top of the common fields. */
export function checkLicensingRow(
  input: LicensingRecordInput,
  today: string,
): LicensingFields | RowChecker {
  const c = new RowChecker(today, LICENSING_COLUMNS);
  const common = checkCommonFields(input, c);
  const documentTitle = c.text('documentTitle', input.documentTitle, 500, true);
  const documentNumber = c.text('documentNumber', input.documentNumber, 128, true);
  const licenceCategory = c.required('licenceCategory', input.licenceCategory);
  const licenceCategoryOther = c.text(
    'licenceCategoryOther',
    input.licenceCategoryOther,
    200,
    licenceCategory === LicenceCategory.OTHER,
  );
  const certificateName = c.text('certificateName', input.certificateName, 200);
  const certificateNumber = c.text('certificateNumber', input.certificateNumber, 128);
  const content = c.text('content', input.content, 4000, true);
  const validFrom = c.date('validFrom', input.validFrom, true);
  const validTo = c.date('validTo', input.validTo, true);
  if (validFrom !== null && validTo !== null && validTo < validFrom) {
    c.reject('validTo', 'DATE_ORDER', {
      value: validTo,
      before: c.named('validFrom'),
      beforeValue: validFrom,
    });
  }
  if (
    !c.ok ||
    common === null ||
    documentTitle === null ||
    documentNumber === null ||
    licenceCategory === null ||
    content === null ||
    validFrom === null ||
    validTo === null
  ) {
    return c;
  }
  return {
    ...common,
    documentTitle,
    documentNumber,
    licenceCategory,
    licenceCategoryOther: licenceCategory === LicenceCategory.OTHER ? licenceCategoryOther : null,
    certificateName,
    certificateNumber,
    content,
    validFrom,
    validTo,
  };
}
