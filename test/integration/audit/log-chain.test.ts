import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { Role } from '../../../src/auth/viewer.js';
import {
  type ChainReport,
  recordAudit,
  verifyLogChains,
} from '../../../src/modules/audit/index.js';
import { logSubjectsAccess } from '../../../src/modules/subjects/index.js';
import {
  RunCreditCheckDocument,
  SubjectProfileDocument,
  SubjectsBatchDocument,
  SubmitLicensingDocument,
} from '../../__generated__/graphql.js';
import { testClock } from '../../support/clock.js';
import { SUBJECT_CODE, buildLicensingInput } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { createTestServer } from '../../support/server.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();

const verify = () => verifyLogChains(env.database.primary);
const reportOf = (reports: ChainReport[], log: ChainReport['log']) =>
  reports.find(report => report.log === log)!;

/** Appends `n` access-log rows for the institution. */
async function logAccesses(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    await logSubjectsAccess(
      env.database.primary,
      viewers.institution,
      [SUBJECT_CODE],
      '贷前审查',
      'query Test',
      testClock.now(),
    );
  }
}

/** Runs `statement` as the superuser with every trigger off (the append-only guards too). */
async function asSuperuserWithoutTriggers(statement: string): Promise<void> {
  await env.database.primary.transaction(async tx => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(sql.raw(statement));
  });
}

describe('the hash chains of the access log and the audit trail', () => {
  it('chain every insert, the services’ and the planner’s statements alike, and verify', async () => {
    const submitted = await env.server.execute(
      SubmitLicensingDocument,
      { records: [buildLicensingInput(), buildLicensingInput()] },
      { as: viewers.admin },
    );
    expect(submitted.errors).toBeUndefined();
    const resolvers = await createTestServer(env.database, env.server.clock, { planner: null });
    try {
      for (const server of [env.server, resolvers]) {
        const profile = await server.execute(
          SubjectProfileDocument,
          { code: SUBJECT_CODE, purpose: '贷前审查' },
          { as: viewers.institution },
        );
        expect(profile.errors).toBeUndefined();
        const batch = await server.execute(
          SubjectsBatchDocument,
          { codes: [SUBJECT_CODE, SUBJECT_CODE], purpose: '贷前审查' },
          { as: viewers.institution },
        );
        expect(batch.errors).toBeUndefined();
      }
    } finally {
      await resolvers.apollo.stop();
    }
    const check = await env.server.execute(
      RunCreditCheckDocument,
      { code: SUBJECT_CODE, scenario: 'GOVERNMENT_PROCUREMENT', matter: '供应商资格审查' },
      { as: viewers.regulator },
    );
    expect(check.errors).toBeUndefined();
    await recordAudit(env.database.primary, viewers.admin, testClock.now(), [
      { action: 'test.one', entityType: 'test', details: { 说明: '中文', n: 1.5, nested: [1] } },
      { action: 'test.two', entityType: 'test', entityId: null },
    ]);
    // Values an inserter gives the chain columns are replaced by the trigger's.
    await env.database.query(
      `insert into access_log (occurred_at, role, subject_code, operation, chain_seq, prev_hash, row_hash)
       values ($1, 'INSTITUTION', $2, 'query Forged', 999, 'forged', 'forged')`,
      [testClock.now().toISOString(), SUBJECT_CODE],
    );

    const reports = await verify();
    expect(reports.map(r => [r.log, r.broken])).toEqual([
      ['access_log', null],
      ['audit_events', null],
    ]);
    for (const log of ['access_log', 'audit_events'] as const) {
      const rows = await env.database.query<{ seq: number; n: number }>(
        `select max(chain_seq)::int as seq, count(*)::int as n from ${log}`,
      );
      expect(reportOf(reports, log).rows).toBe(rows[0]!.n);
      expect(reportOf(reports, log).head.seq).toBe(rows[0]!.seq);
    }
    // Two profiles, four batch codes, the forged row; the submission, the check, two events.
    expect(reportOf(reports, 'access_log').rows).toBeGreaterThanOrEqual(7);
    const audits = await env.database.query<{ action: string }>(
      'select action from audit_events order by chain_seq',
    );
    expect(audits.map(a => a.action)).toEqual(
      expect.arrayContaining(['credit_check.run', 'test.one', 'test.two']),
    );
  });

  it('chain concurrent inserts in the order their transactions take the head', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        env.database.primary.transaction(async tx => {
          for (const operation of ['query First', 'query Second']) {
            await logSubjectsAccess(
              tx,
              viewers.institution,
              [SUBJECT_CODE],
              `目的 ${i}`,
              operation,
              testClock.now(),
            );
          }
          await recordAudit(tx, viewers.admin, testClock.now(), {
            action: `test.${i}`,
            entityType: 'test',
          });
          await tx.execute(sql`select pg_sleep(0.01)`);
        }),
      ),
    );
    const reports = await verify();
    expect(reports.map(r => [r.log, r.rows, r.broken])).toEqual([
      ['access_log', 24, null],
      ['audit_events', 12, null],
    ]);
  });

  it('chain a large statement, several statements of a transaction, and forget a rolled-back savepoint', async () => {
    const insert = (n: number) =>
      sql.raw(`insert into access_log (occurred_at, role, subject_code, operation)
        select '2026-01-05T02:00:00Z', 'INSTITUTION', '${SUBJECT_CODE}', 'query Bulk'
        from generate_series(1, ${n})`);
    await env.database.primary.transaction(async tx => {
      await tx.execute(insert(2_000));
      await tx.execute(insert(3));
      await tx
        .transaction(async savepoint => {
          await savepoint.execute(insert(2));
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      await tx.execute(insert(1));
    });
    await logAccesses(1);
    const [access] = await verify();
    expect(access).toMatchObject({ rows: 2_005, head: { seq: 2_005 }, broken: null });
  });

  it('detect a row a superuser edited, at that row; edited and rehashed, at the row after', async () => {
    await logAccesses(4);
    await asSuperuserWithoutTriggers(
      "update access_log set purpose = '已篡改' where chain_seq = 2",
    );
    expect(reportOf(await verify(), 'access_log').broken).toMatchObject({
      chainSeq: 2,
      reason: expect.stringMatching(/content does not match its hash/),
    });
    await asSuperuserWithoutTriggers(
      'update access_log set row_hash = log_chain_hash(prev_hash, log_chain_content(access_log)) where chain_seq = 2',
    );
    expect(reportOf(await verify(), 'access_log').broken).toMatchObject({
      chainSeq: 3,
      reason: expect.stringMatching(/prev_hash is not the hash of the row before/),
    });
  });

  it('detect an edited audit entry, whatever column changed', async () => {
    await recordAudit(env.database.primary, viewers.admin, testClock.now(), [
      { action: 'test.a', entityType: 'test', details: { amount: '1.000000' } },
      { action: 'test.b', entityType: 'test', details: { amount: '2.000000' } },
    ]);
    expect(reportOf(await verify(), 'audit_events').broken).toBeNull();
    await asSuperuserWithoutTriggers(
      `update audit_events set details = '{"amount": "0.000000"}' where action = 'test.b'`,
    );
    expect(reportOf(await verify(), 'audit_events').broken).toMatchObject({
      chainSeq: 2,
      reason: expect.stringMatching(/content does not match/),
    });
  });

  it('detect a deleted row, rows removed from the end, and a row inserted with the trigger off', async () => {
    await logAccesses(5);
    await asSuperuserWithoutTriggers('delete from access_log where chain_seq = 5');
    expect(reportOf(await verify(), 'access_log').broken).toMatchObject({
      chainSeq: 4,
      id: null,
      reason: expect.stringMatching(/ends at row 4, but its head is at row 5/),
    });
    await asSuperuserWithoutTriggers('delete from access_log where chain_seq = 2');
    expect(reportOf(await verify(), 'access_log').broken).toMatchObject({
      chainSeq: 3,
      reason: 'row 2 of the chain is missing (deleted)',
    });
  });

  it('detect a row inserted with the chain trigger off', async () => {
    await logAccesses(2);
    await asSuperuserWithoutTriggers(
      `insert into access_log (occurred_at, role, subject_code, operation)
       values ('2026-01-05T02:00:00Z', '${Role.INSTITUTION}', '${SUBJECT_CODE}', 'query Unchained')`,
    );
    expect(reportOf(await verify(), 'access_log').broken).toMatchObject({
      chainSeq: null,
      reason: expect.stringMatching(/1 row\(s\) are outside the chain/),
    });
  });

  it('report progress per batch with the rows checked and the total', async () => {
    await logAccesses(3);
    const seen: [string, number, number][] = [];
    await verifyLogChains(env.database.primary, (log, checked, total) =>
      seen.push([log, checked, total]),
    );
    expect(seen).toEqual([
      ['access_log', 3, 3],
      ['audit_events', 0, 0],
    ]);
  });
});
