import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { SubmitPenaltyDocument } from '../../__generated__/graphql.js';
import type { PenaltyRecordInput } from '../../__generated__/graphql.js';
import { buildPenaltyInput } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { viewers } from '../../support/viewers.js';
import { copyRows } from '../../../src/db/copy.js';
import { executeRows } from '../../../src/db/execute.js';
import { composeCreditCode } from '../../../src/modules/credit-code/index.js';

const env = useIntegration();

/** Values COPY's text format must escape, or could mistake for NULL or the end of the data. */
const AWKWARD = [
  '制表\t符',
  '第一行\n第二行',
  '回车\r换行\r\n',
  '反斜杠 \\ 与 \\\\ 两个',
  '引号 " 与 \' 单引号',
  '\\N',
  'NULL',
  '\\.',
  '逗号, {花括号} 与 "引号"',
];

describe('a large batch through the one submission path', () => {
  it('sorts 1,500 interleaved rows into stored, duplicate, corrected and rejected, by index', async () => {
    const stored = Array.from({ length: 6 }, () => buildPenaltyInput());
    const first = await env.server.execute(
      SubmitPenaltyDocument,
      { records: stored },
      { as: viewers.admin },
    );
    expect(first.data!.submitPenaltyRecords.accepted).toBe(6);

    const records: PenaltyRecordInput[] = [];
    const expectRejected: [number, string, string][] = [];
    const expectStored: string[] = [];
    const resubmitted = new Map([
      [100, 0],
      [400, 1],
      [700, 2],
    ]);
    const corrections = new Map([
      [200, 3],
      [500, 4],
      [900, 5],
    ]);
    for (let i = 0; i < 1500; i += 1) {
      if (resubmitted.has(i)) {
        records.push(stored[resubmitted.get(i)!]!);
      } else if (corrections.has(i)) {
        const previous = stored[corrections.get(i)!]!;
        records.push({ ...previous, content: `${previous.content}（更正）` });
        expectStored.push(previous.documentNumber!);
      } else if (i === 1001) {
        // The same document number as row 1000 with other content: refused, row 1000 stays.
        records.push({ ...records[1000]!, facts: '另一份事实' });
        expectRejected.push([i, 'documentNumber', 'CONFLICT_IN_BATCH']);
      } else if (i % 10 === 3) {
        records.push(buildPenaltyInput({ creditCode: '92420300MA49KUFW0H' }));
        expectRejected.push([i, 'creditCode', 'INVALID_CREDIT_CODE']);
      } else if (i % 10 === 6 && i > 10) {
        records.push(records[i - 1]!);
      } else if (i % 10 === 8) {
        // The credit office's own unit provides no penalties: a check against the catalog.
        records.push(
          buildPenaltyInput({
            sourceUnit: viewers.admin.organizationName,
            sourceUnitCode: viewers.admin.organizationCode,
          }),
        );
        expectRejected.push([i, 'sourceUnitCode', 'NOT_A_PROVIDER_OF_ITEM']);
      } else {
        const row = buildPenaltyInput({ facts: `事实 ${i}` });
        records.push(row);
        expectStored.push(row.documentNumber!);
      }
    }
    const duplicatesInBatch = records.filter((_, i) => i % 10 === 6 && i > 10).length;

    const result = await env.server.execute(
      SubmitPenaltyDocument,
      { records },
      { as: viewers.admin },
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data!.submitPenaltyRecords;
    expect(payload.rejected.map(r => [r.index, r.field, r.code])).toEqual(expectRejected);
    expect(payload.duplicates).toBe(duplicatesInBatch + 3);
    expect(payload.corrections).toBe(3);
    expect(payload.accepted).toBe(expectStored.length);
    // The stored rows come back in input order, corrections among them, with their history.
    expect(payload.records.map(r => r.documentNumber)).toEqual(expectStored);
    expect(payload.records.filter(r => r.version === 2).map(r => r.documentNumber)).toEqual(
      [3, 4, 5].map(n => stored[n]!.documentNumber),
    );

    const [count] = await env.database.query<{ n: number }>(
      'select count(*)::int as n from penalty_records',
    );
    expect(count!.n).toBe(6 + expectStored.length - 3);
    const history = await env.database.query<{ version: number; content: string }>(
      "select version, data->>'content' as content from record_versions where kind = 'PENALTY'",
    );
    expect(history).toEqual([1, 1, 1].map(version => ({ version, content: '警告，并处罚款' })));
    const audit = await env.database.query<{ action: string; details: { inserted?: string[] } }>(
      "select action, details from audit_events where action in ('records.submit', 'record.correct') order by id",
    );
    expect(audit.map(a => a.action)).toEqual([
      'records.submit',
      'records.submit',
      'record.correct',
      'record.correct',
      'record.correct',
    ]);
    expect(audit[1]!.details.inserted).toHaveLength(expectStored.length - 3);
    const refused = await env.database.query<{ row_index: number; code: string }>(
      'select row_index, code from submission_rejections order by row_index',
    );
    expect(refused.map(r => [r.row_index, r.code])).toEqual(
      expectRejected.map(([index, , code]) => [index, code]),
    );
    const [log] = await env.database.query<{ received: number; rejected: number }>(
      'select sum(received)::int as received, sum(rejected)::int as rejected from submission_log',
    );
    expect(log).toEqual({ received: 6 + 1500, rejected: expectRejected.length });
  });

  it('stores nothing of a batch whose subjects cannot be written, and keeps the earlier batch', async () => {
    const earlier = buildPenaltyInput();
    await env.server.execute(SubmitPenaltyDocument, { records: [earlier] }, { as: viewers.admin });
    // A trigger of this test refuses one subject: the set-wise upsert fails for the batch.
    await env.database.query(`
      create function refuse_subject() returns trigger language plpgsql as $$
      begin
        if new.name = '拒收公司' then raise exception 'refused subject'; end if;
        return new;
      end $$`);
    await env.database.query(
      'create trigger refuse_subject before insert or update on subjects for each row execute function refuse_subject()',
    );
    try {
      const result = await env.server.execute(
        SubmitPenaltyDocument,
        {
          records: [
            buildPenaltyInput(),
            buildPenaltyInput({
              counterpartName: '拒收公司',
              creditCode: composeCreditCode('91', '110105', 'MA00GUTG'),
            }),
          ],
        },
        { as: viewers.admin },
      );
      expect(result.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await env.database.query('drop trigger refuse_subject on subjects');
      await env.database.query('drop function refuse_subject()');
    }
    const rows = await env.database.query<{ document_number: string }>(
      'select document_number from penalty_records',
    );
    expect(rows).toEqual([{ document_number: earlier.documentNumber }]);
    const audit = await env.database.query('select id from audit_events');
    expect(audit).toHaveLength(1);
  });
});

describe('COPY of awkward values', () => {
  it('stores tabs, newlines, backslashes, quotes and NULL-like strings as sent', async () => {
    const records = AWKWARD.map((text, i) =>
      buildPenaltyInput({ facts: text, basis: `依据 ${text}`, remarks: i % 2 === 0 ? text : null }),
    );
    const result = await env.server.execute(
      SubmitPenaltyDocument,
      { records },
      { as: viewers.admin },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitPenaltyRecords.rejected).toEqual([]);
    const rows = await env.database.query<{
      facts: string;
      basis: string;
      remarks: string | null;
    }>('select facts, basis, remarks from penalty_records order by id');
    // Stored as the row checks normalise them (trimmed), with nothing read as NULL or lost.
    expect(rows).toEqual(
      AWKWARD.map((text, i) => ({
        facts: text.trim(),
        basis: `依据 ${text}`.trim(),
        remarks: i % 2 === 0 ? text.trim() : null,
      })),
    );
    expect(result.data!.submitPenaltyRecords.records.map(r => r.documentNumber)).toEqual(
      records.map(r => r.documentNumber),
    );
  });

  it('copies text, list, number, boolean, date and NULL fields exactly, on this driver', async () => {
    const rows = await env.database.primary.transaction(async tx => {
      await tx.execute(
        sql`create temp table copied (n integer, t text, l text[], b boolean, d timestamptz) on commit drop`,
      );
      await copyRows(
        tx,
        'copied',
        ['n', 't', 'l', 'b', 'd'],
        AWKWARD.map((text, i) => [
          i,
          i === 0 ? null : text,
          [text, 'NULL', '', '{}'],
          i % 2 === 0,
          new Date(Date.UTC(2026, 0, 1 + i)),
        ]),
      );
      return executeRows<Record<string, unknown>>(
        tx,
        sql`select n, t, l, b, d from copied order by n`,
      );
    });
    expect(
      rows.map(row => ({ ...row, d: new Date(row['d'] as string | Date).toISOString() })),
    ).toEqual(
      AWKWARD.map((text, i) => ({
        n: i,
        t: i === 0 ? null : text,
        l: [text, 'NULL', '', '{}'],
        b: i % 2 === 0,
        d: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      })),
    );
  });
});
