import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Database } from '../../../src/db/client.js';
import { memoryProfileStore } from '../../../src/modules/profile-cache/index.js';
import {
  AcceptObjectionDocument,
  AccessLogDocument,
  CachedProfileDocument,
  FileObjectionDocument,
  RevokeRecordDocument,
  SearchSubjectsDocument,
  SearchWithRecordsDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import { openTestDatabase, statementCounter, truncateDomainTables } from '../../support/db.js';
import {
  SUBJECT_CODE,
  buildPenaltyInput,
  enterpriseCode,
} from '../../support/factories/records.js';
import { type TestServer, createTestServer } from '../../support/server.js';
import { viewers } from '../../support/viewers.js';

/**
 * The public-profile cache, with two instances over one database, each with its own memory
 * store: what one writes, the other shows at once, because the counters live in the database.
 */
describe('public-profile cache', () => {
  let database: Database;
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    database = await openTestDatabase();
    first = await createTestServer(database, undefined, {
      profileStore: memoryProfileStore(16, 600_000),
    });
    second = await createTestServer(database, undefined, {
      profileStore: memoryProfileStore(16, 600_000),
    });
  });
  afterAll(async () => {
    await first.apollo.stop();
    await second.apollo.stop();
    await database.close();
  });
  beforeEach(async () => {
    await truncateDomainTables(database);
    await first.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput(), buildPenaltyInput()] },
      { as: viewers.admin },
    );
  });

  async function profile(server: TestServer, code = SUBJECT_CODE) {
    statementCounter.start();
    const result = await server.execute(CachedProfileDocument, { code });
    const issued = statementCounter.stop();
    expect(result.errors).toBeUndefined();
    return { subject: result.data!.subject!, statements: issued.length, issued };
  }

  it('answers a repeated public profile with one statement, and the same data', async () => {
    // Computed: the counters' read, then the planned profile statement.
    const computed = await profile(first);
    expect(computed.subject.penaltyRecords.totalCount).toBe(2);
    expect(computed.statements).toBe(2);
    expect(computed.issued[0]).toContain('subject_generations');
    expect(computed.issued[1]).toContain('json_build_object');
    // Cached: the counters' read alone.
    const cached = await profile(first);
    expect(cached.statements).toBe(1);
    expect(cached.issued[0]).toContain('subject_generations');
    expect(cached.subject).toEqual(computed.subject);
  });

  it('shows a write about the subject at once, on every instance', async () => {
    await profile(first);
    await profile(second);
    expect((await profile(second)).statements).toBe(1);

    await first.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput()] },
      { as: viewers.admin },
    );
    const afterWrite = await profile(second);
    expect(afterWrite.statements).toBeGreaterThan(1);
    expect(afterWrite.subject.penaltyRecords.totalCount).toBe(3);
    expect((await profile(first)).subject.penaltyRecords.totalCount).toBe(3);
  });

  it('shows 异议处理中 as soon as the credit office accepts an objection, not on filing', async () => {
    const before = await profile(second);
    const target = before.subject.penaltyRecords.edges[0]!.node;
    expect(target.underObjection).toBe(false);
    const filed = await first.execute(FileObjectionDocument, {
      input: {
        targetId: target.id,
        filerName: '王五',
        filerContact: '13900000000',
        grounds: '处罚对象认定有误，请核实。',
      },
    });
    const node = async () =>
      (await profile(second)).subject.penaltyRecords.edges.find(e => e.node.id === target.id)!.node;
    expect(await node()).toEqual({ id: target.id, underObjection: false });
    await first.execute(
      AcceptObjectionDocument,
      { id: filed.data!.fileObjection.id, accept: true },
      { as: viewers.admin },
    );
    expect(await node()).toEqual({ id: target.id, underObjection: true });
  });

  it('keeps a subject cached when other subjects change', async () => {
    await profile(first);
    await first.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput({ creditCode: enterpriseCode(777_001) })] },
      { as: viewers.admin },
    );
    expect((await profile(first)).statements).toBe(1);
  });

  it('starts afresh when the catalog changes, since scopes decide what is public', async () => {
    await profile(first);
    await database.query(
      `update catalog_items set updated_at = updated_at where code = 'RED_LIST'`,
    );
    expect((await profile(first)).statements).toBeGreaterThan(1);
  });

  it('caches name search until a subject changes', async () => {
    const search = async () => {
      statementCounter.start();
      const result = await second.execute(SearchSubjectsDocument, { query: '科技', first: 10 });
      const statements = statementCounter.stop().length;
      expect(result.errors).toBeUndefined();
      return { total: result.data!.searchSubjects.totalCount, statements };
    };
    const computed = await search();
    expect(computed.total).toBe(1);
    expect(computed.statements).toBeGreaterThan(1);
    expect(await search()).toEqual({ total: computed.total, statements: 1 });

    await first.execute(
      SubmitPenaltyDocument,
      {
        records: [
          buildPenaltyInput({
            creditCode: enterpriseCode(777_002),
            counterpartName: '北京新测试科技有限公司',
          }),
        ],
      },
      { as: viewers.admin },
    );
    const afterNewSubject = await search();
    expect(afterNewSubject.statements).toBeGreaterThan(1);
    expect(afterNewSubject.total).toBe(2);
  });

  it('shows a revoked record nowhere on the next request, search included, on every instance', async () => {
    const search = async (server: TestServer) => {
      statementCounter.start();
      const result = await server.execute(SearchWithRecordsDocument, { query: '科技' });
      const statements = statementCounter.stop().length;
      expect(result.errors).toBeUndefined();
      const node = result.data!.searchSubjects.edges.find(e => e.node.code === SUBJECT_CODE)!.node;
      return { penalties: node.penaltyRecords, statements };
    };
    const before = await search(second);
    expect(before.penalties.totalCount).toBe(2);
    // A search that shows records (here through a fragment) is not kept under the search
    // counter alone.
    expect((await search(second)).statements).toBe(before.statements);
    const revoked = before.penalties.edges[0]!.node.id;
    const revocation = await first.execute(
      RevokeRecordDocument,
      { id: revoked, reason: '决定已被依法撤销' },
      { as: viewers.admin },
    );
    expect(revocation.errors).toBeUndefined();
    for (const server of [first, second]) {
      const after = await search(server);
      expect(after.penalties.totalCount).toBe(1);
      expect(after.penalties.edges.map(e => e.node.id)).not.toContain(revoked);
      const shown = await profile(server);
      expect(shown.subject.penaltyRecords.edges.map(e => e.node.id)).not.toContain(revoked);
    }
  });

  it('never serves institutions or regulators from the cache: each of their queries is logged', async () => {
    for (let i = 0; i < 2; i += 1) {
      statementCounter.start();
      const result = await first.execute(
        CachedProfileDocument,
        { code: SUBJECT_CODE, purpose: '行政审批' },
        { as: viewers.regulator },
      );
      expect(result.data!.subject!.penaltyRecords.totalCount).toBe(2);
      // Computed each time, the counters not even read: the planned statement, which logs.
      const issued = statementCounter.stop();
      expect(issued).toHaveLength(1);
      expect(issued[0]).toContain('insert into "access_log"');
      expect(issued[0]).not.toContain('subject_generations');
    }
    const log = await first.execute(
      AccessLogDocument,
      { subjectCode: SUBJECT_CODE },
      { as: viewers.admin },
    );
    expect(log.data!.accessLog.totalCount).toBe(2);
  });
});
