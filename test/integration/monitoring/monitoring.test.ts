import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import type { Viewer } from '../../../src/auth/viewer.js';
import { Role } from '../../../src/auth/viewer.js';
import { executeRows } from '../../../src/db/execute.js';
import { ChangeKind, recordChanges } from '../../../src/modules/change-outbox/index.js';
import { composeCreditCode } from '../../../src/modules/credit-code/index.js';
import { monitorSubjects, sweepPublicityEnded } from '../../../src/modules/monitoring/index.js';
import { QueryPlanner } from '../../../src/modules/planner/index.js';
import { addDays, fixedClock } from '../../../src/shared/dates.js';
import {
  AcceptObjectionDocument,
  ChangeIdsDocument,
  type ChangeIdsQuery,
  ChangesDocument,
  DecideObjectionDocument,
  FileObjectionWithDeadlinesDocument,
  MonitorSubjectsDocument,
  MonitoredSubjectsDocument,
  RemoveListEntryDocument,
  RevokeRecordDocument,
  SubmitListEntriesDocument,
  SubmitPenaltyDocument,
  UnmonitorSubjectsDocument,
} from '../../__generated__/graphql.js';
import { testClock } from '../../support/clock.js';
import {
  SUBJECT_CODE,
  buildPenaltyInput,
  enterpriseCode,
} from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { createTestServer, errorCodes } from '../../support/server.js';
import { AMR, viewers } from '../../support/viewers.js';

const env = useIntegration();
const PURPOSE = '贷后管理';
const ID_NUMBER = '11010519491231002X';

const otherInstitution: Viewer = {
  role: Role.INSTITUTION,
  keyId: null,
  organizationName: '某信用评级有限公司',
  organizationCode: composeCreditCode('91', '110000', '20002000'),
};

async function monitor(codes: string[], as: Viewer = viewers.institution) {
  const result = await env.server.execute(
    MonitorSubjectsDocument,
    { codes, purpose: PURPOSE },
    { as },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.monitorSubjects;
}

async function submitPenalty(overrides: Parameters<typeof buildPenaltyInput>[0] = {}) {
  const result = await env.server.execute(
    SubmitPenaltyDocument,
    { records: [buildPenaltyInput(overrides)] },
    { as: viewers.provider },
  );
  expect(result.data!.submitPenaltyRecords.rejected).toEqual([]);
  return result.data!.submitPenaltyRecords.records[0]!.id;
}

type Edge = ChangeIdsQuery['changes']['edges'][number];

/** Every change of the institution's feed after a cursor, page by page. */
async function feedAfter(after: string | null, as: Viewer = viewers.institution, first = 100) {
  const edges: Edge[] = [];
  let cursor = after;
  for (;;) {
    const page = await env.server.execute(ChangeIdsDocument, { after: cursor, first }, { as });
    expect(page.errors).toBeUndefined();
    edges.push(...page.data!.changes.edges);
    cursor = page.data!.changes.pageInfo.endCursor ?? cursor;
    if (!page.data!.changes.pageInfo.hasNextPage) {
      return edges;
    }
  }
}

/**
 * The feed once it holds `count` changes. A change is read once every transaction older than
 * it has ended, on the whole server: another database's open transaction can hold it back a
 * moment.
 */
async function feedOf(count: number, as: Viewer = viewers.institution): Promise<Edge[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const edges = await feedAfter(null, as);
    if (edges.length >= count || Date.now() > deadline) {
      return edges;
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

describe('monitoring lists', () => {
  it('adds codes idempotently, counts re-added and missing codes as unchanged, and lists them with their purpose', async () => {
    const [a, b, c] = [enterpriseCode(), enterpriseCode(), enterpriseCode()];
    expect(await monitor([a, b, a])).toEqual({ added: 2, removed: 0, unchanged: 0, rejected: [] });
    expect(await monitor([a, c])).toEqual({ added: 1, removed: 0, unchanged: 1, rejected: [] });
    const list = await env.server.execute(
      MonitoredSubjectsDocument,
      { first: 2 },
      { as: viewers.institution },
    );
    expect(list.data!.monitoredSubjects.totalCount).toBe(3);
    const sorted = [a, b, c].sort();
    expect(list.data!.monitoredSubjects.edges.map(e => e.node.subjectCode)).toEqual(
      sorted.slice(0, 2),
    );
    expect(list.data!.monitoredSubjects.edges[0]!.node.purpose).toBe(PURPOSE);
    const rest = await env.server.execute(
      MonitoredSubjectsDocument,
      { first: 2, after: list.data!.monitoredSubjects.pageInfo.endCursor },
      { as: viewers.institution },
    );
    expect(rest.data!.monitoredSubjects.edges.map(e => e.node.subjectCode)).toEqual(
      sorted.slice(2),
    );
    expect(rest.data!.monitoredSubjects.pageInfo.hasNextPage).toBe(false);
    // Listing is a query of the codes listed, logged with the purpose they are monitored for.
    const logged = await executeRows<{ subject_code: string; purpose: string }>(
      env.database.db,
      sql`select subject_code, purpose from access_log where operation = 'query MonitoredSubjects'`,
    );
    expect(logged.map(row => row.subject_code).sort()).toEqual(sorted);
    expect(new Set(logged.map(row => row.purpose))).toEqual(new Set([PURPOSE]));

    const removed = await env.server.execute(
      UnmonitorSubjectsDocument,
      { codes: [b, enterpriseCode()] },
      { as: viewers.institution },
    );
    expect(removed.data!.unmonitorSubjects).toEqual({
      added: 0,
      removed: 1,
      unchanged: 1,
      rejected: [],
    });
    // Another institution's list is its own.
    const other = await env.server.execute(MonitoredSubjectsDocument, {}, { as: otherInstitution });
    expect(other.data!.monitoredSubjects.totalCount).toBe(0);
    const audit = await executeRows<{ action: string }>(
      env.database.db,
      sql`select action from audit_events where entity_type = 'monitoring_list' order by id`,
    );
    expect(audit.map(row => row.action)).toEqual([
      'monitoring.add',
      'monitoring.add',
      'monitoring.remove',
    ]);
  });

  it('rejects a code that is not valid by its index and applies the rest, and refuses a call without a purpose or with too many codes', async () => {
    const good = enterpriseCode();
    // An uploaded list reaches the service as text; GraphQL refuses such a code in the variable.
    const result = await monitorSubjects(
      env.database.db,
      viewers.institution,
      testClock,
      ['91110108MA01C3D470', good, '  '],
      PURPOSE,
      'en',
    );
    expect(result.added).toBe(1);
    expect(result.rejected.map(r => [r.index, r.field, r.code])).toEqual([
      [0, 'codes', 'INVALID_CREDIT_CODE'],
      [2, 'codes', 'INVALID_CREDIT_CODE'],
    ]);
    expect(result.rejected[0]!.message).toContain('91110108MA01C3D470');

    const invalid = await env.server.execute(
      MonitorSubjectsDocument,
      { codes: ['91110108MA01C3D470'], purpose: PURPOSE },
      { as: viewers.institution },
    );
    expect(errorCodes(invalid)).toEqual(['BAD_USER_INPUT']);
    const noPurpose = await env.server.execute(
      MonitorSubjectsDocument,
      { codes: [good], purpose: '  ' },
      { as: viewers.institution },
    );
    expect(noPurpose.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'purpose',
    });
    const tooMany = await env.server.execute(
      MonitorSubjectsDocument,
      { codes: Array.from({ length: 10_001 }, () => good), purpose: PURPOSE },
      { as: viewers.institution },
    );
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'codes',
    });
  });

  it.each([
    ['the public', viewers.anonymous],
    ['a regulator', viewers.regulator],
    ['a provider', viewers.provider],
    ['the credit office', viewers.admin],
  ])('refuses %s (only an INSTITUTION monitors and reads the feed)', async (_who, as) => {
    const code = enterpriseCode();
    for (const result of [
      await env.server.execute(
        MonitorSubjectsDocument,
        { codes: [code], purpose: PURPOSE },
        { as },
      ),
      await env.server.execute(UnmonitorSubjectsDocument, { codes: [code] }, { as }),
      await env.server.execute(MonitoredSubjectsDocument, {}, { as }),
      await env.server.execute(ChangesDocument, {}, { as }),
    ]) {
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    }
  });
});

describe('the change feed', () => {
  it('shows a monitored subject’s new penalty once, in order, with the institution’s masking, and its revocation after it', async () => {
    await monitor([SUBJECT_CODE]);
    const penaltyId = await submitPenalty({
      legalRepresentativeIdType: '身份证',
      legalRepresentativeIdNumber: ID_NUMBER,
    });
    const revoked = await env.server.execute(
      RevokeRecordDocument,
      { id: penaltyId, reason: '决定已被撤销' },
      { as: viewers.admin },
    );
    expect(revoked.errors).toBeUndefined();
    await feedOf(2);
    const page = await env.server.execute(ChangesDocument, {}, { as: viewers.institution });
    expect(page.errors).toBeUndefined();
    const changes = page.data!.changes;
    expect(changes.totalCount).toBe(2);
    expect(changes.edges.map(e => [e.node.kind, e.node.recordId, e.node.subjectCode])).toEqual([
      ['RECORD_PUBLISHED', penaltyId, SUBJECT_CODE],
      ['RECORD_REVOKED', penaltyId, SUBJECT_CODE],
    ]);
    expect(changes.edges[0]!.node.occurredAt).toBe(testClock.now().toISOString());
    // The subject as the institution's own query shows it: ID numbers masked, the revoked
    // penalty no longer among its records.
    const subject = changes.edges[0]!.node.subject!;
    expect(subject.code).toBe(SUBJECT_CODE);
    expect(subject.penaltyRecords.totalCount).toBe(0);
    expect(changes.pageInfo.hasNextPage).toBe(false);
    const after = await env.server.execute(
      ChangesDocument,
      { after: changes.pageInfo.endCursor },
      { as: viewers.institution },
    );
    expect(after.data!.changes.edges).toEqual([]);
    expect(after.data!.changes.pageInfo.hasPreviousPage).toBe(true);
  });

  it('resolves the subject with the institution’s field rules and masking, and logs the read with the monitoring purpose', async () => {
    await monitor([SUBJECT_CODE]);
    await submitPenalty({
      legalRepresentativeIdType: '身份证',
      legalRepresentativeIdNumber: ID_NUMBER,
    });
    await feedOf(1);
    const page = await env.server.execute(ChangesDocument, {}, { as: viewers.institution });
    const subject = page.data!.changes.edges[0]!.node.subject!;
    expect(subject.legalRepresentativeIdNumber).toBe('110105********002X');
    expect(subject.penaltyRecords.edges[0]!.node.legalRepresentativeIdNumber).toBe(
      '110105********002X',
    );
    const logged = await executeRows<{ purpose: string | null }>(
      env.database.db,
      sql`select purpose from access_log
          where operation = 'query Changes' and subject_code = ${SUBJECT_CODE}`,
    );
    expect(logged).toEqual([{ purpose: PURPOSE }]);
  });

  it('is planned into one statement that answers as the resolvers do, access-log rows included', async () => {
    const planner = new QueryPlanner();
    const server = await createTestServer(env.database, testClock, { planner });
    const otherCode = enterpriseCode();
    await monitor([SUBJECT_CODE, otherCode]);
    await submitPenalty();
    await submitPenalty({ creditCode: otherCode });
    await submitPenalty();
    await feedOf(3);
    const logRows = () =>
      executeRows(
        env.database.db,
        sql`select occurred_at, key_id, role, organization_code, subject_code, purpose, operation, data_read
            from access_log where operation = 'query Changes' order by id`,
      );
    for (const variables of [{}, { first: 2 }]) {
      const before = (await logRows()).length;
      const resolved = await env.server.execute(ChangesDocument, variables, {
        as: viewers.institution,
      });
      const resolvedLog = (await logRows()).slice(before);
      const planned = await server.execute(ChangesDocument, variables, {
        as: viewers.institution,
      });
      const plannedLog = (await logRows()).slice(before + resolvedLog.length);
      expect(planned).toEqual(resolved);
      expect(plannedLog).toEqual(resolvedLog);
      expect(resolvedLog.length).toBeGreaterThan(0);
      // Its next page, after the first page's cursor.
      const after = resolved.data!.changes.pageInfo.endCursor;
      expect(
        await server.execute(ChangesDocument, { ...variables, after }, { as: viewers.institution }),
      ).toEqual(
        await env.server.execute(
          ChangesDocument,
          { ...variables, after },
          { as: viewers.institution },
        ),
      );
    }
    expect(planner.stats()).toMatchObject({ planned: 4, fallbacks: 0 });
    await server.apollo.stop();
  });

  it('never gives an institution a change of a code it does not monitor, nor one from before it monitored the code', async () => {
    const watched = enterpriseCode();
    const unwatched = enterpriseCode();
    await submitPenalty({ creditCode: watched }); // before monitoring: not in the feed
    await monitor([watched]);
    await monitor([unwatched], otherInstitution);
    const later = await submitPenalty({ creditCode: watched });
    const elsewhere = await submitPenalty({ creditCode: unwatched });
    const mine = await feedOf(1);
    expect(mine.map(e => [e.node.subjectCode, e.node.recordId])).toEqual([[watched, later]]);
    const theirs = await feedOf(1, otherInstitution);
    expect(theirs.map(e => [e.node.subjectCode, e.node.recordId])).toEqual([
      [unwatched, elsewhere],
    ]);
    // Once unmonitored, a code's new changes stay out of the feed.
    await env.server.execute(
      UnmonitorSubjectsDocument,
      { codes: [watched] },
      { as: viewers.institution },
    );
    await submitPenalty({ creditCode: watched });
    await submitPenalty({ creditCode: unwatched });
    await feedOf(2, otherInstitution);
    expect(await feedAfter(null)).toEqual([]);
  });

  it('names each kind of change: correction, withdrawal, objection opened and decided, list entry added and removed', async () => {
    await monitor([SUBJECT_CODE]);
    const input = buildPenaltyInput();
    const stored = await env.server.execute(
      SubmitPenaltyDocument,
      { records: [input] },
      { as: viewers.provider },
    );
    const penaltyId = stored.data!.submitPenaltyRecords.records[0]!.id;
    await env.server.execute(
      SubmitPenaltyDocument,
      { records: [{ ...input, facts: `${input.facts}（更正）` }] },
      { as: viewers.provider },
    );
    const filed = await env.server.execute(FileObjectionWithDeadlinesDocument, {
      input: {
        targetId: penaltyId,
        filerName: '王伟',
        filerContact: '13800000000',
        grounds: '处罚决定已被行政复议撤销',
      },
    });
    const objectionId = filed.data!.fileObjection.id;
    await env.server.execute(
      AcceptObjectionDocument,
      { id: objectionId, accept: true },
      { as: viewers.admin },
    );
    const decided = await env.server.execute(
      DecideObjectionDocument,
      { id: objectionId, outcome: 'UPHELD' },
      { as: viewers.provider },
    );
    expect(decided.errors).toBeUndefined();
    const withdrawn = await env.server.execute(
      RevokeRecordDocument,
      { id: penaltyId, reason: '本单位撤回' },
      { as: viewers.provider },
    );
    expect(withdrawn.errors).toBeUndefined();
    const listed = await env.server.execute(
      SubmitListEntriesDocument,
      {
        entries: [
          {
            listType: 'BLACK',
            subjectName: '北京华信科技有限公司',
            subjectCode: SUBJECT_CODE,
            documentNumber: '京市监失信〔2025〕1号',
            listingAuthority: AMR.name,
            listingAuthorityCode: AMR.code,
            basis: '《严重违法失信企业名单管理暂行办法》',
            reason: '提交虚假材料取得登记',
            listedOn: addDays(testClock.today(), -10),
          },
        ],
      },
      { as: viewers.provider },
    );
    const entryId = listed.data!.submitListEntries.listEntries[0]!.id;
    const removed = await env.server.execute(
      RemoveListEntryDocument,
      { id: entryId, reason: '依法移出' },
      { as: viewers.provider },
    );
    expect(removed.errors).toBeUndefined();
    const feed = await feedOf(7);
    expect(feed.map(e => [e.node.kind, e.node.recordId])).toEqual([
      ['RECORD_PUBLISHED', penaltyId],
      ['RECORD_CORRECTED', penaltyId],
      ['OBJECTION_OPENED', penaltyId],
      ['OBJECTION_DECIDED', penaltyId],
      ['RECORD_WITHDRAWN', penaltyId],
      ['LIST_ENTRY_ADDED', entryId],
      ['LIST_ENTRY_REMOVED', entryId],
    ]);
  });

  it('writes PUBLICITY_ENDED once when the clock passes a penalty’s publicity maximum, however often the sweep runs', async () => {
    await monitor([SUBJECT_CODE]);
    const penaltyId = await submitPenalty();
    const [row] = await executeRows<{ end: string }>(
      env.database.db,
      sql`select to_char(publicity_max_end, 'YYYY-MM-DD') as "end" from penalty_records`,
    );
    const onDay = (date: string) => fixedClock(`${date}T04:00:00.000Z`);
    // The first sweep starts the feed's clock; the last day in publicity ends nothing.
    expect(await sweepPublicityEnded(env.database.primary, onDay(row!.end))).toBe(0);
    expect(await sweepPublicityEnded(env.database.primary, onDay(row!.end))).toBe(0);
    const dayAfter = addDays(row!.end, 1);
    expect(await sweepPublicityEnded(env.database.primary, onDay(dayAfter))).toBe(1);
    expect(await sweepPublicityEnded(env.database.primary, onDay(dayAfter))).toBe(0);
    expect(await sweepPublicityEnded(env.database.primary, onDay(addDays(dayAfter, 3)))).toBe(0);
    const feed = await feedOf(2);
    expect(feed.map(e => [e.node.kind, e.node.recordId])).toEqual([
      ['RECORD_PUBLISHED', penaltyId],
      ['PUBLICITY_ENDED', penaltyId],
    ]);
  });

  it('lets a consumer that restarts from its last cursor lose and repeat nothing', async () => {
    await monitor([SUBJECT_CODE]);
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.push(await submitPenalty());
    }
    await feedOf(5);
    // Read two pages of two, "crash", and start again from the last cursor kept.
    const first = await env.server.execute(
      ChangeIdsDocument,
      { first: 2 },
      { as: viewers.institution },
    );
    const second = await env.server.execute(
      ChangeIdsDocument,
      { first: 2, after: first.data!.changes.pageInfo.endCursor },
      { as: viewers.institution },
    );
    const kept = second.data!.changes.pageInfo.endCursor;
    const resumed = await feedAfter(kept, viewers.institution, 1);
    const seen = [...first.data!.changes.edges, ...second.data!.changes.edges, ...resumed].map(
      e => e.node.recordId,
    );
    expect(seen).toEqual(ids);
    const malformed = await env.server.execute(
      ChangeIdsDocument,
      { after: 'not-a-cursor' },
      { as: viewers.institution },
    );
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
      reason: 'MALFORMED_CURSOR',
    });
  });

  // PGlite is one connection, so only a server holds two transactions at once.
  it.skipIf(!process.env['TEST_DATABASE_URL'])(
    'never skips a change committed after a later one with a larger id',
    async () => {
      const code = enterpriseCode();
      await monitor([code]);
      const change = (recordId: string) => ({
        subjectCode: code,
        kind: ChangeKind.RECORD_PUBLISHED,
        recordId,
        occurredAt: testClock.now(),
      });
      const hold = () => {
        let release!: () => void;
        const held = new Promise<void>(resolve => (release = resolve));
        return { held, release };
      };
      // Case 1: A takes the smaller id and commits after B.
      const a = hold();
      let aWrote!: () => void;
      const aWritten = new Promise<void>(resolve => (aWrote = resolve));
      const txA = env.database.primary.transaction(async tx => {
        await recordChanges(tx, [change('penalty:1')]);
        aWrote();
        await a.held;
      });
      await aWritten;
      await env.database.primary.transaction(tx => recordChanges(tx, [change('penalty:2')]));
      // B is committed, but a reader must not pass it while A, older, may still commit.
      const whileOpen = await feedAfter(null);
      expect(whileOpen.map(e => e.node.recordId)).toEqual([]);
      a.release();
      await txA;
      const both = await feedOf(2);
      expect(both.map(e => e.node.recordId)).toEqual(['penalty:1', 'penalty:2']);
      const cursor = both[1]!.cursor;

      // Case 2: D's transaction is older (it wrote first), C takes the smaller outbox id and
      // commits last: a reader that passed D must still get C.
      let dStarted!: () => void;
      const dOpen = new Promise<void>(resolve => (dStarted = resolve));
      let dWrite!: () => void;
      const dMayWrite = new Promise<void>(resolve => (dWrite = resolve));
      const txD = env.database.primary.transaction(async tx => {
        await tx.execute(sql`select pg_current_xact_id()`);
        dStarted();
        await dMayWrite;
        await recordChanges(tx, [change('penalty:4')]);
      });
      await dOpen;
      const c = hold();
      let cWrote!: () => void;
      const cWritten = new Promise<void>(resolve => (cWrote = resolve));
      const txC = env.database.primary.transaction(async tx => {
        await recordChanges(tx, [change('penalty:3')]);
        cWrote();
        await c.held;
      });
      await cWritten;
      dWrite();
      await txD;
      const [ids] = await executeRows<{ n: number }>(
        env.database.db,
        sql`select count(*)::int as n from change_outbox where record_id in ('penalty:3', 'penalty:4')`,
      );
      expect(ids!.n).toBe(1); // C is not committed yet
      const passedD = await feedOf(3);
      expect(passedD.slice(2).map(e => e.node.recordId)).toEqual(['penalty:4']);
      c.release();
      await txC;
      const deadline = Date.now() + 30_000;
      let rest = await feedAfter(passedD[2]!.cursor);
      while (rest.length === 0 && Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 200));
        rest = await feedAfter(passedD[2]!.cursor);
      }
      expect(rest.map(e => e.node.recordId)).toEqual(['penalty:3']);
      expect((await feedAfter(cursor)).map(e => e.node.recordId)).toEqual([
        'penalty:4',
        'penalty:3',
      ]);
    },
  );
});
