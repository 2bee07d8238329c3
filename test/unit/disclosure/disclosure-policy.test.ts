import { describe, expect, it } from 'vitest';

import {
  DisclosureStatus,
  disclosureStatus,
  isDisclosureRequired,
  publicityPeriod,
  workingDaysLate,
} from '../../../src/modules/records/index.js';
import { buildCalendar } from '../../../src/modules/calendar/index.js';
import { PenaltySector, PenaltySeverity } from '../../../src/modules/records/index.js';
import { SubjectCategory } from '../../../src/modules/subjects/index.js';
import { UsageScope } from '../../../src/modules/catalog/index.js';

describe('publicityPeriod', () => {
  it.each([
    ['2022-06-15', PenaltySeverity.GENERAL, null, 'NDRC_2019_527', '2022-09-15', '2023-06-15'],
    ['2022-06-15', PenaltySeverity.MINOR, null, 'NDRC_2019_527', '2022-09-15', '2023-06-15'],
    ['2023-04-30', PenaltySeverity.SERIOUS, null, 'NDRC_2019_527', '2023-10-30', '2026-04-30'],
    ['2023-05-01', PenaltySeverity.GENERAL, null, 'NDRC_ORDER_58', '2023-08-01', '2026-05-01'],
    [
      '2024-01-31',
      PenaltySeverity.SERIOUS,
      PenaltySector.OTHER,
      'NDRC_ORDER_58',
      '2024-04-30',
      '2027-01-31',
    ],
    [
      '2025-03-10',
      PenaltySeverity.GENERAL,
      PenaltySector.FOOD,
      'NDRC_ORDER_58',
      '2026-03-10',
      '2028-03-10',
    ],
    [
      '2026-03-31',
      PenaltySeverity.GENERAL,
      PenaltySector.FIRE_SAFETY,
      'NDRC_ORDER_58',
      '2027-03-31',
      '2029-03-31',
    ],
    ['2026-04-01', PenaltySeverity.MINOR, null, 'NDRC_ORDER_36', '2026-04-01', '2026-07-01'],
    [
      '2026-04-01',
      PenaltySeverity.GENERAL,
      PenaltySector.FOOD,
      'NDRC_ORDER_36',
      '2026-07-01',
      '2027-04-01',
    ],
    ['2026-08-31', PenaltySeverity.SERIOUS, null, 'NDRC_ORDER_36', '2027-08-31', '2029-08-31'],
  ] as const)(
    'decided %s, %s, sector %s → %s, %s … %s',
    (decided, severity, sector, regime, minEnd, maxEnd) => {
      expect(publicityPeriod(decided, severity, sector)).toEqual({ regime, minEnd, maxEnd });
    },
  );

  it('clamps to the end of a shorter month', () => {
    expect(publicityPeriod('2025-11-30', PenaltySeverity.GENERAL, null).minEnd).toBe('2026-02-28');
  });
});

describe('isDisclosureRequired', () => {
  const base = {
    counterpartCategory: SubjectCategory.LEGAL_ENTITY,
    usageScope: UsageScope.PUBLIC,
    decisionDate: '2026-05-01',
  };
  it('requires public-scope records about organisations', () => {
    expect(isDisclosureRequired(base)).toBe(true);
  });
  it('never requires natural persons, non-public scopes, or minor penalties under 第36号令', () => {
    expect(
      isDisclosureRequired({ ...base, counterpartCategory: SubjectCategory.NATURAL_PERSON }),
    ).toBe(false);
    expect(isDisclosureRequired({ ...base, usageScope: UsageScope.GOVERNMENT })).toBe(false);
    expect(isDisclosureRequired({ ...base, usageScope: UsageScope.AUTHORIZED })).toBe(false);
    expect(isDisclosureRequired({ ...base, severity: PenaltySeverity.MINOR })).toBe(false);
    expect(
      isDisclosureRequired({
        ...base,
        decisionDate: '2026-03-31',
        severity: PenaltySeverity.MINOR,
      }),
    ).toBe(true);
  });
});

describe('disclosureStatus and workingDaysLate', () => {
  const calendar = buildCalendar(
    [2025],
    [
      { date: '2025-10-01', working: false },
      { date: '2025-10-11', working: true },
    ],
  );
  const record = {
    disclosureRequired: true,
    disclosureDeadline: '2025-10-09',
    publishedOn: null as string | null,
  };

  it('is PENDING up to and including the deadline, OVERDUE after it', () => {
    expect(disclosureStatus(record, '2025-10-09')).toBe(DisclosureStatus.PENDING);
    expect(disclosureStatus(record, '2025-10-10')).toBe(DisclosureStatus.OVERDUE);
    expect(workingDaysLate(calendar, record, '2025-10-13')).toBe(3);
  });

  it('is ON_TIME when published on the deadline, LATE after it, counting working days', () => {
    expect(disclosureStatus({ ...record, publishedOn: '2025-10-09' }, '2025-12-01')).toBe(
      DisclosureStatus.ON_TIME,
    );
    expect(
      workingDaysLate(calendar, { ...record, publishedOn: '2025-10-09' }, '2025-12-01'),
    ).toBeNull();
    expect(disclosureStatus({ ...record, publishedOn: '2025-10-14' }, '2025-12-01')).toBe(
      DisclosureStatus.LATE,
    );
    expect(workingDaysLate(calendar, { ...record, publishedOn: '2025-10-14' }, '2025-12-01')).toBe(
      4,
    );
  });

  it('counts a record published on the weekend after its deadline as one working day late', () => {
    const friday = { ...record, disclosureDeadline: '2025-10-17', publishedOn: '2025-10-18' };
    expect(workingDaysLate(calendar, friday, '2025-12-01')).toBe(1);
  });

  it('is NOT_REQUIRED whatever the dates when disclosure is not required', () => {
    expect(disclosureStatus({ ...record, disclosureRequired: false }, '2030-01-01')).toBe(
      DisclosureStatus.NOT_REQUIRED,
    );
  });
});
