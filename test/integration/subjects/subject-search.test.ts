import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { executeRows } from '../../../src/db/execute.js';
import {
  SearchCountDocument,
  SearchSubjectsDocument,
  SubmitLicensingDocument,
} from '../../__generated__/graphql.js';
import { buildLicensingInput, enterpriseCode } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();

/** Creates subjects of these names (codes from `base`), each with `records[i]` licences. */
async function registerSubjects(
  names: readonly string[],
  base: number,
  records: number[] = [],
  tag = '',
) {
  const inputs = names.flatMap((name, i) =>
    Array.from({ length: Math.max(1, records[i] ?? 1) }, (_, n) =>
      buildLicensingInput({
        counterpartName: name,
        creditCode: enterpriseCode(base + i),
        documentNumber: `检索测试〔${tag}${base + i}〕${n + 1}号`,
      }),
    ),
  );
  for (let i = 0; i < inputs.length; i += 500) {
    const result = await env.server.execute(
      SubmitLicensingDocument,
      { records: inputs.slice(i, i + 500) },
      { as: viewers.admin },
    );
    expect(result.data?.submitLicensingRecords.rejected).toEqual([]);
  }
  return names.map((_, i) => enterpriseCode(base + i));
}

async function search(query: string, first = 20, after?: string | null) {
  const result = await env.server.execute(SearchSubjectsDocument, { query, first, after });
  expect(result.errors).toBeUndefined();
  return result.data!.searchSubjects;
}

/** The postings of a subject, as the triggers keep them. */
async function postings(code: string) {
  return executeRows<{ gram: string; sort: number }>(
    env.database.db,
    sql`select gram, sort from subject_name_grams where subject_code = ${code} order by gram`,
  );
}

describe('name search through the postings', () => {
  it('ranks the exact name first, then names that start with the query, then by public records, then by code', async () => {
    const [exact, prefixed, busy, quiet, other] = await registerSubjects(
      [
        '康泰',
        '康泰医药有限公司',
        '北京康泰科技有限公司',
        '上海康泰贸易有限公司',
        '天津康泰物流有限公司',
      ],
      7000,
      [1, 1, 5, 1, 1],
    );
    const page = await search('康泰');
    // busy has 5 public licences (heat 3), quiet and other one each (heat 1): code breaks the tie.
    expect(page.edges.map(e => e.node.code)).toEqual([exact, prefixed, busy, quiet, other]);
    expect(page.totalCount).toBe(5);
    expect(page.totalCountExact).toBe(true);
  });

  it('ranks a longer query the same way: exact, prefix, public records, code', async () => {
    const [prefixed, inside, exact, busy] = await registerSubjects(
      ['华信科技发展有限公司', '北京华信科技有限公司', '华信科技', '上海华信科技有限公司'],
      7100,
      [1, 1, 1, 3],
    );
    const page = await search('华信科技');
    expect(page.edges.map(e => e.node.code)).toEqual([exact, prefixed, busy, inside]);
    expect(page.edges.map(e => e.highlights)).toEqual([
      [{ start: 0, length: 4 }],
      [{ start: 0, length: 4 }],
      [{ start: 2, length: 4 }],
      [{ start: 2, length: 4 }],
    ]);
  });

  it('marks every occurrence of the query in the name, ignoring case, and none for a code match', async () => {
    const [latin] = await registerSubjects(['ABC国际AbC贸易有限公司'], 7200);
    const page = await search('abc');
    const hit = page.edges.find(e => e.node.code === latin)!;
    expect(hit.highlights).toEqual([
      { start: 0, length: 3 },
      { start: 5, length: 3 },
    ]);
    // '91' is the start of every enterprise code here: found by code, nothing to mark.
    const byCode = await search('91', 100);
    expect(byCode.edges.map(e => e.node.code)).toContain(latin);
    expect(byCode.edges.find(e => e.node.code === latin)!.highlights).toEqual([]);
  });

  it('follows a rename: the old name no longer finds the subject, the new one does', async () => {
    const [code] = await registerSubjects(['北京旧名餐饮有限公司'], 7300);
    expect((await search('旧名')).edges.map(e => e.node.code)).toEqual([code]);
    const renamed = buildLicensingInput({
      counterpartName: '北京新称餐饮有限公司',
      creditCode: code!,
      documentNumber: '检索测试〔改名〕1号',
      decisionDate: env.server.clock.today(),
      validFrom: env.server.clock.today(),
    });
    const result = await env.server.execute(
      SubmitLicensingDocument,
      { records: [renamed] },
      { as: viewers.admin },
    );
    expect(result.data?.submitLicensingRecords.rejected).toEqual([]);
    expect((await search('旧名')).totalCount).toBe(0);
    expect((await search('新称')).edges.map(e => e.node.code)).toEqual([code]);
    const grams = (await postings(code!)).map(p => p.gram);
    expect(grams).toContain('新称');
    expect(grams).not.toContain('旧名');
    // The pair counts moved with the name.
    const counts = await executeRows<{ gram: string; n: number }>(
      env.database.db,
      sql`select gram, sum(subjects)::integer as n from subject_gram_counts
        where gram in ('旧名', '新称') group by gram order by gram`,
    );
    expect(counts).toEqual([
      { gram: '新称', n: 1 },
      { gram: '旧名', n: 0 },
    ]);
  });

  it('moves a subject up when its public records cross a power of two, and back when revoked', async () => {
    const [first, second] = await registerSubjects(
      ['甲地恒远建材有限公司', '乙地恒远建材有限公司'],
      7400,
      [1, 1],
    );
    expect((await search('恒远')).edges.map(e => e.node.code)).toEqual([first, second]);
    await registerSubjects(['乙地恒远建材有限公司'], 7401, [3], '追加');
    // second now has 1 + 3 = 4 public records (heat 3), first 1 (heat 1).
    expect((await search('恒远')).edges.map(e => e.node.code)).toEqual([second, first]);
    expect(new Set((await postings(second!)).map(p => p.sort % 16))).toEqual(new Set([15 - 3]));
    await env.database.db.execute(
      sql`update licensing_records set revoked_at = received_at, revocation_reason = '撤销'
        where subject_code = ${second}`,
    );
    expect((await search('恒远')).edges.map(e => e.node.code)).toEqual([first, second]);
  });

  it('counts a few thousand matches exactly and pages through them by cursor without repeats', async () => {
    const names = Array.from({ length: 2_500 }, (_, i) => `第${i}号瑞丰商贸有限公司`);
    await registerSubjects(names, 10_000);
    const count = await env.server.execute(SearchCountDocument, { query: '瑞丰' });
    expect(count.data!.searchSubjects).toEqual({ totalCount: 2_500, totalCountExact: true });
    const longer = await env.server.execute(SearchCountDocument, { query: '瑞丰商贸' });
    expect(longer.data!.searchSubjects).toEqual({ totalCount: 2_500, totalCountExact: true });
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await search('瑞丰商贸', 100, after);
      pages += 1;
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      for (const edge of page.edges) {
        seen.add(edge.node.code);
      }
      if (!page.pageInfo.hasNextPage) {
        break;
      }
      after = page.pageInfo.endCursor!;
    }
    expect(pages).toBe(25);
    expect(seen.size).toBe(2_500);
  });

  it('finds nothing for a query no name holds, and keeps LIKE wildcards as text', async () => {
    await registerSubjects(['百分之百科技有限公司'], 7500);
    expect((await search('科_')).totalCount).toBe(0);
    expect((await search('%科')).totalCount).toBe(0);
    expect((await search('不存在的名字')).totalCount).toBe(0);
  });
});
