import { afterEach, describe, expect, it } from 'vitest';

import { fixedClock } from '../../../src/shared/dates.js';
import {
  DeadlineDocument,
  DisclosureRecordsDocument,
  type DisclosureRecordsQuery,
  DisclosureStatsDocument,
  LoadHolidayCalendarDocument,
  PublishRecordsDocument,
  RecordDisclosureDocument,
  RevokeRecordDocument,
  SubmitLicensingDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import {
  SUBJECT_CODE,
  buildLicensingInput,
  buildPenaltyInput,
} from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import {
  type Result,
  type TestServer,
  createTestServer,
  errorCodes,
} from '../../support/server.js';
import { AMR, ECO, viewers } from '../../support/viewers.js';

// The deadlines below are counted on the official calendars of 2025 and 2026.
const env = useIntegration({ pinnedAt: '2026-11-20T02:00:00Z' });
afterEach(async () => {
  await env.database.query('DELETE FROM calendar_years WHERE year = 2027');
  await env.database.query(
    "UPDATE catalog_items SET requires_review = false WHERE code = 'ADMIN_PENALTY'",
  );
});

/** The same env.server code with a different "now" (China Standard Time dates follow from it). */
async function serverAt(instant: string): Promise<TestServer> {
  return createTestServer(env.database, fixedClock(instant));
}

async function allRecords(s: TestServer, filter: Record<string, unknown>) {
  const nodes: DisclosureRecordsQuery['disclosureRecords']['edges'][number]['node'][] = [];
  let after: string | null | undefined = null;
  let total = 0;
  do {
    const page: Result<DisclosureRecordsQuery> = await s.execute(
      DisclosureRecordsDocument,
      { filter, first: 3, after },
      { as: viewers.admin },
    );
    expect(page.errors).toBeUndefined();
    nodes.push(...page.data!.disclosureRecords.edges.map(e => e.node));
    total = page.data!.disclosureRecords.totalCount;
    after = page.data!.disclosureRecords.pageInfo.hasNextPage
      ? page.data!.disclosureRecords.pageInfo.endCursor
      : null;
  } while (after);
  expect(nodes).toHaveLength(total);
  return nodes;
}

describe('disclosureDeadline and isWorkingDay', () => {
  it('give the examples of DESIGN §3.2', async () => {
    const a = await env.server.execute(DeadlineDocument, { decisionDate: '2025-09-30' });
    expect(a.data).toEqual({
      disclosureDeadline: { deadline: '2025-10-16', provisional: false },
      isWorkingDay: true,
    });
    const b = await env.server.execute(DeadlineDocument, { decisionDate: '2026-02-12' });
    expect(b.data!.disclosureDeadline).toEqual({ deadline: '2026-02-28', provisional: false });
    const saturday = await env.server.execute(DeadlineDocument, {
      decisionDate: '2025-10-11',
      workingDays: 1,
    });
    expect(saturday.data).toEqual({
      disclosureDeadline: { deadline: '2025-10-13', provisional: false },
      isWorkingDay: true,
    });
  });

  it('refuses a date that does not exist and an absurd number of working days', async () => {
    expect(
      errorCodes(await env.server.execute(DeadlineDocument, { decisionDate: '2025-02-29' })),
    ).toEqual(['BAD_USER_INPUT']);
    const negative = await env.server.execute(DeadlineDocument, {
      decisionDate: '2025-02-28',
      workingDays: -1,
    });
    expect(negative.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'workingDays',
    });
    const absurd = await env.server.execute(DeadlineDocument, {
      decisionDate: '2025-02-28',
      workingDays: 100_000,
    });
    expect(absurd.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'workingDays',
    });
  });
});

describe('disclosure on stored records', () => {
  it('stores the deadline and judges publication on it: ON_TIME, LATE with working days', async () => {
    await env.server.execute(
      SubmitLicensingDocument,
      {
        records: [
          buildLicensingInput({ decisionDate: '2026-11-18', validFrom: '2026-11-18' }),
          buildLicensingInput({ decisionDate: '2025-09-30', validFrom: '2025-09-30' }),
        ],
      },
      { as: viewers.provider },
    );
    const nodes = await allRecords(env.server, {});
    const byDate = Object.fromEntries(nodes.map(n => [n.decisionDate, n.disclosure]));
    expect(byDate['2026-11-18']).toMatchObject({
      deadline: '2026-11-27',
      provisional: false,
      status: 'ON_TIME',
      workingDaysLate: null,
    });
    // decided 2025-09-30, deadline 2025-10-16, published 2026-11-20 (the tests' today)
    expect(byDate['2025-09-30']).toMatchObject({ deadline: '2025-10-16', status: 'LATE' });
    // chinese-days: getWorkdaysInRange('2025-10-17', '2026-11-20').length === 273
    expect(byDate['2025-09-30']!.workingDaysLate).toBe(273);
  });

  it('keeps a December deadline provisional until next year is loaded, then makes it final in the stored record', async () => {
    const december = await serverAt('2026-12-30T02:00:00Z');
    try {
      const submitted = await december.execute(
        SubmitPenaltyDocument,
        {
          records: [
            buildPenaltyInput({ decisionDate: '2026-12-28', penaltyValidUntil: '2027-06-30' }),
          ],
        },
        { as: viewers.provider },
      );
      expect(submitted.data!.submitPenaltyRecords.accepted).toBe(1);
      const before = await december.execute(
        RecordDisclosureDocument,
        { code: SUBJECT_CODE },
        { as: viewers.regulator },
      );
      expect(before.data!.subject!.penaltyRecords.edges[0]!.node.disclosure).toMatchObject({
        deadline: '2027-01-06',
        provisional: true,
      });

      const loaded = await december.execute(
        LoadHolidayCalendarDocument,
        { year: 2027, daysOff: ['2027-01-01', '2027-01-02', '2027-01-03'], makeUpWorkdays: [] },
        { as: viewers.admin },
      );
      expect(loaded.errors).toBeUndefined();
      expect(loaded.data!.loadHolidayCalendar).toMatchObject({
        year: 2027,
        recomputedRecords: 1,
        source: 'test notice',
      });

      const after = await december.execute(
        RecordDisclosureDocument,
        { code: SUBJECT_CODE },
        { as: viewers.regulator },
      );
      expect(after.data!.subject!.penaltyRecords.edges[0]!.node.disclosure).toMatchObject({
        deadline: '2027-01-07',
        provisional: false,
      });
      const stored = await env.database.query<{
        disclosure_deadline: string;
        deadline_provisional: boolean;
      }>('select disclosure_deadline::text, deadline_provisional from penalty_records');
      expect(stored).toEqual([{ disclosure_deadline: '2027-01-07', deadline_provisional: false }]);
      const audit = await env.database.query<{ action: string }>(
        "select action from audit_events where action like 'calendar.%'",
      );
      expect(audit.map(a => a.action)).toEqual(['calendar.load']);
    } finally {
      await december.apollo.stop();
    }
  });

  it('holds records for review when the catalog says so: PENDING, then OVERDUE, then LATE once published', async () => {
    await env.database.query(
      "UPDATE catalog_items SET requires_review = true WHERE code = 'ADMIN_PENALTY'",
    );
    const submitted = await env.server.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput({ decisionDate: '2026-11-16' })] },
      { as: viewers.provider },
    );
    const id = submitted.data!.submitPenaltyRecords.records[0]!.id;
    expect(submitted.data!.submitPenaltyRecords.records[0]!.publishedAt).toBeNull();
    const pending = await allRecords(env.server, { status: 'PENDING' });
    expect(pending.map(n => n.id)).toEqual([id]);
    expect(pending[0]!.disclosure.deadline).toBe('2026-11-25');

    const publicView = await env.server.execute(RecordDisclosureDocument, { code: SUBJECT_CODE });
    expect(publicView.data!.subject!.penaltyRecords.totalCount).toBe(0);

    const later = await serverAt('2026-11-30T02:00:00Z');
    try {
      const overdue = await allRecords(later, { status: 'OVERDUE' });
      expect(overdue.map(n => [n.id, n.disclosure.workingDaysLate])).toEqual([[id, 3]]);
      const published = await later.execute(
        PublishRecordsDocument,
        { ids: [id] },
        { as: viewers.admin },
      );
      expect(published.data!.publishRecords[0]!.disclosure).toEqual({
        status: 'LATE',
        workingDaysLate: 3,
      });
      expect(await allRecords(later, { status: 'OVERDUE' })).toEqual([]);
      const visible = await later.execute(RecordDisclosureDocument, { code: SUBJECT_CODE });
      expect(visible.data!.subject!.penaltyRecords.totalCount).toBe(1);
    } finally {
      await later.apollo.stop();
    }
  });

  it('lets only the credit office publish, and refuses records that must never be published', async () => {
    await env.database.query(
      "UPDATE catalog_items SET requires_review = true WHERE code = 'ADMIN_PENALTY'",
    );
    const submitted = await env.server.execute(
      SubmitPenaltyDocument,
      {
        records: [
          buildPenaltyInput(),
          buildPenaltyInput({
            counterpartName: '张三',
            counterpartCategory: 'NATURAL_PERSON',
            creditCode: null,
            legalRepresentative: null,
            personIdType: '身份证',
            personIdNumber: '11010519491231002X',
          }),
        ],
      },
      { as: viewers.provider },
    );
    const [organisation, person] = submitted.data!.submitPenaltyRecords.records.map(r => r.id);
    expect(
      errorCodes(
        await env.server.execute(
          PublishRecordsDocument,
          { ids: [organisation!] },
          { as: viewers.provider },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const refused = await env.server.execute(
      PublishRecordsDocument,
      { ids: [organisation!, person!] },
      { as: viewers.admin },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    const unknown = await env.server.execute(
      PublishRecordsDocument,
      { ids: ['penalty:999999'] },
      { as: viewers.admin },
    );
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const [row] = await env.database.query<{ n: number }>(
      'select count(*)::int as n from penalty_records where published_at is not null',
    );
    expect(row!.n).toBe(0);
  });

  it('counts the same records in the stats as in the list, per source unit', async () => {
    await env.server.execute(
      SubmitPenaltyDocument,
      {
        records: [
          buildPenaltyInput({ decisionDate: '2026-11-18' }),
          buildPenaltyInput({ decisionDate: '2026-10-08' }),
          buildPenaltyInput({ decisionDate: '2026-10-09', usageScope: 'GOVERNMENT' }),
        ],
      },
      { as: viewers.provider },
    );
    await env.server.execute(
      SubmitLicensingDocument,
      {
        records: [
          buildLicensingInput({
            decisionDate: '2026-11-19',
            validFrom: '2026-11-19',
            sourceUnit: ECO.name,
            sourceUnitCode: ECO.code,
          }),
        ],
      },
      { as: viewers.admin },
    );
    await env.database.query(
      "UPDATE catalog_items SET requires_review = true WHERE code = 'ADMIN_PENALTY'",
    );
    await env.server.execute(
      SubmitPenaltyDocument,
      {
        records: [
          buildPenaltyInput({ decisionDate: '2026-11-02' }),
          buildPenaltyInput({ decisionDate: '2026-11-19' }),
        ],
      },
      { as: viewers.provider },
    );

    const stats = await env.server.execute(
      DisclosureStatsDocument,
      { from: '2026-01-01', to: '2026-12-31' },
      { as: viewers.regulator },
    );
    const amr = stats.data!.disclosureStats.find(s => s.sourceUnitCode === AMR.code)!;
    expect(amr).toMatchObject({
      total: 5,
      onTime: 1,
      late: 1,
      overdue: 1,
      pending: 1,
      notRequired: 1,
      onTimeRate: 1 / 3,
    });
    const eco = stats.data!.disclosureStats.find(s => s.sourceUnitCode === ECO.code)!;
    expect(eco).toMatchObject({ total: 1, onTime: 1, onTimeRate: 1 });
    for (const [status, expected] of [
      ['ON_TIME', 1],
      ['LATE', 1],
      ['OVERDUE', 1],
      ['PENDING', 1],
      ['NOT_REQUIRED', 1],
    ] as const) {
      const listed = await allRecords(env.server, { status, sourceUnitCode: AMR.code });
      expect(listed, status).toHaveLength(expected);
      expect(listed.every(n => n.disclosure.status === status)).toBe(true);
    }
    const penaltyOnly = await env.server.execute(
      DisclosureStatsDocument,
      { from: '2026-01-01', to: '2026-12-31', kind: 'LICENSING' },
      { as: viewers.admin },
    );
    expect(penaltyOnly.data!.disclosureStats.map(s => s.sourceUnitCode)).toEqual([ECO.code]);
  });

  it('shows a provider only its own records and stats, and nobody else', async () => {
    await env.server.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput()] },
      { as: viewers.provider },
    );
    const own = await env.server.execute(DisclosureRecordsDocument, {}, { as: viewers.provider });
    expect(own.data!.disclosureRecords.totalCount).toBe(1);
    const other = await env.server.execute(
      DisclosureRecordsDocument,
      {},
      { as: viewers.otherProvider },
    );
    expect(other.data!.disclosureRecords.totalCount).toBe(0);
    const prying = await env.server.execute(
      DisclosureRecordsDocument,
      { filter: { sourceUnitCode: AMR.code } },
      { as: viewers.otherProvider },
    );
    expect(errorCodes(prying)).toEqual(['FORBIDDEN']);
    const stats = await env.server.execute(
      DisclosureStatsDocument,
      { from: '2026-01-01', to: '2026-12-31' },
      { as: viewers.otherProvider },
    );
    expect(stats.data!.disclosureStats).toEqual([]);
    for (const viewer of [viewers.anonymous, viewers.institution]) {
      expect(
        errorCodes(await env.server.execute(DisclosureRecordsDocument, {}, { as: viewer })),
      ).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(
          await env.server.execute(
            DisclosureStatsDocument,
            { from: '2026-01-01', to: '2026-12-31' },
            { as: viewer },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    }
  });
});

describe('publicity periods', () => {
  it('takes a penalty out of the public view after its maximum, while regulators still see it', async () => {
    await env.server.execute(
      SubmitPenaltyDocument,
      {
        records: [
          buildPenaltyInput({ decisionDate: '2022-01-10', penaltyValidUntil: '2022-06-30' }),
          buildPenaltyInput({
            decisionDate: '2025-03-10',
            penaltyValidUntil: '2025-06-30',
            sector: 'FOOD',
          }),
          buildPenaltyInput({
            decisionDate: '2026-05-11',
            penaltyValidUntil: '2026-06-30',
            severity: 'MINOR',
          }),
        ],
      },
      { as: viewers.provider },
    );
    const regulator = await env.server.execute(
      RecordDisclosureDocument,
      { code: SUBJECT_CODE },
      { as: viewers.regulator },
    );
    const periods = Object.fromEntries(
      regulator.data!.subject!.penaltyRecords.edges.map(e => [
        e.node.publicity.regime,
        [e.node.publicity, e.node.disclosure.status],
      ]),
    );
    expect(periods['NDRC_2019_527']).toEqual([
      { regime: 'NDRC_2019_527', minimumEndDate: '2022-04-10', maximumEndDate: '2023-01-10' },
      'LATE',
    ]);
    expect(periods['NDRC_ORDER_58']).toEqual([
      { regime: 'NDRC_ORDER_58', minimumEndDate: '2026-03-10', maximumEndDate: '2028-03-10' },
      'LATE',
    ]);
    expect(periods['NDRC_ORDER_36']).toEqual([
      { regime: 'NDRC_ORDER_36', minimumEndDate: '2026-05-11', maximumEndDate: '2026-08-11' },
      'NOT_REQUIRED',
    ]);

    const asPublic = await env.server.execute(RecordDisclosureDocument, { code: SUBJECT_CODE });
    expect(asPublic.data!.subject!.penaltyRecords.edges.map(e => e.node.publicity.regime)).toEqual([
      'NDRC_ORDER_58',
    ]);
    expect(asPublic.data!.subject!.penaltyRecords.totalCount).toBe(1);
  });

  it('keeps an expired licence out of the public view', async () => {
    await env.server.execute(
      SubmitLicensingDocument,
      {
        records: [
          buildLicensingInput({
            decisionDate: '2020-01-06',
            validFrom: '2020-01-06',
            validTo: '2023-01-05',
          }),
          buildLicensingInput(),
        ],
      },
      { as: viewers.provider },
    );
    const asPublic = await env.server.execute(RecordDisclosureDocument, { code: SUBJECT_CODE });
    expect(asPublic.data!.subject!.licensingRecords.totalCount).toBe(1);
    const asRegulator = await env.server.execute(
      RecordDisclosureDocument,
      { code: SUBJECT_CODE },
      { as: viewers.regulator },
    );
    expect(asRegulator.data!.subject!.licensingRecords.totalCount).toBe(2);
  });
});

describe('revokeRecord', () => {
  it('removes a record from public view at once and keeps it for regulators', async () => {
    const submitted = await env.server.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput()] },
      { as: viewers.provider },
    );
    const id = submitted.data!.submitPenaltyRecords.records[0]!.id;
    expect(
      errorCodes(
        await env.server.execute(
          RevokeRecordDocument,
          { id, reason: '撤销' },
          { as: viewers.otherProvider },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const revoked = await env.server.execute(
      RevokeRecordDocument,
      { id, reason: '行政复议撤销原处罚决定' },
      { as: viewers.provider },
    );
    expect(revoked.data!.revokeRecord.revokedAt).not.toBeNull();
    expect(
      (await env.server.execute(RecordDisclosureDocument, { code: SUBJECT_CODE })).data!.subject!
        .penaltyRecords.totalCount,
    ).toBe(0);
    expect(
      (
        await env.server.execute(
          RecordDisclosureDocument,
          { code: SUBJECT_CODE },
          { as: viewers.regulator },
        )
      ).data!.subject!.penaltyRecords.totalCount,
    ).toBe(1);
    expect(
      errorCodes(
        await env.server.execute(
          RevokeRecordDocument,
          { id, reason: 'again' },
          { as: viewers.admin },
        ),
      ),
    ).toEqual(['CONFLICT']);
  });
});

describe('loadHolidayCalendar', () => {
  const load = (variables: {
    year: number;
    daysOff: string[];
    makeUpWorkdays: string[];
    replace?: boolean;
  }) => env.server.execute(LoadHolidayCalendarDocument, variables, { as: viewers.admin });

  it('refuses dates outside the year, a date both off and working, and a make-up day on a weekday', async () => {
    expect(
      (await load({ year: 2027, daysOff: ['2026-12-31'], makeUpWorkdays: [] })).errors?.[0]
        ?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'daysOff',
      reason: 'DATE_OUTSIDE_YEAR',
    });
    expect(
      (await load({ year: 2027, daysOff: ['2027-02-06'], makeUpWorkdays: ['2027-02-06'] }))
        .errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DATE_BOTH_OFF_AND_WORKING',
    });
    expect(
      (await load({ year: 2027, daysOff: [], makeUpWorkdays: ['2027-02-08'] })).errors?.[0]
        ?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'makeUpWorkdays',
      reason: 'MAKE_UP_DAY_NOT_WEEKEND',
    });
    expect(
      errorCodes(await load({ year: 2027, daysOff: ['2027-02-30'], makeUpWorkdays: [] })),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('treats an identical reload as nothing, and a conflicting one as CONFLICT unless replace is set', async () => {
    expect(
      (await load({ year: 2027, daysOff: ['2027-01-01'], makeUpWorkdays: [] })).errors,
    ).toBeUndefined();
    expect(
      (await load({ year: 2027, daysOff: ['2027-01-01'], makeUpWorkdays: [] })).data!
        .loadHolidayCalendar.recomputedRecords,
    ).toBe(0);
    const conflict = await load({
      year: 2027,
      daysOff: ['2027-01-01', '2027-02-08'],
      makeUpWorkdays: [],
    });
    expect(conflict.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'year' });
    const replaced = await load({
      year: 2027,
      daysOff: ['2027-01-01', '2027-02-08'],
      makeUpWorkdays: [],
      replace: true,
    });
    expect(replaced.data!.loadHolidayCalendar.daysOff).toEqual(['2027-01-01', '2027-02-08']);
  });

  it('is for the credit office only', async () => {
    const result = await env.server.execute(
      LoadHolidayCalendarDocument,
      { year: 2027, daysOff: [], makeUpWorkdays: [] },
      { as: viewers.regulator },
    );
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
  });
});
