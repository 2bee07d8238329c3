import { type CommonFields, RowChecker, checkCommonFields } from '../shared/record.validation.js';
import {
  type PenaltySector,
  type PenaltySeverity,
  PenaltyType,
  type SeveritySource,
  TemplateVersion,
} from './penalty.enums.js';
import { classifyPenalty } from './publicity-classes.js';
import type { PenaltyRecordInput } from './penalty.inputs.js';
import { columnNames } from '../kinds/kind.declaration.js';
import { PENALTY_KIND } from '../kinds/penalty.kind.js';

/** The national column names of penalty records' fields. */
export const PENALTY_COLUMNS = columnNames(PENALTY_KIND.fields);

export interface PenaltyFields extends CommonFields {
  documentNumber: string;
  violationType: string;
  facts: string;
  basis: string;
  penaltyTypes: PenaltyType[];
  penaltyTypeOther: string | null;
  content: string;
  fineAmount: string | null;
  confiscatedAmount: string | null;
  suspendedLicence: string | null;
  penaltyValidUntil: string;
  severity: PenaltySeverity;
  severitySource: SeveritySource;
  severityBasis: string;
  sector: PenaltySector | null;
}

const CONFISCATIONS: readonly PenaltyType[] = [
  PenaltyType.CONFISCATE_ILLEGAL_GAINS,
  PenaltyType.CONFISCATE_ILLEGAL_PROPERTY,
];
const LICENCE_ACTIONS: readonly PenaltyType[] = [
  PenaltyType.SUSPEND_LICENCE,
  PenaltyType.REVOKE_LICENCE,
];

/**
 * Checks one 行政处罚 row (data-standard.md, penalty rows 14–24) on top of the common fields.
 * The conditional fields follow the penalty types: a fine needs its amount, a confiscation the
 * confiscated amount, a suspension or revocation the licence, OTHER its description. A row
 * read from the V1 template, which has no amount columns, may leave the amounts out: they are
 * then unknown (null), and given amounts are still checked.
 */
export function checkPenaltyRow(
  input: PenaltyRecordInput,
  today: string,
): PenaltyFields | RowChecker {
  const c = new RowChecker(today, PENALTY_COLUMNS);
  const common = checkCommonFields(input, c);
  const documentNumber = c.text('documentNumber', input.documentNumber, 128, true);
  const violationType = c.text('violationType', input.violationType, 2000, true);
  const facts = c.text('facts', input.facts, 2000, true);
  const basis = c.text('basis', input.basis, 2048, true);
  const penaltyTypes = [...new Set(input.penaltyTypes ?? [])];
  if (penaltyTypes.length === 0) {
    c.reject('penaltyTypes', 'REQUIRED', {});
  }
  const has = (types: readonly PenaltyType[]) => penaltyTypes.some(type => types.includes(type));
  const penaltyTypeOther = c.text(
    'penaltyTypeOther',
    input.penaltyTypeOther,
    200,
    has([PenaltyType.OTHER]),
  );
  const content = c.text('content', input.content, 4000, true);
  const amountsRequired = input.templateVersion !== TemplateVersion.V1;
  const fineAmount = c.amount(
    'fineAmount',
    input.fineAmount,
    amountsRequired && has([PenaltyType.FINE]),
  );
  if (fineAmount !== null && has([PenaltyType.FINE]) && Number(fineAmount) === 0) {
    c.reject('fineAmount', 'INVALID_AMOUNT', { value: fineAmount, zero: true });
  }
  const confiscatedAmount = c.amount(
    'confiscatedAmount',
    input.confiscatedAmount,
    amountsRequired && has(CONFISCATIONS),
  );
  const suspendedLicence = c.text(
    'suspendedLicence',
    input.suspendedLicence,
    200,
    has(LICENCE_ACTIONS),
  );
  const penaltyValidUntil = c.date('penaltyValidUntil', input.penaltyValidUntil, true);
  if (common !== null && penaltyValidUntil !== null && penaltyValidUntil < common.decisionDate) {
    c.reject('penaltyValidUntil', 'DATE_ORDER', {
      value: penaltyValidUntil,
      before: c.named('decisionDate'),
      beforeValue: common.decisionDate,
    });
  }
  if (
    !c.ok ||
    common === null ||
    documentNumber === null ||
    violationType === null ||
    facts === null ||
    basis === null ||
    content === null ||
    penaltyValidUntil === null
  ) {
    return c;
  }
  return {
    ...common,
    documentNumber,
    violationType,
    facts,
    basis,
    penaltyTypes,
    penaltyTypeOther: has([PenaltyType.OTHER]) ? penaltyTypeOther : null,
    content,
    fineAmount,
    confiscatedAmount,
    suspendedLicence,
    penaltyValidUntil,
    ...classifyPenalty(
      {
        penaltyTypes,
        fineAmount,
        counterpartCategory: common.counterpartCategory,
        decisionDate: common.decisionDate,
      },
      input.severity ?? null,
    ),
    sector: input.sector ?? null,
  };
}
