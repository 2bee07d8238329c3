import { registerEnumType } from 'type-graphql';

import { type CalendarDate, addMonths } from '../../../shared/dates.js';
import { type WorkingCalendar, addWorkingDays, workingDaysBetween } from '../../calendar/index.js';
import { PenaltySector, PenaltySeverity, PublicityRegime } from '../penalty/penalty.enums.js';
import { SubjectCategory } from '../../subjects/index.js';
import { DEFAULT_DISCLOSURE_WORKING_DAYS, UsageScope } from '../../catalog/index.js';
import { type RecordStatusCode, WITHHELD_STATUSES } from './record.enums.js';

export enum DisclosureStatus {
  PENDING = 'PENDING',
  OVERDUE = 'OVERDUE',
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  NOT_REQUIRED = 'NOT_REQUIRED',
}
registerEnumType(DisclosureStatus, {
  name: 'DisclosureStatus',
  description: 'Where a record stands against its 7-working-day disclosure deadline.',
  valuesConfig: {
    PENDING: { description: 'Not yet public; the deadline has not passed.' },
    OVERDUE: { description: 'Not public, and the deadline has passed.' },
    ON_TIME: { description: 'Made public on or before the deadline.' },
    LATE: { description: 'Made public after the deadline.' },
    NOT_REQUIRED: {
      description:
        'Never to be published (natural persons, non-public scope, minor penalties from 2026-04-01).',
    },
  },
});

/** The day 第36号令《信用修复管理办法》 takes effect; 第58号令 took effect on 2023-05-01. */
const ORDER_36_FROM = '2026-04-01';
const ORDER_58_FROM = '2023-05-01';

/** Sectors with a one-year minimum publicity period under 第58号令. */
const LONG_MINIMUM_SECTORS: readonly PenaltySector[] = [
  PenaltySector.FOOD,
  PenaltySector.DRUGS,
  PenaltySector.SPECIAL_EQUIPMENT,
  PenaltySector.WORK_SAFETY,
  PenaltySector.FIRE_SAFETY,
];

export interface PublicityPeriod {
  regime: PublicityRegime;
  /** From this date on, credit repair may be applied for. */
  minEnd: CalendarDate;
  /** After this date the penalty leaves the public view. */
  maxEnd: CalendarDate;
}

/**
 * How long a penalty stays public (DESIGN §3.3), by the regime in force on its decision date:
 * - before 2023-05-01, 发改办财金〔2019〕527号: general 3 months to 1 year, serious 6 months to 3 years;
 * - 2023-05-01 to 2026-03-31, 国家发展改革委令第58号: 3 months (1 year for food, drugs, special
 *   equipment, work safety and fire safety) to 3 years, whatever the severity;
 * - from 2026-04-01, 国家发展改革委令第36号: minor up to 3 months and never published, general
 *   3 months to 1 year, serious 1 year to 3 years.
 * Under the first two regimes a minor penalty is judged as a general one.
 */
export function publicityPeriod(
  decisionDate: CalendarDate,
  severity: PenaltySeverity,
  sector: PenaltySector | null,
): PublicityPeriod {
  const after = (months: number) => addMonths(decisionDate, months);
  if (decisionDate >= ORDER_36_FROM) {
    switch (severity) {
      case PenaltySeverity.MINOR:
        return { regime: PublicityRegime.NDRC_ORDER_36, minEnd: decisionDate, maxEnd: after(3) };
      case PenaltySeverity.GENERAL:
        return { regime: PublicityRegime.NDRC_ORDER_36, minEnd: after(3), maxEnd: after(12) };
      case PenaltySeverity.SERIOUS:
        return { regime: PublicityRegime.NDRC_ORDER_36, minEnd: after(12), maxEnd: after(36) };
    }
  }
  if (decisionDate >= ORDER_58_FROM) {
    const longMinimum = sector !== null && LONG_MINIMUM_SECTORS.includes(sector);
    return {
      regime: PublicityRegime.NDRC_ORDER_58,
      minEnd: after(longMinimum ? 12 : 3),
      maxEnd: after(36),
    };
  }
  return severity === PenaltySeverity.SERIOUS
    ? { regime: PublicityRegime.NDRC_2019_527, minEnd: after(6), maxEnd: after(36) }
    : { regime: PublicityRegime.NDRC_2019_527, minEnd: after(3), maxEnd: after(12) };
}

/**
 * Whether a record must be made public at all. Natural-person records never are (DESIGN
 * §3.5), nor records whose scope is not PUBLIC (they are shared with government departments or
 * authorised institutions only), nor records their department marked 无效 or 撤销 (当前状态), nor
 * minor penalties decided under 第36号令.
 */
export function isDisclosureRequired(record: {
  counterpartCategory: SubjectCategory;
  usageScope: UsageScope;
  decisionDate: CalendarDate;
  status?: RecordStatusCode;
  severity?: PenaltySeverity | null;
}): boolean {
  if (
    record.counterpartCategory === SubjectCategory.NATURAL_PERSON ||
    record.usageScope !== UsageScope.PUBLIC ||
    (record.status !== undefined && WITHHELD_STATUSES.includes(record.status))
  ) {
    return false;
  }
  return !(record.severity === PenaltySeverity.MINOR && record.decisionDate >= ORDER_36_FROM);
}

/**
 * The day by which a decision must be public: `workingDays` working days after it on the
 * official calendar (7 unless its provider's count for the catalog item is another).
 */
export function disclosureDeadline(
  calendar: WorkingCalendar,
  decisionDate: CalendarDate,
  workingDays: number = DEFAULT_DISCLOSURE_WORKING_DAYS,
) {
  return addWorkingDays(calendar, decisionDate, workingDays);
}

export interface DisclosureFacts {
  disclosureRequired: boolean;
  disclosureDeadline: CalendarDate;
  publishedOn: CalendarDate | null;
}

/** The status of DESIGN §3.2, judged on calendar dates in China Standard Time. */
export function disclosureStatus(record: DisclosureFacts, today: CalendarDate): DisclosureStatus {
  if (!record.disclosureRequired) {
    return DisclosureStatus.NOT_REQUIRED;
  }
  if (record.publishedOn !== null) {
    return record.publishedOn <= record.disclosureDeadline
      ? DisclosureStatus.ON_TIME
      : DisclosureStatus.LATE;
  }
  return today > record.disclosureDeadline ? DisclosureStatus.OVERDUE : DisclosureStatus.PENDING;
}

/**
 * Working days past the deadline: until publication for a LATE record, until today for an
 * OVERDUE one; null for the other statuses. A record late only by a weekend or holiday after
 * the deadline counts as one working day late: it is late, and less than a day is not a count.
 */
export function workingDaysLate(
  calendar: WorkingCalendar,
  record: DisclosureFacts,
  today: CalendarDate,
): number | null {
  switch (disclosureStatus(record, today)) {
    case DisclosureStatus.LATE:
      return Math.max(
        1,
        workingDaysBetween(calendar, record.disclosureDeadline, record.publishedOn!),
      );
    case DisclosureStatus.OVERDUE:
      return Math.max(1, workingDaysBetween(calendar, record.disclosureDeadline, today));
    case DisclosureStatus.PENDING:
    case DisclosureStatus.ON_TIME:
    case DisclosureStatus.NOT_REQUIRED:
      return null;
  }
}

/** The deadline of a decision date and count of working days, as `disclosureDeadline` gives it. */
export type DeadlineOf = (
  decisionDate: CalendarDate,
  workingDays: number,
) => ReturnType<typeof disclosureDeadline>;

/**
 * The deadlines of one batch: each distinct (decision date, working days) pair is counted on
 * the calendar once, however many rows share it (a department's file holds a few hundred
 * decision dates for thousands of rows).
 */
export function batchDeadlines(calendar: WorkingCalendar): DeadlineOf {
  const known = new Map<string, ReturnType<typeof disclosureDeadline>>();
  return (decisionDate, workingDays) => {
    const key = `${decisionDate}/${workingDays}`;
    let deadline = known.get(key);
    if (deadline === undefined) {
      deadline = disclosureDeadline(calendar, decisionDate, workingDays);
      known.set(key, deadline);
    }
    return deadline;
  };
}

/** The disclosure columns a record stores, derived from its fields when it is written. */
export function deriveDisclosure(
  calendar: WorkingCalendar,
  record: Parameters<typeof isDisclosureRequired>[0],
  workingDays: number,
  deadlineOf: DeadlineOf = (date, days) => disclosureDeadline(calendar, date, days),
): {
  disclosureRequired: boolean;
  disclosureWorkingDays: number;
  disclosureDeadline: CalendarDate;
  deadlineProvisional: boolean;
} {
  const deadline = deadlineOf(record.decisionDate, workingDays);
  return {
    disclosureRequired: isDisclosureRequired(record),
    disclosureWorkingDays: workingDays,
    disclosureDeadline: deadline.date,
    deadlineProvisional: deadline.provisional,
  };
}

/** The publicity columns a penalty stores. */
export function derivePublicity(penalty: {
  decisionDate: CalendarDate;
  severity: PenaltySeverity;
  sector: PenaltySector | null;
}) {
  const period = publicityPeriod(penalty.decisionDate, penalty.severity, penalty.sector);
  return {
    publicityRegime: period.regime,
    publicityMinEnd: period.minEnd,
    publicityMaxEnd: period.maxEnd,
  };
}
