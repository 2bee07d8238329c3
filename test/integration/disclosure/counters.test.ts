import { afterEach, describe, expect, it } from 'vitest';

import { type CalendarDate, addDays, chinaDateOf, fixedClock } from '../../../src/shared/dates.js';
import {
  DeadlineDocument,
  DisclosureRecordsDocument,
  DisclosureStatsDocument,
  LoadHolidayCalendarDocument,
  PublishRecordsDocument,
  RevokeRecordDocument,
  SubmitLicensingDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import { buildLicensingInput, buildPenaltyInput } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { type TestServer, createTestServer } from '../../support/server.js';
import { AMR, ECO, viewers } from '../../support/viewers.js';
import { createRandom } from '../../../seeds/random.js';

// Late December: a week's decisions have deadlines in 2027, provisional until 2027 is loaded.
const env = useIntegration({ pinnedAt: '2026-12-30T02:00:00Z' });
afterEach(async () => {
  await env.database.query('DELETE FROM calendar_years WHERE year = 2027');
  await env.database.query(
    "UPDATE catalog_items SET requires_review = false WHERE code = 'ADMIN_PENALTY'",
  );
});

type Counts = Record<string, number>;

/** Adds `counts` to the row of a key in a map of counter rows. */
function add(map: Map<string, Counts>, key: string, counts: Counts): void {
  const row = map.get(key) ?? {};
  for (const [name, n] of Object.entries(counts)) {
    row[name] = (row[name] ?? 0) + n;
  }
  map.set(key, row);
}

/** A map without its rows whose counts are all zero, as sorted entries with every column. */
function nonZero(map: Map<string, Counts>, columns: readonly string[]): [string, Counts][] {
  return [...map.entries()]
    .map(([key, row]): [string, Counts] => [
      key,
      Object.fromEntries(columns.map(c => [c, row[c] ?? 0])),
    ])
    .filter(([, row]) => Object.values(row).some(n => n !== 0))
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

const COUNTER_COLUMNS = [
  'total',
  'on_time',
  'late',
  'not_required',
  'unpublished',
  'received',
  'published',
  'corrected',
  'logged',
  'rejected',
] as const;

type StoredRecord = {
  kind: string;
  id: number;
  catalog_item_code: string;
  source_unit_code: string;
  source_unit: string;
  decision_date: string;
  disclosure_required: boolean;
  published_on: string | null;
  disclosure_deadline: string;
  received_ms: number;
};

async function storedRecords(): Promise<StoredRecord[]> {
  const columns = `id::int as id, catalog_item_code, source_unit_code, source_unit,
    decision_date::text as decision_date, disclosure_required, published_on::text as published_on,
    disclosure_deadline::text as disclosure_deadline,
    (extract(epoch from received_at) * 1000)::float8 as received_ms`;
  const rows = await env.database.query<StoredRecord>(
    `select 'LICENSING' as kind, ${columns} from licensing_records
     union all select 'PENALTY', ${columns} from penalty_records`,
  );
  return rows.map(r => ({ ...r, received_ms: Number(r.received_ms) }));
}

/**
 * The counters as a full recomputation from the stored records, versions and submission log
 * finds them: record_counters by day, and its month and year rows as the sums of those days;
 * unpublished_counters by deadline and decision day.
 */
async function expectCountersExact(): Promise<void> {
  const records = await storedRecords();
  const days = new Map<string, Counts>();
  const key = (r: { kind: string; item: string; code: string; name: string }, day: string) =>
    `${day}|${r.kind}|${r.item}|${r.code}|${r.name}`;
  for (const r of records) {
    const group = {
      kind: r.kind,
      item: r.catalog_item_code,
      code: r.source_unit_code,
      name: r.source_unit,
    };
    const unpublished = r.disclosure_required && r.published_on === null;
    add(days, key(group, r.decision_date), {
      total: 1,
      on_time:
        r.disclosure_required && r.published_on !== null && r.published_on <= r.disclosure_deadline
          ? 1
          : 0,
      late:
        r.disclosure_required && r.published_on !== null && r.published_on > r.disclosure_deadline
          ? 1
          : 0,
      not_required: r.disclosure_required ? 0 : 1,
      unpublished: unpublished ? 1 : 0,
    });
    add(days, key(group, chinaDateOf(new Date(r.received_ms))), { received: 1 });
    if (r.published_on !== null) {
      add(days, key(group, r.published_on), { published: 1 });
    }
  }
  const versions = await env.database.query<{ kind: string; record_id: number; at: number }>(
    `select kind::text as kind, record_id::int as record_id,
            (extract(epoch from superseded_at) * 1000)::float8 as at from record_versions`,
  );
  for (const v of versions) {
    const r = records.find(x => x.kind === v.kind && x.id === v.record_id)!;
    add(
      days,
      key(
        { kind: r.kind, item: r.catalog_item_code, code: r.source_unit_code, name: r.source_unit },
        chinaDateOf(new Date(Number(v.at))),
      ),
      { corrected: 1 },
    );
  }
  const log = await env.database.query<{
    item_code: string;
    source_unit_code: string;
    rejected: number;
    at: number;
  }>(
    `select item_code, source_unit_code, rejected,
            (extract(epoch from submitted_at) * 1000)::float8 as at from submission_log`,
  );
  for (const l of log) {
    add(
      days,
      key(
        { kind: 'SUBMISSION', item: l.item_code, code: l.source_unit_code, name: '' },
        chinaDateOf(new Date(Number(l.at))),
      ),
      { logged: 1, rejected: l.rejected },
    );
  }
  const expected = new Map<string, Counts>();
  for (const [k, counts] of days) {
    const [day, rest] = [k.slice(0, 10), k.slice(10)];
    add(expected, `D|${day}${rest}`, counts);
    add(expected, `M|${day.slice(0, 7)}-01${rest}`, counts);
    add(expected, `Y|${day.slice(0, 4)}-01-01${rest}`, counts);
  }

  type CounterRow = Record<(typeof COUNTER_COLUMNS)[number], number> & {
    grain: string;
    period: string;
    kind: string;
    catalog_item_code: string;
    source_unit_code: string;
    source_unit: string;
  };
  const stored = await env.database.query<CounterRow>(
    `select grain, period::text as period, kind, catalog_item_code, source_unit_code, source_unit,
            ${COUNTER_COLUMNS.join(', ')} from record_counters`,
  );
  const actual = new Map<string, Counts>();
  for (const row of stored) {
    add(
      actual,
      `${row.grain}|${row.period}|${row.kind}|${row.catalog_item_code}|${row.source_unit_code}|${row.source_unit}`,
      Object.fromEntries(COUNTER_COLUMNS.map(c => [c, Number(row[c])])),
    );
  }
  expect(nonZero(actual, COUNTER_COLUMNS)).toEqual(nonZero(expected, COUNTER_COLUMNS));

  const waiting = new Map<string, Counts>();
  for (const r of records.filter(x => x.disclosure_required && x.published_on === null)) {
    add(
      waiting,
      `${r.disclosure_deadline}|${r.decision_date}|${r.kind}|${r.catalog_item_code}|${r.source_unit_code}`,
      { n: 1 },
    );
  }
  const storedWaiting = await env.database.query<{
    deadline: string;
    decision_date: string;
    kind: string;
    catalog_item_code: string;
    source_unit_code: string;
    n: number;
  }>(
    `select deadline::text as deadline, decision_date::text as decision_date, kind,
            catalog_item_code, source_unit_code, n from unpublished_counters`,
  );
  const actualWaiting = new Map<string, Counts>();
  for (const row of storedWaiting) {
    add(
      actualWaiting,
      `${row.deadline}|${row.decision_date}|${row.kind}|${row.catalog_item_code}|${row.source_unit_code}`,
      { n: Number(row.n) },
    );
  }
  expect(nonZero(actualWaiting, ['n'])).toEqual(nonZero(waiting, ['n']));
}

/** disclosureStats and each status's totalCount as the stored records give them on `today`. */
async function expectAnswersExact(server: TestServer, today: CalendarDate): Promise<void> {
  const records = await storedRecords();
  const status = (r: StoredRecord) =>
    !r.disclosure_required
      ? 'NOT_REQUIRED'
      : r.published_on === null
        ? r.disclosure_deadline < today
          ? 'OVERDUE'
          : 'PENDING'
        : r.published_on <= r.disclosure_deadline
          ? 'ON_TIME'
          : 'LATE';
  for (const [from, to] of [
    ['2015-01-01', today],
    [addDays(today, -40), addDays(today, -3)],
  ] as const) {
    const inRange = records.filter(r => r.decision_date >= from && r.decision_date <= to);
    const units = [...new Set(inRange.map(r => r.source_unit_code))].sort();
    const stats = await server.execute(
      DisclosureStatsDocument,
      { from, to },
      { as: viewers.admin },
    );
    expect(stats.errors).toBeUndefined();
    expect(
      stats.data!.disclosureStats.map(s => ({
        code: s.sourceUnitCode,
        total: s.total,
        onTime: s.onTime,
        late: s.late,
        overdue: s.overdue,
        pending: s.pending,
        notRequired: s.notRequired,
      })),
      `${from}..${to} on ${today}`,
    ).toEqual(
      units.map(code => {
        const mine = inRange.filter(r => r.source_unit_code === code);
        const n = (s: string) => mine.filter(r => status(r) === s).length;
        return {
          code,
          total: mine.length,
          onTime: n('ON_TIME'),
          late: n('LATE'),
          overdue: n('OVERDUE'),
          pending: n('PENDING'),
          notRequired: n('NOT_REQUIRED'),
        };
      }),
    );
    // Due soon: not public, the deadline from today to the 3rd working day after it.
    const bound = await server.execute(DeadlineDocument, { decisionDate: today, workingDays: 3 });
    const dueBy = bound.data!.disclosureDeadline.deadline;
    const soon = await server.execute(
      DisclosureRecordsDocument,
      { filter: { dueWithin: 3, decisionFrom: from, decisionTo: to }, first: 100 },
      { as: viewers.admin },
    );
    const dueSoon = inRange.filter(r => status(r) === 'PENDING' && r.disclosure_deadline <= dueBy);
    expect(soon.data!.disclosureRecords.totalCount, `dueWithin 3 on ${today}`).toBe(dueSoon.length);
    expect(soon.data!.disclosureRecords.edges.map(e => e.node.id).sort()).toEqual(
      dueSoon.map(r => `${r.kind.toLowerCase()}:${r.id}`).sort(),
    );
    for (const s of ['OVERDUE', 'PENDING', 'ON_TIME', 'LATE', 'NOT_REQUIRED'] as const) {
      for (const unit of [null, AMR.code]) {
        const page = await server.execute(
          DisclosureRecordsDocument,
          {
            filter: { status: s, decisionFrom: from, decisionTo: to, sourceUnitCode: unit },
            first: 100,
          },
          { as: viewers.admin },
        );
        expect(page.errors).toBeUndefined();
        const wanted = inRange.filter(
          r => status(r) === s && (unit === null || r.source_unit_code === unit),
        );
        expect(page.data!.disclosureRecords.totalCount, `${s} ${unit} on ${today}`).toBe(
          wanted.length,
        );
        expect(wanted.length).toBeLessThanOrEqual(100);
        expect(page.data!.disclosureRecords.edges.map(e => e.node.id).sort()).toEqual(
          wanted.map(r => `${r.kind.toLowerCase()}:${r.id}`).sort(),
        );
      }
    }
  }
}

describe('disclosureRecords(filter: { dueWithin })', () => {
  it('refuses a count of working days outside 1–366, naming the filter field', async () => {
    for (const dueWithin of [0, 367]) {
      const result = await env.server.execute(
        DisclosureRecordsDocument,
        { filter: { dueWithin }, first: 10 },
        { as: viewers.admin },
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.dueWithin',
      });
    }
  });
});

describe('record_counters and unpublished_counters', () => {
  it('equal a full recomputation after random submissions, corrections, revocations, publications, deadline passes and a calendar change', async () => {
    await env.database.query(
      "UPDATE catalog_items SET requires_review = true WHERE code = 'ADMIN_PENALTY'",
    );
    const seed = 20_261_230;
    const r = createRandom(seed);
    const departments = [
      { unit: AMR, as: viewers.provider },
      { unit: ECO, as: viewers.otherProvider },
    ];
    const submitted: { kind: 'LICENSING' | 'PENALTY'; input: Record<string, unknown> }[] = [];
    const ids: { id: string; unit: string }[] = [];
    // The clock moves on from the pinned day; each server sees its own today.
    const instants = [
      '2026-12-30T02:00:00Z',
      '2027-01-06T03:00:00Z',
      '2027-01-13T16:30:00Z',
      '2027-02-20T02:00:00Z',
    ];
    for (const [step, instant] of instants.entries()) {
      const server = await createTestServer(env.database, fixedClock(instant));
      const today = chinaDateOf(new Date(instant));
      try {
        for (let i = 0; i < 6; i += 1) {
          const action = r.int(0, 11);
          if (action <= 5 || submitted.length === 0) {
            const { unit, as } = r.pick(departments);
            const kind = r.chance(0.5) ? 'LICENSING' : 'PENALTY';
            const rows = Array.from({ length: r.int(1, 6) }, () => {
              const decisionDate = addDays(today, -r.int(0, r.chance(0.3) ? 400 : 20));
              const common = {
                decisionDate,
                sourceUnit: unit.name,
                sourceUnitCode: unit.code,
                authority: unit.name,
                authorityCode: unit.code,
                ...(r.chance(0.1) ? { usageScope: 'GOVERNMENT' as const } : {}),
                ...(r.chance(0.05) ? { status: 'INVALID' as const } : {}),
                ...(r.chance(0.05) ? { creditCode: '91110108MA0000000X' } : {}),
              };
              return kind === 'LICENSING'
                ? buildLicensingInput({
                    ...common,
                    validFrom: decisionDate,
                    validTo: addDays(decisionDate, 800),
                  })
                : buildPenaltyInput({
                    ...common,
                    penaltyValidUntil: addDays(decisionDate, 200),
                  });
            });
            const result =
              kind === 'LICENSING'
                ? (await server.execute(SubmitLicensingDocument, { records: rows }, { as })).data
                    ?.submitLicensingRecords
                : (await server.execute(SubmitPenaltyDocument, { records: rows }, { as })).data
                    ?.submitPenaltyRecords;
            expect(result, `seed ${seed} step ${step}`).toBeDefined();
            rows.forEach((input, index) => {
              if (!result!.rejected.some(x => x.index === index)) {
                submitted.push({ kind, input: input as Record<string, unknown> });
              }
            });
            ids.push(...result!.records.map(x => ({ id: x.id, unit: unit.code })));
          } else if (action <= 7) {
            // A correction: the same document with another content, sometimes another day.
            const { kind, input } = r.pick(submitted);
            const decisionDate = r.chance(0.5)
              ? addDays(input['decisionDate'] as string, -r.int(1, 10))
              : (input['decisionDate'] as string);
            const changed = {
              ...input,
              content: `${input['content'] as string}（更正${r.int(1, 1e6)}）`,
              decisionDate,
              ...(kind === 'LICENSING' ? { validFrom: decisionDate } : {}),
            };
            const unit =
              input['sourceUnitCode'] === AMR.code ? viewers.provider : viewers.otherProvider;
            const result =
              kind === 'LICENSING'
                ? await server.execute(
                    SubmitLicensingDocument,
                    { records: [changed] },
                    { as: unit },
                  )
                : await server.execute(SubmitPenaltyDocument, { records: [changed] }, { as: unit });
            expect(result.errors, `seed ${seed} step ${step}`).toBeUndefined();
            input['content'] = changed.content;
            input['decisionDate'] = decisionDate;
          } else if (action <= 9 && ids.length > 0) {
            // Revoked by the credit office, or withdrawn by its department.
            const [{ id, unit }] = ids.splice(r.int(0, ids.length - 1), 1) as [(typeof ids)[0]];
            const revoked = await server.execute(
              RevokeRecordDocument,
              { id, reason: '依法撤销' },
              {
                as: r.chance(0.5)
                  ? viewers.admin
                  : unit === AMR.code
                    ? viewers.provider
                    : viewers.otherProvider,
              },
            );
            expect(revoked.errors, `seed ${seed} step ${step}`).toBeUndefined();
          } else {
            const waiting = await env.database.query<{ id: number }>(
              'select id::int as id from penalty_records where published_at is null and disclosure_required and revoked_at is null',
            );
            const chosen = waiting.filter(() => r.chance(0.5)).map(w => `penalty:${w.id}`);
            if (chosen.length > 0) {
              const published = await server.execute(
                PublishRecordsDocument,
                { ids: chosen },
                { as: viewers.admin },
              );
              expect(published.errors, `seed ${seed} step ${step}`).toBeUndefined();
            }
          }
        }
        if (step === 1) {
          // The notice for 2027: its days off move the provisional deadlines, in one statement.
          const loaded = await server.execute(
            LoadHolidayCalendarDocument,
            {
              year: 2027,
              daysOff: ['2027-01-01', '2027-01-04', '2027-01-05', '2027-02-08', '2027-02-09'],
              makeUpWorkdays: ['2027-02-06'],
            },
            { as: viewers.admin },
          );
          expect(loaded.errors).toBeUndefined();
          expect(loaded.data!.loadHolidayCalendar.recomputedRecords).toBeGreaterThan(0);
        }
        await expectCountersExact();
        await expectAnswersExact(server, today);
      } finally {
        await server.apollo.stop();
      }
    }
    // Every kind of change happened.
    const [{ versions, revoked, published } = { versions: 0, revoked: 0, published: 0 }] =
      await env.database.query<{ versions: number; revoked: number; published: number }>(
        `select (select count(*)::int from record_versions) as versions,
                (select count(*)::int from licensing_records where revoked_at is not null)
                  + (select count(*)::int from penalty_records where revoked_at is not null) as revoked,
                (select count(*)::int from penalty_records where published_at is not null) as published`,
      );
    expect(versions).toBeGreaterThan(0);
    expect(revoked).toBeGreaterThan(0);
    expect(published).toBeGreaterThan(0);
  });
});
