import { describe, expect, it } from 'vitest';

import {
  CreditChecksWithFindingsDocument,
  type ListEntryInput,
  RecordCheckFeedbackDocument,
  RemoveListEntryDocument,
  RunCreditCheckDocument,
  SearchSubjectsListEntriesDocument,
  SubmitLicensingDocument,
  SubmitListEntriesDocument,
} from '../../__generated__/graphql.js';
import { statementCounter } from '../../support/db.js';
import { buildLicensingInput, enterpriseCode } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { AMR, viewers } from '../../support/viewers.js';
import type { Viewer } from '../../../src/auth/viewer.js';

const env = useIntegration();

const NAME = '联合奖惩批量测试';
let nextSubject = 700_000;

function listing(code: string, listType: 'RED' | 'BLACK', n: number): ListEntryInput {
  return {
    listType,
    subjectName: `北京${NAME}有限公司`,
    subjectCode: code,
    documentNumber: `京市监${listType}〔2026〕${code.slice(-8)}-${n}号`,
    listingAuthority: AMR.name,
    listingAuthorityCode: AMR.code,
    basis: '《严重违法失信企业名单管理暂行办法》第五条',
    reason: listType === 'RED' ? '诚信典型' : '提交虚假材料取得登记',
    listedOn: '2026-06-01',
  };
}

/**
 * Registers `count` subjects and puts each on the lists: on the black list twice (one entry of
 * every fifth subject not public) and once more with an entry then removed, and every other
 * subject also on the red list. Then a regulator checks each subject, and records feedback on
 * every other check.
 */
async function addSubjects(count: number): Promise<void> {
  const codes = Array.from({ length: count }, () => enterpriseCode(nextSubject++));
  const registered = await env.server.execute(
    SubmitLicensingDocument,
    {
      records: codes.map(code =>
        buildLicensingInput({ creditCode: code, counterpartName: `北京${NAME}有限公司` }),
      ),
    },
    { as: viewers.admin },
  );
  expect(registered.data?.submitLicensingRecords.rejected).toEqual([]);
  const entries = codes.flatMap((code, i) => [
    listing(code, 'BLACK', 1),
    { ...listing(code, 'BLACK', 2), usageScope: i % 5 === 0 ? ('GOVERNMENT' as const) : null },
    ...(i % 2 === 0 ? [listing(code, 'RED', 3)] : []),
  ]);
  const stored = await env.server.execute(
    SubmitListEntriesDocument,
    { entries },
    { as: viewers.provider },
  );
  expect(stored.data?.submitListEntries.rejected).toEqual([]);
  const toRemove = await env.server.execute(
    SubmitListEntriesDocument,
    { entries: codes.map(code => listing(code, 'BLACK', 4)) },
    { as: viewers.provider },
  );
  for (const entry of toRemove.data!.submitListEntries.listEntries) {
    const removed = await env.server.execute(
      RemoveListEntryDocument,
      { id: entry.id, reason: '依法移出' },
      { as: viewers.provider },
    );
    expect(removed.errors).toBeUndefined();
  }
  for (const [i, code] of codes.entries()) {
    const check = await env.server.execute(
      RunCreditCheckDocument,
      { code, scenario: 'GOVERNMENT_PROCUREMENT', matter: '办公设备采购供应商资格审查' },
      { as: viewers.regulator },
    );
    expect(check.errors).toBeUndefined();
    if (i % 2 === 0) {
      const feedback = await env.server.execute(
        RecordCheckFeedbackDocument,
        {
          checkId: check.data!.runCreditCheck.id,
          feedback: [{ measureId: 'B-NO-PROCUREMENT', applied: true }],
        },
        { as: viewers.regulator },
      );
      expect(feedback.errors).toBeUndefined();
    }
  }
}

async function countStatements<T>(run: () => Promise<T>): Promise<{ result: T; count: number }> {
  statementCounter.start();
  const result = await run();
  return { result, count: statementCounter.stop().length };
}

async function listEntriesOfMany(as: Viewer) {
  return countStatements(async () => {
    const result = await env.server.execute(
      SearchSubjectsListEntriesDocument,
      { query: NAME },
      { as },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.searchSubjects;
  });
}

async function checksWithFindings() {
  return countStatements(async () => {
    const result = await env.server.execute(
      CreditChecksWithFindingsDocument,
      {},
      { as: viewers.admin },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.creditChecks;
  });
}

describe('batched list entries and check findings', () => {
  it('issues the same number of statements for the list entries of 1 subject and of 40', async () => {
    await addSubjects(1);
    const small = {
      public: await listEntriesOfMany(viewers.anonymous),
      regulator: await listEntriesOfMany(viewers.regulator),
    };
    expect(small.public.result.totalCount).toBe(1);
    await addSubjects(39);
    const large = {
      public: await listEntriesOfMany(viewers.anonymous),
      regulator: await listEntriesOfMany(viewers.regulator),
    };
    expect(large.public.result.totalCount).toBe(40);
    expect(large.public.count).toBe(small.public.count);
    expect(large.regulator.count).toBe(small.regulator.count);
    // The search, its count, the list entries and the access-log entries of the subjects found.
    expect(large.regulator.count).toBeLessThanOrEqual(4);

    // The batched answer keeps each role's rows: the public sees the published public entries
    // in force, a regulator every entry, the removed ones marked REMOVED (DESIGN §3.4); `type`
    // filters per list. 40 subjects, each with 2 active black entries and 1 removed; 21 of them
    // on the red list; 9 of the active black entries not public (one of the first subject, 8 of
    // the next 39).
    const byCode = (side: typeof large.public.result) =>
      new Map(side.edges.map(e => [e.node.code, e.node.listEntries]));
    const publicView = byCode(large.public.result);
    const regulatorView = byCode(large.regulator.result);
    const count = (
      view: typeof publicView,
      listType: 'RED' | 'BLACK',
      status: 'ACTIVE' | 'REMOVED' = 'ACTIVE',
    ) =>
      [...view.values()].flat().filter(e => e.listType === listType && e.status === status).length;
    expect(count(regulatorView, 'BLACK')).toBe(80);
    expect(count(regulatorView, 'BLACK', 'REMOVED')).toBe(40);
    expect(count(regulatorView, 'RED')).toBe(21);
    expect([...regulatorView.values()].flat()).toHaveLength(141);
    expect(count(publicView, 'BLACK')).toBe(71);
    expect(count(publicView, 'RED')).toBe(21);
    expect([...publicView.values()].flat()).toHaveLength(92);
    for (const { node } of large.regulator.result.edges) {
      expect(node.listEntries.filter(e => e.status === 'REMOVED').map(e => e.listType)).toEqual([
        'BLACK',
      ]);
      expect(node.listEntries.every(e => e.status === 'ACTIVE' || e.status === 'REMOVED')).toBe(
        true,
      );
      expect(node.red.map(e => e.id)).toEqual(
        node.listEntries.filter(e => e.listType === 'RED').map(e => e.id),
      );
      const seen = new Set(regulatorView.get(node.code)!.map(e => e.id));
      expect(publicView.get(node.code)!.every(e => seen.has(e.id))).toBe(true);
    }
  });

  it('issues the same number of statements for a list of 1 check and of 40, with hits and measures', async () => {
    await addSubjects(1);
    const small = await checksWithFindings();
    expect(small.result.totalCount).toBe(1);
    await addSubjects(39);
    const large = await checksWithFindings();
    expect(large.result.totalCount).toBe(40);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(5);

    const completes = large.result.edges.filter(e => e.node.complete);
    // Feedback on every other check of each batch: the first one, and 20 of the next 39.
    expect(completes).toHaveLength(21);
    for (const { node } of large.result.edges) {
      // Each check hit the subject's active entries (hidden ones included: checks see all).
      expect(node.hits.filter(h => h.listType === 'BLACK')).toHaveLength(2);
      expect(node.measures).toEqual([
        {
          measure: { id: 'B-NO-PROCUREMENT', kind: 'MANDATORY' },
          feedback: node.complete ? { applied: true } : null,
        },
      ]);
    }
  });
});
