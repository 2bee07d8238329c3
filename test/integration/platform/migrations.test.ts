import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { openDatabase } from '../../../src/db/client.js';
import { MIGRATIONS_FOLDER, runMigrations } from '../../../src/db/migrate.js';
import { verifyLogChains } from '../../../src/modules/audit/index.js';
import { SUBJECT_CODE } from '../../support/factories/records.js';

const url = process.env['TEST_DATABASE_URL'] || undefined;

describe('migrations', () => {
  it('apply on the embedded database from the committed folder', async () => {
    const database = await openDatabase({ url: undefined, dataDir: 'memory://' });
    try {
      await runMigrations(database, undefined);
      await runMigrations(database, undefined);
      const applied = await database.query<{ n: number }>(
        'select count(*)::int as n from drizzle.__drizzle_migrations',
      );
      expect(applied[0]!.n).toBe(
        readdirSync(MIGRATIONS_FOLDER).filter(f => f.endsWith('.sql')).length,
      );
    } finally {
      await database.close();
    }
  });

  // Several instances starting at once is a property of a PostgreSQL server; PGlite has one connection.
  it.runIf(url !== undefined)(
    'are safe when several instances start at once on a server',
    async () => {
      const admin = await openDatabase({ url, dataDir: 'memory://', poolMax: 1 });
      const name = `${new URL(url!).pathname.slice(1)}_concurrent_migrations`;
      const target = new URL(url!);
      target.pathname = `/${name}`;
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
      try {
        const instances = await Promise.all(
          Array.from({ length: 4 }, () =>
            openDatabase({ url: target.toString(), dataDir: 'memory://', poolMax: 1 }),
          ),
        );
        try {
          await Promise.all(instances.map(instance => runMigrations(instance, target.toString())));
          const applied = await instances[0]!.query<{ n: number }>(
            'select count(*)::int as n from drizzle.__drizzle_migrations',
          );
          expect(applied[0]!.n).toBe(
            readdirSync(MIGRATIONS_FOLDER).filter(f => f.endsWith('.sql')).length,
          );
        } finally {
          await Promise.all(instances.map(instance => instance.close()));
        }
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      }
    },
  );

  it('backfill the subject keys of the rows stored before the keys existed', async () => {
    // The migrations up to 0011, before the distribution keys: store rows of every kind there.
    const folder = mkdtempSync(join(tmpdir(), 'migrations-'));
    const journal = JSON.parse(
      readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
    ) as { entries: { idx: number; tag: string }[] };
    const before = journal.entries.filter(entry => entry.idx <= 11);
    cpSync(join(MIGRATIONS_FOLDER, 'meta'), join(folder, 'meta'), { recursive: true });
    writeFileSync(
      join(folder, 'meta', '_journal.json'),
      JSON.stringify({ ...journal, entries: before }),
    );
    for (const entry of before) {
      cpSync(join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
    }
    const database = await openDatabase({ url: undefined, dataDir: 'memory://' });
    try {
      await runMigrations(database, undefined, { migrationsFolder: folder });
      const at = '2026-01-05T02:00:00.000Z';
      const unit = '11110000000018375X';
      await database.query(
        `insert into subjects (code, name, category, name_as_of, created_at, updated_at)
         values ($1, '北京华信科技有限公司', 'LEGAL_ENTITY', '2026-01-05', $2, $2)`,
        [SUBJECT_CODE, at],
      );
      const records = await database.query<{ id: number }>(
        `insert into licensing_records (counterpart_name, counterpart_category, credit_code,
           subject_code, document_number, content, decision_date, authority, authority_code,
           source_unit, source_unit_code, catalog_item_code, catalog_item_version, content_hash,
           received_at, updated_at, disclosure_required, disclosure_deadline, deadline_provisional,
           document_title, licence_category, valid_from, valid_to)
         values
           ('北京华信科技有限公司', 'LEGAL_ENTITY', $1, $1, '京许〔2026〕1号', '准予', '2026-01-05',
            '某局', $2, '某局', $2, 'LICENSING', 1, 'h1', $3, $3, true, '2026-01-14', false,
            '决定书', 'ORDINARY', '2026-01-05', '2099-12-31'),
           ('张三', 'NATURAL_PERSON', null, null, '京许〔2026〕2号', '准予', '2026-01-05',
            '某局', $2, '某局', $2, 'LICENSING', 1, 'h2', $3, $3, false, '2026-01-14', false,
            '决定书', 'ORDINARY', '2026-01-05', '2099-12-31')
         returning id`,
        [SUBJECT_CODE, unit, at],
      );
      const [company, person] = records.map(r => Number(r.id));
      await database.query(
        `insert into record_versions (kind, record_id, version, content_hash, data, superseded_at)
         values ('LICENSING', $1, 1, 'h0', '{}', $3), ('LICENSING', $2, 1, 'h0', '{}', $3)`,
        [company, person, at],
      );
      const catalog = await database.query<{ id: number }>(
        `insert into catalog_records (catalog_item_code, catalog_item_version, counterpart_name,
           counterpart_category, record_number, decision_date, source_unit, source_unit_code,
           usage_scope, data, content_hash, received_at, updated_at)
         values ('CREDIT_COMMITMENT', 1, '李四', 'NATURAL_PERSON', 'CN-1', '2026-01-05', '某局', $1,
           'PUBLIC', '{}', 'h3', $2, $2)
         returning id`,
        [unit, at],
      );
      await database.query(
        `insert into catalog_record_versions (record_id, version, data, superseded_at)
         values ($1, 1, '{}', $2)`,
        [catalog[0]!.id, at],
      );
      const entries = await database.query<{ id: number }>(
        `insert into list_entries (list_type, subject_code, subject_name, document_number,
           listing_authority, listing_authority_code, basis, reason, listed_on, usage_scope,
           catalog_item_code, catalog_item_version, content_hash, received_at, updated_at)
         values ('BLACK', $1, '北京华信科技有限公司', '京失信1号', '某局', $2, '依据', '事由',
           '2026-01-05', 'PUBLIC', 'BLACK_LIST', 1, 'h4', $3, $3)
         returning id`,
        [SUBJECT_CODE, unit, at],
      );
      const entry = Number(entries[0]!.id);
      await database.query(
        `insert into list_entry_versions (entry_id, version, data, superseded_at)
         values ($1, 1, '{}', $2)`,
        [entry, at],
      );
      await database.query(
        `insert into objections (target_kind, target_id, target_version, subject_code,
           source_unit_code, filer_name, filer_contact, grounds, filed_at, accept_due, status)
         values ('LICENSING', $1, 1, null, $2, '张三', '13810000000', '理由', $3, '2026-01-07', 'FILED'),
           ('LIST_ENTRY', $4, 1, $5, $2, '王五', '13810000001', '理由', $3, '2026-01-07', 'FILED')`,
        [person, unit, at, entry, SUBJECT_CODE],
      );
      await database.query(
        `insert into repair_applications (target_kind, target_id, subject_code, source_unit_code,
           applicant_name, applicant_contact, proof_of_performance, credit_commitment, filed_at, status)
         values ('LIST_ENTRY', $1, $2, $3, '王五', '13810000001', '证明', '承诺书', $4, 'PENDING')`,
        [entry, SUBJECT_CODE, unit, at],
      );
      const checks = await database.query<{ id: string }>(
        `insert into credit_checks (subject_code, scenario, matter, checked_at, hit_entry_ids, measure_ids)
         values ($1, 'GOVERNMENT_PROCUREMENT', '采购', $2, array[$3::bigint], array['B-NO-PROCUREMENT'])
         returning id`,
        [SUBJECT_CODE, at, entry],
      );
      await database.query(
        `insert into check_feedback (check_id, measure_id, applied, recorded_at)
         values ($1, 'B-NO-PROCUREMENT', true, $2)`,
        [checks[0]!.id, at],
      );

      await runMigrations(database, undefined);

      const personKey = `~${unit}/京许〔2026〕2号`;
      const keys = async (sql: string) =>
        (await database.query<{ key: string }>(sql)).map(row => row.key);
      expect(await keys('select subject_key as key from licensing_records order by id')).toEqual([
        SUBJECT_CODE,
        personKey,
      ]);
      expect(await keys('select subject_key as key from record_versions order by id')).toEqual([
        SUBJECT_CODE,
        personKey,
      ]);
      expect(await keys('select subject_key as key from catalog_records')).toEqual([
        `~CREDIT_COMMITMENT/${unit}/CN-1`,
      ]);
      expect(await keys('select subject_key as key from catalog_record_versions')).toEqual([
        `~CREDIT_COMMITMENT/${unit}/CN-1`,
      ]);
      expect(await keys('select subject_code as key from list_entry_versions')).toEqual([
        SUBJECT_CODE,
      ]);
      expect(await keys('select subject_key as key from objections order by target_kind')).toEqual([
        personKey,
        SUBJECT_CODE,
      ]);
      // Objections filed before tracking numbers get one each, of the format of new filings.
      const numbers = await keys('select tracking_number as key from objections');
      expect(numbers).toHaveLength(2);
      for (const number of numbers) {
        expect(number).toMatch(/^YY-20260105-[0-9A-HJKMNP-TV-Z]{10}$/);
      }
      expect(new Set(numbers).size).toBe(2);
      expect(await keys('select subject_key as key from repair_applications')).toEqual([
        SUBJECT_CODE,
      ]);
      expect(await keys('select subject_code as key from check_feedback')).toEqual([SUBJECT_CODE]);
    } finally {
      await database.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('chain the log rows stored before the chains existed, in id order', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'migrations-'));
    const journal = JSON.parse(
      readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
    ) as { entries: { idx: number; tag: string }[] };
    const before = journal.entries.filter(entry => entry.tag < '0020_log_chain_triggers');
    cpSync(join(MIGRATIONS_FOLDER, 'meta'), join(folder, 'meta'), { recursive: true });
    writeFileSync(
      join(folder, 'meta', '_journal.json'),
      JSON.stringify({ ...journal, entries: before }),
    );
    for (const entry of before) {
      cpSync(join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
    }
    const database = await openDatabase({ url: undefined, dataDir: 'memory://' });
    try {
      await runMigrations(database, undefined, { migrationsFolder: folder });
      const at = '2026-01-05T02:00:00.000Z';
      for (const purpose of ['贷前审查', '授信复查', null]) {
        await database.query(
          `insert into access_log (occurred_at, role, subject_code, purpose, operation)
           values ($1, 'INSTITUTION', $2, $3, 'query SubjectProfile')`,
          [at, SUBJECT_CODE, purpose],
        );
      }
      await database.query(
        `insert into audit_events (occurred_at, action, actor_role, entity_type, details)
         values ($1, 'records.submit', 'PROVIDER', 'submission', '{"accepted": 2}'),
                ($1, 'credit_check.run', 'REGULATOR', 'credit_check', '{}')`,
        [at],
      );

      await runMigrations(database, undefined);

      const reports = await verifyLogChains(database.primary);
      expect(reports.map(r => [r.log, r.rows, r.head.seq, r.broken])).toEqual([
        ['access_log', 3, 3, null],
        ['audit_events', 2, 2, null],
      ]);
      const chained = await database.query<{ id: number; seq: number }>(
        'select id::int as id, chain_seq::int as seq from access_log order by id',
      );
      expect(chained).toEqual([
        { id: 1, seq: 1 },
        { id: 2, seq: 2 },
        { id: 3, seq: 3 },
      ]);
      // New rows go on from the backfilled head.
      await database.query(
        `insert into access_log (occurred_at, role, subject_code, operation)
         values ($1, 'REGULATOR', $2, 'query SubjectProfile')`,
        [at, SUBJECT_CODE],
      );
      expect((await verifyLogChains(database.primary))[0]).toMatchObject({ rows: 4, broken: null });
    } finally {
      await database.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
