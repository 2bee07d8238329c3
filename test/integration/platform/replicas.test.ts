import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type Database, openDatabase } from '../../../src/db/client.js';
import {
  SubjectProfileDocument,
  SubmitLicensingDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import { truncateDomainTables } from '../../support/db.js';
import {
  SUBJECT_CODE,
  buildLicensingInput,
  buildPenaltyInput,
  enterpriseCode,
} from '../../support/factories/records.js';
import { type Replica, startStreamingReplica } from '../../support/replica.js';
import { type TestServer, createTestServer } from '../../support/server.js';
import { viewers } from '../../support/viewers.js';

const primaryUrl = process.env['TEST_DATABASE_URL'] || undefined;

/**
 * DATABASE_READ_URLS against a real streaming replica of the machine's PostgreSQL server:
 * queries read from the replica, writes and everything a mutation reads go to the primary.
 * Needs a server (TEST_DATABASE_URL) that allows replication from 127.0.0.1; CI sets
 * REQUIRE_REPLICA, which turns a replica that cannot start into a failure instead of a skip.
 */
describe.runIf(primaryUrl !== undefined)('read replicas', () => {
  let replica: Replica | undefined;
  let unavailable: string | undefined;
  let database: Database;
  let server: TestServer;
  const statements = { primary: [] as string[], replica: [] as string[] };

  beforeAll(async () => {
    try {
      replica = await startStreamingReplica(primaryUrl!);
    } catch (error) {
      if (process.env['REQUIRE_REPLICA']) {
        throw error;
      }
      unavailable = error instanceof Error ? error.message : String(error);
      process.stderr.write(`Replica tests skipped: ${unavailable}\n`);
      return;
    }
    database = await openDatabase({
      url: primaryUrl,
      readUrls: [replica.url],
      dataDir: 'memory://',
      poolMax: 2,
      onQuery: (query, target) => statements[target].push(query),
    });
    server = await createTestServer(database);
  }, 180_000);
  afterAll(async () => {
    await server?.apollo.stop();
    await database?.close();
    await replica?.stop();
  });
  beforeEach(async ctx => {
    if (replica === undefined) {
      ctx.skip();
    }
    await truncateDomainTables(database);
    statements.primary.length = 0;
    statements.replica.length = 0;
  });

  /** Waits until the replica has replayed the primary's WAL up to now. */
  async function replicaCaughtUp(): Promise<void> {
    const [current] = await database.query<{ lsn: string }>(
      'select pg_current_wal_lsn()::text as lsn',
    );
    const standby = await openDatabase({ url: replica!.url, dataDir: 'memory://', poolMax: 1 });
    try {
      for (let i = 0; i < 200; i += 1) {
        const [row] = await standby.query<{ caught: boolean }>(
          'select pg_last_wal_replay_lsn() >= $1::pg_lsn as caught',
          [current!.lsn],
        );
        if (row?.caught) {
          return;
        }
        await new Promise(resolve => setTimeout(resolve, 50));
      }
      throw new Error('the replica did not catch up within 10 s');
    } finally {
      await standby.close();
    }
  }

  it('is a hot standby streaming from the primary', async () => {
    const standby = await openDatabase({ url: replica!.url, dataDir: 'memory://', poolMax: 1 });
    try {
      const [row] = await standby.query<{ recovery: boolean }>(
        'select pg_is_in_recovery() as recovery',
      );
      expect(row!.recovery).toBe(true);
    } finally {
      await standby.close();
    }
    const senders = await database.query<{ state: string }>(
      'select state from pg_stat_replication',
    );
    expect(senders.map(s => s.state)).toContain('streaming');
  });

  it('writes to the primary and serves queries from the replica', async () => {
    const submitted = await server.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput()] },
      { as: viewers.admin },
    );
    expect(submitted.data!.submitPenaltyRecords.accepted).toBe(1);
    expect(statements.primary.some(q => /^insert into "penalty_records"/.test(q))).toBe(true);
    expect(statements.replica.filter(q => /^(insert|update|delete)/.test(q))).toEqual([]);

    await replicaCaughtUp();
    statements.primary.length = 0;
    statements.replica.length = 0;
    const profile = await server.execute(SubjectProfileDocument, { code: SUBJECT_CODE });
    expect(profile.data!.subject!.penaltyRecords.totalCount).toBe(1);
    // The profile is planned into one statement, which the replica runs.
    expect(statements.replica).toHaveLength(1);
    expect(statements.replica[0]).toContain("json_build_object('subject'");
    expect(statements.primary).toEqual([]);
  });

  it('lets a mutation read its own writes on the primary, whatever the replica has', async () => {
    const newcomer = enterpriseCode(424_242);
    const submitted = await server.execute(
      SubmitLicensingDocument,
      {
        records: [
          buildLicensingInput({ creditCode: newcomer, counterpartName: '北京新设立科技有限公司' }),
        ],
      },
      { as: viewers.admin },
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitLicensingRecords.records[0]!.subject).toEqual({
      code: newcomer,
      name: '北京新设立科技有限公司',
    });
    expect(statements.replica).toEqual([]);
    expect(statements.primary.some(q => /^select .* from "subjects"/.test(q))).toBe(true);
  });
});
