import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type Database, openDatabase } from '../../../src/db/client.js';
import { MIGRATIONS_FOLDER, runMigrations } from '../../../src/db/migrate.js';
import { loginOf, setupDatabaseRoles } from '../../../src/db/roles.js';
import { verifyLogChains } from '../../../src/modules/audit/index.js';
import {
  CreateApiKeyDocument,
  FileObjectionWithDeadlinesDocument,
  RecordCheckFeedbackDocument,
  RegisterAuthorizationDocument,
  RunCreditCheckDocument,
  SubjectProfileDocument,
  SubjectsBatchDocument,
  SubmitLicensingDocument,
  SubmitListEntriesDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import { addMonths } from '../../../src/shared/dates.js';
import { testClock } from '../../support/clock.js';
import { openTestDatabase, testDatabaseRoles, truncateDomainTables } from '../../support/db.js';
import {
  SUBJECT_CODE,
  buildLicensingInput,
  buildPenaltyInput,
} from '../../support/factories/records.js';
import { type TestServer, createTestServer } from '../../support/server.js';
import { AMR, viewers } from '../../support/viewers.js';

const url = process.env['TEST_DATABASE_URL'] || undefined;

/**
 * The owner role and the API's login on the PostgreSQL server (the global setup created them and
 * migrated as the owner). PGlite has one role, so there is nothing to separate there.
 */
describe.runIf(url !== undefined)(
  'database roles (PostgreSQL server only: PGlite has one role)',
  () => {
    let superuser: Database;
    let api: Database;
    let roles: { ownerUrl: string; apiUrl: string };

    beforeAll(async () => {
      roles = testDatabaseRoles(url!);
      superuser = await openTestDatabase();
      api = await openDatabase({ url: roles.apiUrl, dataDir: 'memory://', poolMax: 2 });
    });
    afterAll(async () => {
      await api?.close();
      await superuser?.close();
    });
    beforeEach(async () => {
      await truncateDomainTables(superuser);
    });

    const refusal = async (statement: string) => {
      try {
        await api.query(statement);
      } catch (error) {
        return { code: (error as { code?: string }).code, message: (error as Error).message };
      }
      return { code: 'accepted', message: statement };
    };

    it('as the API’s login, nothing in the logs can be changed, removed or unguarded', async () => {
      await api.query(
        `insert into access_log (occurred_at, role, subject_code, operation)
       values ($1, 'INSTITUTION', $2, 'query Test')`,
        [testClock.now().toISOString(), SUBJECT_CODE],
      );
      await api.query(
        `insert into audit_events (occurred_at, action, actor_role, entity_type)
       values ($1, 'test.insert', 'ADMIN', 'test')`,
        [testClock.now().toISOString()],
      );
      const statements = [
        'DELETE FROM access_log',
        "UPDATE access_log SET purpose = 'changed'",
        'DELETE FROM audit_events',
        "UPDATE audit_events SET action = 'changed'",
        'TRUNCATE access_log',
        'TRUNCATE audit_events',
        'ALTER TABLE access_log DISABLE TRIGGER ALL',
        'ALTER TABLE audit_events DISABLE TRIGGER audit_events_chain',
        'DROP TRIGGER access_log_chain ON access_log',
        'SET session_replication_role = replica',
        'UPDATE log_chain_heads SET seq = 0',
        'DELETE FROM log_chain_heads',
        'CREATE FUNCTION public.log_chain_hash(a varchar, b varchar) RETURNS text LANGUAGE sql AS $$ select a $$',
        `SET ROLE ${loginOf(roles.ownerUrl).role}`,
        // A forged running head of the transaction names no row.
        `SELECT set_config('log_chain.access_log', pg_current_xact_id()::text || ':999:forged', true);
         INSERT INTO access_log (occurred_at, role, subject_code, operation)
         VALUES ('2026-01-05T02:00:00Z', 'INSTITUTION', '${SUBJECT_CODE}', 'query Forged')`,
      ];
      for (const statement of statements) {
        expect({ statement, ...(await refusal(statement)) }).toMatchObject({
          statement,
          code: '42501',
        });
      }
      const [counts] = await superuser.query<{ log: number; audit: number }>(
        `select (select count(*)::int from access_log) as log,
              (select count(*)::int from audit_events) as audit`,
      );
      expect(counts).toEqual({ log: 1, audit: 1 });
      expect((await verifyLogChains(superuser.primary)).map(r => r.broken)).toEqual([null, null]);
    });

    it('the API’s login owns nothing, is no superuser, and a second setup changes nothing', async () => {
      await setupDatabaseRoles(url!, roles.ownerUrl, roles.apiUrl);
      const [login] = await superuser.query<{ owned: number; superuser: boolean; member: boolean }>(
        `select (select count(*)::int from pg_class where relowner = r.oid) as owned,
              r.rolsuper as superuser, pg_has_role(r.rolname, $2, 'MEMBER') as member
       from pg_roles r where r.rolname = $1`,
        [loginOf(roles.apiUrl).role, loginOf(roles.ownerUrl).role],
      );
      expect(login).toEqual({ owned: 0, superuser: false, member: false });
      const [tables] = await superuser.query<{ others: string[] }>(
        `select coalesce(array_agg(relname order by relname), '{}') as others from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' and c.relowner <> $1::regrole`,
        [loginOf(roles.ownerUrl).role],
      );
      expect(tables!.others).toEqual([]);
    });

    it('the API works as its login: mutations write their audit rows, profile reads their access-log rows', async () => {
      const planned = await createTestServer(api);
      const resolvers = await createTestServer(api, testClock, { planner: null });
      try {
        const ok = (result: { errors?: readonly unknown[] }) =>
          expect(result.errors).toBeUndefined();
        const licensing = buildLicensingInput();
        ok(
          await planned.execute(
            SubmitLicensingDocument,
            { records: [licensing] },
            { as: viewers.provider },
          ),
        );
        ok(
          await planned.execute(
            SubmitLicensingDocument,
            { records: [{ ...licensing, content: `${licensing.content}（更正）` }] },
            { as: viewers.provider },
          ),
        );
        const penalty = await planned.execute(
          SubmitPenaltyDocument,
          { records: [buildPenaltyInput()] },
          { as: viewers.provider },
        );
        ok(penalty);
        ok(
          await planned.execute(FileObjectionWithDeadlinesDocument, {
            input: {
              targetId: penalty.data!.submitPenaltyRecords.records[0]!.id,
              filerName: '王五',
              filerContact: '13900000000',
              grounds: '处罚对象认定有误，请核实。',
            },
          }),
        );
        ok(
          await planned.execute(
            SubmitListEntriesDocument,
            {
              entries: [
                {
                  listType: 'BLACK',
                  subjectName: licensing.counterpartName,
                  subjectCode: SUBJECT_CODE,
                  documentNumber: '京市监失信〔2026〕9号',
                  listingAuthority: AMR.name,
                  listingAuthorityCode: AMR.code,
                  basis: '《严重违法失信企业名单管理暂行办法》第五条',
                  reason: '提交虚假材料取得登记',
                  listedOn: '2026-06-01',
                },
              ],
            },
            { as: viewers.provider },
          ),
        );
        const check = await planned.execute(
          RunCreditCheckDocument,
          { code: SUBJECT_CODE, scenario: 'GOVERNMENT_PROCUREMENT', matter: '供应商资格审查' },
          { as: viewers.regulator },
        );
        ok(check);
        ok(
          await planned.execute(
            RecordCheckFeedbackDocument,
            {
              checkId: check.data!.runCreditCheck.id,
              feedback: [{ measureId: 'B-NO-PROCUREMENT', applied: true }],
            },
            { as: viewers.regulator },
          ),
        );
        ok(
          await planned.execute(
            RegisterAuthorizationDocument,
            {
              input: {
                subjectCode: SUBJECT_CODE,
                purpose: '贷前审查',
                validUntil: addMonths(testClock.today(), 12),
                documentReference: '授权书 2026-001',
              },
            },
            { as: viewers.institution },
          ),
        );
        ok(
          await planned.execute(
            CreateApiKeyDocument,
            {
              input: {
                role: 'INSTITUTION',
                organizationName: viewers.institution.organizationName,
                organizationCode: viewers.institution.organizationCode,
              },
            },
            { as: viewers.admin },
          ),
        );
        for (const server of [planned, resolvers] satisfies TestServer[]) {
          ok(
            await server.execute(
              SubjectProfileDocument,
              { code: SUBJECT_CODE, purpose: '贷前审查' },
              { as: viewers.institution },
            ),
          );
          ok(
            await server.execute(
              SubjectsBatchDocument,
              { codes: [SUBJECT_CODE], purpose: '贷前审查' },
              { as: viewers.institution },
            ),
          );
        }
      } finally {
        await planned.apollo.stop();
        await resolvers.apollo.stop();
      }
      const logged = await superuser.query<{ operation: string }>(
        'select operation from access_log order by chain_seq',
      );
      // The regulator's check and its feedback read the subject too.
      expect(logged.map(row => row.operation)).toEqual([
        'mutation RunCreditCheck',
        'mutation RecordCheckFeedback',
        'query SubjectProfile',
        'query SubjectsBatch',
        'query SubjectProfile',
        'query SubjectsBatch',
      ]);
      const audited = await superuser.query<{ action: string }>(
        'select distinct action from audit_events order by action',
      );
      expect(audited.map(row => row.action)).toEqual(
        expect.arrayContaining(['credit_check.run', 'records.submit']),
      );
      expect((await verifyLogChains(superuser.primary)).map(r => r.broken)).toEqual([null, null]);
    });

    it('an API given its login alone starts on a migrated schema, and refuses one with migrations pending', async () => {
      await expect(runMigrations(api, roles.apiUrl)).resolves.toBeUndefined();
      const folder = mkdtempSync(join(tmpdir(), 'migrations-'));
      try {
        cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
        const journalFile = join(folder, 'meta', '_journal.json');
        const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as {
          entries: {
            idx: number;
            when: number;
            tag: string;
            version: string;
            breakpoints: boolean;
          }[];
        };
        const last = journal.entries.at(-1)!;
        journal.entries.push({
          ...last,
          idx: last.idx + 1,
          when: last.when + 1,
          tag: '9999_pending',
        });
        writeFileSync(journalFile, JSON.stringify(journal));
        writeFileSync(join(folder, '9999_pending.sql'), 'select 1;');
        await expect(
          runMigrations(api, roles.apiUrl, { migrationsFolder: folder }),
        ).rejects.toThrow(
          /1 migration\(s\) are pending, and the login of DATABASE_URL may not apply them/,
        );
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  },
);
