import { describe, expect, it } from 'vitest';

import {
  InlineInvalidCreditCodeDocument,
  SearchSubjectsDocument,
  SubjectProfileDocument,
  type SubjectProfileQuery,
  SubmitLicensingDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import { statementCounter } from '../../support/db.js';
import {
  SUBJECT_CODE,
  buildLicensingInput,
  buildPenaltyInput,
  enterpriseCode,
} from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { type Result, errorCodes } from '../../support/server.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();

function day(n: number): string {
  return new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
}

async function submitLicensing(
  count: number,
  overrides: Parameters<typeof buildLicensingInput>[0] = {},
) {
  const records = Array.from({ length: count }, (_, i) =>
    buildLicensingInput({ decisionDate: day(i % 300), validFrom: day(i % 300), ...overrides }),
  );
  for (let i = 0; i < records.length; i += 500) {
    const result = await env.server.execute(
      SubmitLicensingDocument,
      { records: records.slice(i, i + 500) },
      { as: viewers.admin },
    );
    expect(result.data?.submitLicensingRecords.rejected).toEqual([]);
  }
}

describe('subject', () => {
  it('returns null for an unknown but valid code', async () => {
    const result = await env.server.execute(SubjectProfileDocument, {
      code: enterpriseCode(999_999),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.subject).toBeNull();
  });

  it('rejects an invalid code as a variable with BAD_USER_INPUT', async () => {
    const result = await env.server.execute(SubjectProfileDocument, { code: '92420300MA49KUFW0H' });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects an invalid code written inline with BAD_USER_INPUT', async () => {
    const result = await env.server.execute(InlineInvalidCreditCodeDocument);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('trims and upper-cases a code given as a variable', async () => {
    await submitLicensing(1);
    const result = await env.server.execute(SubjectProfileDocument, {
      code: ` ${SUBJECT_CODE.toLowerCase()} `,
    });
    expect(result.data!.subject?.code).toBe(SUBJECT_CODE);
  });

  it('serves the one-stop profile with decoded code details and paginated records', async () => {
    await submitLicensing(25);
    await env.server.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput(), buildPenaltyInput()] },
      { as: viewers.admin },
    );
    const page1 = await env.server.execute(SubjectProfileDocument, {
      code: SUBJECT_CODE,
      first: 10,
    });
    const subject = page1.data!.subject!;
    expect(subject).toMatchObject({
      name: '北京华信科技有限公司',
      category: 'LEGAL_ENTITY',
      registrationAuthority: '工商',
      entityType: '企业',
      regionCode: '110108',
      regionName: '北京市海淀区',
      legalRepresentativeIdNumber: null,
    });
    expect(subject.licensingRecords.totalCount).toBe(25);
    expect(subject.licensingRecords.edges).toHaveLength(10);
    expect(subject.licensingRecords.pageInfo.hasNextPage).toBe(true);
    expect(subject.penaltyRecords.totalCount).toBe(2);
    expect(subject.penaltyRecords.edges[0]!.node.subject?.code).toBe(SUBJECT_CODE);
    expect(subject.penaltyRecords.edges[0]!.node.fineAmount).toBe('5.000000');

    const seen = new Set<string>();
    let after: string | null | undefined = null;
    let previousDate = '9999-12-31';
    do {
      const page: Result<SubjectProfileQuery> = await env.server.execute(SubjectProfileDocument, {
        code: SUBJECT_CODE,
        first: 7,
        after,
      });
      const connection = page.data!.subject!.licensingRecords;
      for (const edge of connection.edges) {
        expect(edge.node.decisionDate <= previousDate).toBe(true);
        previousDate = edge.node.decisionDate;
        seen.add(edge.node.id);
      }
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(seen.size).toBe(25);
  });

  it('shows the public only published, public-scope, valid records, and counts only those', async () => {
    await submitLicensing(3);
    await submitLicensing(1, { usageScope: 'GOVERNMENT' });
    await submitLicensing(1, { usageScope: 'AUTHORIZED' });
    await submitLicensing(1, {
      validFrom: '2020-01-01',
      decisionDate: '2020-01-01',
      validTo: '2021-01-01',
    });
    const asPublic = await env.server.execute(SubjectProfileDocument, { code: SUBJECT_CODE });
    expect(asPublic.data!.subject!.licensingRecords.totalCount).toBe(3);
    expect(asPublic.data!.subject!.licensingRecords.edges).toHaveLength(3);
    const asRegulator = await env.server.execute(
      SubjectProfileDocument,
      { code: SUBJECT_CODE },
      { as: viewers.regulator },
    );
    expect(asRegulator.data!.subject!.licensingRecords.totalCount).toBe(6);
  });

  it('shows ID numbers in full to regulators, masked to institutions and not at all to the public', async () => {
    await submitLicensing(1);
    const code = SUBJECT_CODE;
    const idOf = async (as: (typeof viewers)[keyof typeof viewers], purpose?: string) =>
      (await env.server.execute(SubjectProfileDocument, { code, purpose }, { as })).data!.subject!
        .legalRepresentativeIdNumber;
    expect(await idOf(viewers.anonymous)).toBeNull();
    expect(await idOf(viewers.institution, '贷前审查')).toBe('110105********002X');
    expect(await idOf(viewers.regulator)).toBe('11010519491231002X');
  });

  it('requires an institution to state a purpose', async () => {
    await submitLicensing(1);
    const result = await env.server.execute(
      SubjectProfileDocument,
      { code: SUBJECT_CODE },
      { as: viewers.institution },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'purpose',
    });
  });

  it('refuses a page size above 100 and a forged cursor', async () => {
    await submitLicensing(1);
    const big = await env.server.execute(SubjectProfileDocument, {
      code: SUBJECT_CODE,
      first: 101,
    });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await env.server.execute(SubjectProfileDocument, {
      code: SUBJECT_CODE,
      after: 'bm90LWEtY3Vyc29y',
    });
    expect(forged.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('issues the same number of SQL statements for a profile with 1 record and with 200', async () => {
    const count = async () => {
      statementCounter.start();
      const result = await env.server.execute(SubjectProfileDocument, {
        code: SUBJECT_CODE,
        first: 100,
      });
      expect(result.errors).toBeUndefined();
      return statementCounter.stop().length;
    };
    await submitLicensing(1);
    await env.server.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput()] },
      { as: viewers.admin },
    );
    const small = await count();
    await submitLicensing(199);
    await env.server.execute(
      SubmitPenaltyDocument,
      { records: Array.from({ length: 199 }, () => buildPenaltyInput()) },
      { as: viewers.admin },
    );
    const large = await count();
    expect(small).toBe(large);
    expect(large).toBeLessThanOrEqual(5);
  });
});

describe('searchSubjects', () => {
  async function registerSubjects() {
    const names = [
      '北京华信科技有限公司',
      '北京华信餐饮管理有限公司',
      '北京京诚物流有限公司',
      '华信（北京）医药有限公司',
    ];
    const records = names.map((name, i) =>
      buildLicensingInput({ counterpartName: name, creditCode: enterpriseCode(500 + i) }),
    );
    await env.server.execute(SubmitLicensingDocument, { records }, { as: viewers.admin });
  }

  it('finds subjects by a two-character Chinese name fragment', async () => {
    await registerSubjects();
    const result = await env.server.execute(SearchSubjectsDocument, { query: '华信' });
    const names = result.data!.searchSubjects.edges.map(e => e.node.name);
    expect(result.data!.searchSubjects.totalCount).toBe(3);
    expect(names[0]).toBe('华信（北京）医药有限公司');
    expect(new Set(names)).toEqual(
      new Set(['北京华信科技有限公司', '北京华信餐饮管理有限公司', '华信（北京）医药有限公司']),
    );
  });

  it('finds subjects by a code prefix, case-insensitively', async () => {
    await registerSubjects();
    const code = enterpriseCode(501);
    const result = await env.server.execute(SearchSubjectsDocument, {
      query: code.slice(0, 14).toLowerCase(),
    });
    expect(result.data!.searchSubjects.edges.map(e => e.node.code)).toContain(code);
    const exact = await env.server.execute(SearchSubjectsDocument, { query: code });
    expect(exact.data!.searchSubjects.edges[0]!.node.code).toBe(code);
  });

  it('pages through results without repeats', async () => {
    await registerSubjects();
    const first = await env.server.execute(SearchSubjectsDocument, { query: '有限公司', first: 2 });
    expect(first.data!.searchSubjects.totalCount).toBe(4);
    expect(first.data!.searchSubjects.pageInfo.hasNextPage).toBe(true);
    const second = await env.server.execute(SearchSubjectsDocument, {
      query: '有限公司',
      first: 2,
      after: first.data!.searchSubjects.pageInfo.endCursor,
    });
    expect(second.data!.searchSubjects.pageInfo.hasNextPage).toBe(false);
    const all = [...first.data!.searchSubjects.edges, ...second.data!.searchSubjects.edges].map(
      e => e.node.code,
    );
    expect(new Set(all).size).toBe(4);
  });

  it('treats LIKE wildcards as text and refuses a one-character query', async () => {
    await registerSubjects();
    const wildcard = await env.server.execute(SearchSubjectsDocument, { query: '%%' });
    expect(wildcard.data!.searchSubjects.totalCount).toBe(0);
    const short = await env.server.execute(SearchSubjectsDocument, { query: '华' });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });
});
