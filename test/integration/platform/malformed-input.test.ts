import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Viewer } from '../../../src/auth/viewer.js';
import type { Database } from '../../../src/db/client.js';
import { loggableError } from '../../../src/db/errors.js';
import { type Logger, createLogger } from '../../../src/shared/logger.js';
import { SubmitLicensingDocument, SubmitPenaltyDocument } from '../../__generated__/graphql.js';
import { openTestDatabase, truncateDomainTables } from '../../support/db.js';
import {
  SUBJECT_CODE,
  buildLicensingInput,
  buildPenaltyInput,
} from '../../support/factories/records.js';
import { type TestServer, createTestServer } from '../../support/server.js';
import { viewers } from '../../support/viewers.js';

/** Everything the server logs, as the JSON line it writes. */
const logged: string[] = [];
const logger: Logger = createLogger('debug', { destination: { write: line => logged.push(line) } });

let database: Database;
let planned: TestServer;
let resolversOnly: TestServer;

beforeAll(async () => {
  database = await openTestDatabase();
  planned = await createTestServer(database, undefined, { logger });
  resolversOnly = await createTestServer(database, undefined, { logger, planner: null });
});
afterAll(async () => {
  await planned.apollo.stop();
  await resolversOnly.apollo.stop();
  await database.close();
});
beforeEach(async () => {
  await truncateDomainTables(database);
  await planned.execute(
    SubmitLicensingDocument,
    { records: [buildLicensingInput()] },
    { as: viewers.provider },
  );
  await planned.execute(
    SubmitPenaltyDocument,
    { records: [buildPenaltyInput()] },
    { as: viewers.provider },
  );
  logged.length = 0;
});

const cursor = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const DASHES = '-'.repeat(36);
const INJECTION = "1' or '1'='1";

/** Text that only a statement, or a failed query's message, would put in a log line. */
const SQL_TEXT = /select |insert into|update "|from "|failed query|params:/i;

async function expectBadInput(
  query: string,
  field: string,
  as: Viewer = viewers.anonymous,
  variables: Record<string, unknown> = {},
) {
  for (const server of [planned, resolversOnly]) {
    const result = await server.execute(query, variables, { as });
    expect(result.errors, query).toHaveLength(1);
    expect(result.errors![0]!.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(result.errors), query).not.toMatch(SQL_TEXT);
  }
  expect(logged.filter(line => SQL_TEXT.test(line))).toEqual([]);
  expect(logged.filter(line => line.includes('"level":"error"'))).toEqual([]);
}

describe('crafted cursors are BAD_USER_INPUT on `after`, and no SQL is logged', () => {
  const recordCursors = [
    cursor(['not-a-date', 1]),
    cursor(['2026-02-30', 1]),
    cursor([`2026-01-01${INJECTION}`, 1]),
    cursor(['2026-01-01', 1e20]),
    cursor(['2026-01-01', '1']),
    cursor(['2026-01-01']),
    'not base64 at all!',
    '',
    'W10',
    'x'.repeat(5000),
  ];

  it("in a subject's record connections (planned and resolved)", async () => {
    for (const after of recordCursors) {
      for (const connection of ['penaltyRecords', 'licensingRecords']) {
        await expectBadInput(
          `query($after: String) { subject(code: "${SUBJECT_CODE}") { ${connection}(after: $after) { totalCount edges { cursor } } } }`,
          'after',
          viewers.anonymous,
          { after },
        );
      }
    }
  });

  it('in disclosureRecords, searchSubjects and accessLog', async () => {
    for (const after of [
      cursor(['garbage', 'PENALTY', 1]),
      cursor(['2026-01-01', 'SUBJECT', 1]),
      cursor(['2026-13-01', 'LICENSING', 1]),
    ]) {
      await expectBadInput(
        'query($after: String) { disclosureRecords(after: $after) { totalCount } }',
        'after',
        viewers.regulator,
        { after },
      );
    }
    for (const after of [cursor([-1]), cursor(['10']), cursor([1.5])]) {
      await expectBadInput(
        'query($after: String) { searchSubjects(query: "科技", after: $after) { totalCount } }',
        'after',
        viewers.anonymous,
        { after },
      );
    }
    for (const after of [cursor(['1']), cursor([INJECTION])]) {
      await expectBadInput(
        'query($after: String) { accessLog(after: $after) { totalCount } }',
        'after',
        viewers.admin,
        { after },
      );
    }
  });

  it('in the queues keyed by instant and UUID', async () => {
    const crafted = [
      cursor(['garbage', DASHES]),
      cursor(['2026-01-01T00:00:00.000Z', DASHES]),
      cursor(['2026-01-01T00:00:00.000Z', INJECTION]),
      cursor(['2026-02-30T00:00:00.000Z', '00000000-0000-0000-0000-000000000000']),
      cursor(['+275760-09-13T00:00:00.000Z', '00000000-0000-0000-0000-000000000000']),
    ];
    for (const after of crafted) {
      await expectBadInput(
        'query($after: String) { objections(after: $after) { totalCount } }',
        'after',
        viewers.admin,
        { after },
      );
      await expectBadInput(
        'query($after: String) { repairApplications(after: $after) { totalCount } }',
        'after',
        viewers.admin,
        { after },
      );
      await expectBadInput(
        'query($after: String) { creditChecks(after: $after) { totalCount } }',
        'after',
        viewers.regulator,
        { after },
      );
      await expectBadInput(
        'query($after: String) { authorizations(after: $after) { totalCount } }',
        'after',
        viewers.admin,
        { after },
      );
    }
  });

  it('still pages with the cursors the lists give out', async () => {
    const first = await planned.execute(
      `{ subject(code: "${SUBJECT_CODE}") { penaltyRecords(first: 1) { edges { cursor } } } }`,
    );
    const after = (first.data as { subject: { penaltyRecords: { edges: { cursor: string }[] } } })
      .subject.penaltyRecords.edges[0]!.cursor;
    for (const server of [planned, resolversOnly]) {
      const next = await server.execute(
        `query($after: String) { subject(code: "${SUBJECT_CODE}") { penaltyRecords(after: $after) { totalCount edges { cursor } } } }`,
        { after },
      );
      expect(next.errors).toBeUndefined();
    }
  });
});

describe('malformed IDs are BAD_USER_INPUT naming the argument', () => {
  it('for UUID-keyed rows', async () => {
    for (const id of [DASHES, 'nope', INJECTION, `${'0'.repeat(8)}-0000-0000-0000-00000000000g`]) {
      const arg = JSON.stringify(id);
      await expectBadInput(`{ creditCheck(id: ${arg}) { id } }`, 'id', viewers.regulator);
      await expectBadInput(
        `mutation { recordCheckFeedback(checkId: ${arg}, feedback: [{ measureId: "B-NO-PROCUREMENT", applied: true }]) { id } }`,
        'checkId',
        viewers.regulator,
      );
      await expectBadInput(
        `mutation { acceptObjection(id: ${arg}, accept: true, note: "受理") { id } }`,
        'id',
        viewers.admin,
      );
      await expectBadInput(
        `mutation { decideObjection(id: ${arg}, outcome: UPHELD, note: "维持") { id } }`,
        'id',
        viewers.admin,
      );
      await expectBadInput(
        `mutation { decideRepair(id: ${arg}, approve: true, note: "同意") { id } }`,
        'id',
        viewers.admin,
      );
      await expectBadInput(`mutation { revokeApiKey(id: ${arg}) { id } }`, 'id', viewers.admin);
      await expectBadInput(
        `mutation { revokeAuthorization(id: ${arg}, reason: "到期") { id } }`,
        'id',
        viewers.admin,
      );
    }
  });

  it('for records and list entries', async () => {
    for (const id of ['nonsense', 'penalty:-1', 'penalty:1.5', `penalty:${INJECTION}`, 'list:x']) {
      const arg = JSON.stringify(id);
      await expectBadInput(`{ creditRecord(id: ${arg}) { id } }`, 'id');
      await expectBadInput(
        `mutation { revokeRecord(id: ${arg}, reason: "撤销") { id } }`,
        'id',
        viewers.admin,
      );
      await expectBadInput(
        `mutation { publishRecords(ids: [${arg}]) { id } }`,
        'ids',
        viewers.admin,
      );
      await expectBadInput(
        `mutation { removeListEntry(id: ${JSON.stringify(id.replace('list:', 'list:-'))}, reason: "移出") { id } }`,
        'id',
        viewers.admin,
      );
      await expectBadInput(
        `mutation { fileObjection(input: { targetId: ${JSON.stringify(id.replace('list:', 'list:-'))}, filerName: "王伟", filerContact: "13800138000", grounds: "处罚决定已被行政复议撤销" }) { id } }`,
        'targetId',
      );
      await expectBadInput(
        `mutation { applyForRepair(input: { targetId: ${JSON.stringify(id.replace('list:', 'list:-'))}, applicantName: "北京华信科技有限公司", applicantContact: "13800138000", proofOfPerformance: "罚款缴纳凭证", creditCommitment: "信用承诺书" }) { id } }`,
        'targetId',
      );
    }
  });

  it('while a well-formed id that names nothing stays NOT_FOUND (or null)', async () => {
    const none = '00000000-0000-0000-0000-000000000000';
    for (const server of [planned, resolversOnly]) {
      const check = await server.execute(
        `{ creditCheck(id: "${none}") { id } }`,
        {},
        {
          as: viewers.regulator,
        },
      );
      expect(check.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      const record = await server.execute('{ creditRecord(id: "penalty:999999") { id } }');
      expect(record).toEqual({ data: { creditRecord: null } });
    }
    const decided = await planned.execute(
      `mutation { decideRepair(id: "${none}", approve: true, note: "同意") { id } }`,
      {},
      { as: viewers.admin },
    );
    expect(decided.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

describe('malformed dates are BAD_USER_INPUT', () => {
  it('as variables and inline, naming the variable or the value', async () => {
    for (const from of ['2026-02-30', '2026-1-1', "2026-01-01' or '1'='1", '20260101']) {
      for (const server of [planned, resolversOnly]) {
        const inline = await server.execute(
          `{ disclosureStats(from: ${JSON.stringify(from)}, to: "2026-12-31") { total } }`,
          {},
          { as: viewers.regulator },
        );
        expect(inline.errors?.[0]?.extensions?.['code'], from).toBe('BAD_USER_INPUT');
        const variable = await server.execute(
          'query($from: Date!) { disclosureStats(from: $from, to: "2026-12-31") { total } }',
          { from },
          { as: viewers.regulator },
        );
        expect(variable.errors?.[0]?.extensions?.['code'], from).toBe('BAD_USER_INPUT');
        expect(variable.errors?.[0]?.message, from).toContain('$from');
      }
    }
    expect(logged.filter(line => SQL_TEXT.test(line))).toEqual([]);
  });
});

describe('an unexpected database error', () => {
  it('is logged with the database message, never the statement', async () => {
    let caught: unknown;
    try {
      await database.db.execute(sql`select ${DASHES}::uuid as id from subjects`);
    } catch (error) {
      caught = error;
    }
    expect(String((caught as Error).message)).toMatch(SQL_TEXT);
    const fields = JSON.stringify(loggableError(caught));
    expect(fields).not.toMatch(SQL_TEXT);
    expect(fields).toContain('uuid');
    expect(fields).toContain('22P02');
  });
});
