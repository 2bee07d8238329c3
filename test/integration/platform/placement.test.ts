import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  FileObjectionWithDeadlinesDocument,
  RecordCheckFeedbackDocument,
  RunCreditCheckDocument,
  SubmitLicensingDocument,
  SubmitListEntriesDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import { TABLE_PLACEMENT } from '../../../src/db/placement.js';
import {
  buildLicensingInput,
  buildPenaltyInput,
  enterpriseCode,
} from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { AMR, viewers } from '../../support/viewers.js';

/**
 * The schema is ready to be distributed by subject: every table has a place (distributed on a
 * subject key, reference or local), every distribution column is NOT NULL, and no foreign key
 * joins two distributed tables except on their distribution columns, nor points from where
 * Citus cannot follow it.
 */
const env = useIntegration();

interface ForeignKey extends Record<string, unknown> {
  name: string;
  fromTable: string;
  toTable: string;
  fromColumns: string[];
  toColumns: string[];
}

async function foreignKeys(): Promise<ForeignKey[]> {
  return env.database.query<ForeignKey>(`
    select c.conname::text as "name", src.relname::text as "fromTable", dst.relname::text as "toTable",
      (select json_agg(a.attname::text order by k.i) from unnest(c.conkey) with ordinality k(n, i)
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n) as "fromColumns",
      (select json_agg(a.attname::text order by k.i) from unnest(c.confkey) with ordinality k(n, i)
        join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n) as "toColumns"
    from pg_constraint c
    join pg_class src on src.oid = c.conrelid
    join pg_class dst on dst.oid = c.confrelid
    join pg_namespace ns on ns.oid = src.relnamespace
    where c.contype = 'f' and ns.nspname = 'public'
    order by 1`);
}

function placementOf(table: string) {
  const placement = TABLE_PLACEMENT[table];
  if (placement === undefined) {
    throw new Error(`${table} has no placement in src/db/placement.ts`);
  }
  return placement;
}

describe('placement by subject', () => {
  it('places every table of the schema, and only those', async () => {
    const tables = await env.database.query<{ name: string }>(`
      select c.relname::text as name from pg_class c
      join pg_namespace ns on ns.oid = c.relnamespace
      where ns.nspname = 'public' and c.relkind in ('r', 'p')
      order by 1`);
    expect(tables.map(t => t.name)).toEqual(Object.keys(TABLE_PLACEMENT).sort());
  });

  it('keeps every distribution column NOT NULL', async () => {
    const columns = await env.database.query<{ table: string; column: string; notNull: boolean }>(`
      select c.relname::text as "table", a.attname::text as "column", a.attnotnull as "notNull"
      from pg_attribute a
      join pg_class c on c.oid = a.attrelid
      join pg_namespace ns on ns.oid = c.relnamespace
      where ns.nspname = 'public' and a.attnum > 0 and not a.attisdropped`);
    const notNull = new Map(columns.map(c => [`${c.table}.${c.column}`, c.notNull]));
    const distributed = Object.entries(TABLE_PLACEMENT).flatMap(([table, p]) =>
      p.kind === 'distributed' ? [`${table}.${p.column}`] : [],
    );
    expect(distributed.length).toBeGreaterThan(10);
    expect(distributed.filter(column => notNull.get(column) !== true)).toEqual([]);
  });

  it('pairs the distribution columns in every foreign key between distributed tables', async () => {
    const keys = await foreignKeys();
    expect(keys.length).toBeGreaterThan(0);
    const faults: string[] = [];
    for (const key of keys) {
      const from = placementOf(key.fromTable);
      const to = placementOf(key.toTable);
      const label = `${key.name} (${key.fromTable} → ${key.toTable})`;
      if (from.kind === 'distributed' && to.kind === 'distributed') {
        const at = key.fromColumns.indexOf(from.column);
        if (at === -1 || key.toColumns[at] !== to.column) {
          faults.push(`${label} does not pair ${from.column} with ${to.column}`);
        }
      } else if (to.kind === 'distributed') {
        faults.push(`${label}: only a distributed table may reference a distributed one`);
      } else if (from.kind !== 'local' && to.kind === 'local') {
        faults.push(`${label}: a ${from.kind} table cannot reference a local one`);
      }
    }
    expect(faults).toEqual([]);
  });

  it('keeps a record with a subject keyed by that subject', async () => {
    const checks = await env.database.query<{ table: string }>(`
      select c.conrelid::regclass::text as "table" from pg_constraint c
      where c.contype = 'c' and c.conname like '%_subject_key'
      order by 1`);
    expect(checks.map(c => c.table)).toEqual([
      'catalog_records',
      'licensing_records',
      'penalty_records',
    ]);
  });

  it('is the map the README shows', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('## Scale-out');
    expect(start).toBeGreaterThan(-1);
    const end = readme.indexOf('\n## ', start + 1);
    const section = readme.slice(start, end === -1 ? undefined : end);
    const rows = new Map(
      [...section.matchAll(/^\| `([a-z_]+)` \| ([^|]+) \|/gm)].map(m => [m[1]!, m[2]!.trim()]),
    );
    const expected = new Map(
      Object.entries(TABLE_PLACEMENT).map(([table, p]) => [
        table,
        p.kind === 'distributed' ? `distributed on \`${p.column}\`` : p.kind,
      ]),
    );
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(expected));
  });
});

describe('the keys on every write', () => {
  it('gives every row its subject’s key, the key of what it belongs to, through corrections too', async () => {
    const company = buildLicensingInput();
    const person = buildPenaltyInput({
      counterpartName: '李四',
      counterpartCategory: 'NATURAL_PERSON',
      creditCode: null,
      legalRepresentative: null,
      legalRepresentativeIdType: null,
      legalRepresentativeIdNumber: null,
      personIdType: '身份证',
      personIdNumber: '11010519491231002X',
    });
    const submit = async (records: (typeof company)[]) => {
      const result = await env.server.execute(
        SubmitLicensingDocument,
        { records },
        { as: viewers.provider },
      );
      expect(result.data?.submitLicensingRecords.rejected).toEqual([]);
    };
    await submit([company]);
    await submit([{ ...company, content: `${company.content}（更正）` }]);
    // A correction that names another subject moves the record, and its versions with it.
    const moved = enterpriseCode();
    await submit([{ ...company, creditCode: moved, counterpartName: '北京京诚物流有限公司' }]);
    const penalty = await env.server.execute(
      SubmitPenaltyDocument,
      { records: [person] },
      { as: viewers.provider },
    );
    expect(penalty.data?.submitPenaltyRecords.rejected).toEqual([]);
    const filed = await env.server.execute(
      FileObjectionWithDeadlinesDocument,
      {
        input: {
          targetId: penalty.data!.submitPenaltyRecords.records[0]!.id,
          filerName: '李四',
          filerContact: '13800000000',
          grounds: '处罚决定已被行政复议撤销，请予核实',
        },
      },
      { as: viewers.admin },
    );
    expect(filed.errors).toBeUndefined();
    const entry = {
      listType: 'BLACK' as const,
      subjectName: '北京京诚物流有限公司',
      subjectCode: moved,
      documentNumber: '京市监失信〔2026〕9号',
      listingAuthority: AMR.name,
      listingAuthorityCode: AMR.code,
      basis: '《严重违法失信企业名单管理暂行办法》第五条',
      reason: '提交虚假材料取得登记',
      listedOn: '2026-06-01',
    };
    for (const reason of [entry.reason, `${entry.reason}（更正）`]) {
      const listed = await env.server.execute(
        SubmitListEntriesDocument,
        { entries: [{ ...entry, reason }] },
        { as: viewers.provider },
      );
      expect(listed.data?.submitListEntries.rejected).toEqual([]);
    }
    const check = await env.server.execute(
      RunCreditCheckDocument,
      { code: moved, scenario: 'GOVERNMENT_PROCUREMENT', matter: '供应商资格审查' },
      { as: viewers.regulator },
    );
    const feedback = await env.server.execute(
      RecordCheckFeedbackDocument,
      {
        checkId: check.data!.runCreditCheck.id,
        feedback: [{ measureId: 'B-NO-PROCUREMENT', applied: true }],
      },
      { as: viewers.regulator },
    );
    expect(feedback.errors).toBeUndefined();

    const keys = async (sql: string) =>
      (await env.database.query<{ key: string }>(sql)).map(row => row.key);
    expect(await keys('select subject_key as key from licensing_records')).toEqual([moved]);
    expect(
      await keys("select subject_key as key from record_versions where kind = 'LICENSING'"),
    ).toEqual([moved, moved]);
    expect(await keys('select subject_key as key from penalty_records')).toEqual([
      `~${person.sourceUnitCode}/${person.documentNumber}`,
    ]);
    expect(await keys('select subject_key as key from objections')).toEqual([
      `~${person.sourceUnitCode}/${person.documentNumber}`,
    ]);
    expect(await keys('select subject_code as key from list_entry_versions')).toEqual([moved]);
    expect(await keys('select subject_code as key from check_feedback')).toEqual([moved]);
  });
});
