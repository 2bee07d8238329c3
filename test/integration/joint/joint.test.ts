import { beforeEach, describe, expect, it } from 'vitest';

import {
  CreditCheckDocument,
  CreditCheckStatsDocument,
  CreditChecksDocument,
  type ListEntryInput,
  type MeasureInput,
  MeasuresDocument,
  RecordCheckFeedbackDocument,
  RemoveListEntryDocument,
  RunCreditCheckDocument,
  SaveMeasureDocument,
  SubjectListEntriesDocument,
  SubmitLicensingDocument,
  SubmitListEntriesDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import {
  SUBJECT_CODE,
  buildLicensingInput,
  buildPenaltyInput,
  enterpriseCode,
} from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { errorCodes } from '../../support/server.js';
import { AMR, viewers } from '../../support/viewers.js';
import { addMonths } from '../../../src/shared/dates.js';

const env = useIntegration();

beforeEach(async () => {
  // A listing needs a registered subject: the licence registers it.
  await env.server.execute(
    SubmitLicensingDocument,
    { records: [buildLicensingInput()] },
    { as: viewers.provider },
  );
});

function blackListing(overrides: Partial<ListEntryInput> = {}): ListEntryInput {
  return {
    listType: 'BLACK',
    subjectName: '北京华信科技有限公司',
    subjectCode: SUBJECT_CODE,
    documentNumber: `京市监失信〔2026〕${Math.floor(Math.random() * 1e6)}号`,
    listingAuthority: AMR.name,
    listingAuthorityCode: AMR.code,
    basis: '《严重违法失信企业名单管理暂行办法》第五条',
    reason: '被列入经营异常名录届满3年仍未履行相关义务',
    listedOn: '2026-06-01',
    ...overrides,
  };
}

describe('red and black lists', () => {
  it('stores entries with per-row checks and shows active ones on the profile', async () => {
    const result = await env.server.execute(
      SubmitListEntriesDocument,
      {
        entries: [
          blackListing(),
          blackListing({ subjectCode: '91110000MA001ABCX5' }),
          blackListing({ listedOn: '2030-01-01' }),
          blackListing({ subjectCode: enterpriseCode(909_090) }),
        ],
      },
      { as: viewers.provider },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.submitListEntries).toMatchObject({
      accepted: 1,
      records: [],
      listEntries: [{ listType: 'BLACK', status: 'ACTIVE' }],
    });
    expect(result.data!.submitListEntries.rejected).toEqual([
      { index: 1, field: 'subjectCode', column: '统一社会信用代码', code: 'INVALID_CREDIT_CODE' },
      { index: 2, field: 'listedOn', column: '列入日期', code: 'DATE_IN_FUTURE' },
      { index: 3, field: 'subjectCode', column: '统一社会信用代码', code: 'UNKNOWN_SUBJECT' },
    ]);
    const profile = await env.server.execute(SubjectListEntriesDocument, { code: SUBJECT_CODE });
    expect(profile.data!.subject!.listEntries).toEqual([
      {
        listType: 'BLACK',
        status: 'ACTIVE',
        listingAuthority: AMR.name,
        basis: '《严重违法失信企业名单管理暂行办法》第五条',
      },
    ]);
  });

  it('lets only the listing authority (or the credit office) list and remove', async () => {
    const other = await env.server.execute(
      SubmitListEntriesDocument,
      { entries: [blackListing()] },
      { as: viewers.otherProvider },
    );
    expect(other.data!.submitListEntries.rejected[0]).toMatchObject({
      field: 'listingAuthorityCode',
      code: 'SOURCE_UNIT_NOT_OWN',
    });
    const stored = await env.server.execute(
      SubmitListEntriesDocument,
      { entries: [blackListing()] },
      { as: viewers.provider },
    );
    const id = stored.data!.submitListEntries.listEntries[0]!.id;
    expect(
      errorCodes(
        await env.server.execute(
          RemoveListEntryDocument,
          { id, reason: '信用修复' },
          { as: viewers.otherProvider },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const removed = await env.server.execute(
      RemoveListEntryDocument,
      { id, reason: '信用修复' },
      { as: viewers.provider },
    );
    expect(removed.data!.removeListEntry).toEqual({ status: 'REMOVED', removalReason: '信用修复' });
    expect(
      (await env.server.execute(SubjectListEntriesDocument, { code: SUBJECT_CODE })).data!.subject!
        .listEntries,
    ).toEqual([]);
    expect(
      errorCodes(
        await env.server.execute(
          RemoveListEntryDocument,
          { id, reason: '信用修复' },
          { as: viewers.admin },
        ),
      ),
    ).toEqual(['CONFLICT']);
  });
});

describe('credit checks (应查必查) with feedback', () => {
  it('finds the mandatory restriction on a black-listed subject, records feedback, and the statistics count it', async () => {
    const stored = await env.server.execute(
      SubmitListEntriesDocument,
      { entries: [blackListing()] },
      { as: viewers.provider },
    );
    const entryId = stored.data!.submitListEntries.listEntries[0]!.id;
    const check = await env.server.execute(
      RunCreditCheckDocument,
      {
        code: SUBJECT_CODE,
        scenario: 'GOVERNMENT_PROCUREMENT',
        matter: '2026年办公设备采购项目供应商资格审查',
      },
      { as: viewers.regulator },
    );
    expect(check.errors).toBeUndefined();
    const result = check.data!.runCreditCheck;
    expect(result.hits).toEqual([{ id: entryId, listType: 'BLACK' }]);
    expect(result.measures).toEqual([
      {
        measure: {
          id: 'B-NO-PROCUREMENT',
          kind: 'MANDATORY',
          listType: 'BLACK',
          title: '限制参加政府采购活动',
        },
        feedback: null,
      },
    ]);
    expect(result).toMatchObject({ incentiveReason: null, complete: false });
    expect(
      (await env.server.execute(CreditCheckStatsDocument, {}, { as: viewers.admin })).data!
        .creditCheckStats,
    ).toEqual([
      {
        organizationCode: viewers.regulator.organizationCode,
        checks: 1,
        complete: 0,
        lackingFeedback: 1,
      },
    ]);

    const noReason = await env.server.execute(
      RecordCheckFeedbackDocument,
      { checkId: result.id, feedback: [{ measureId: 'B-NO-PROCUREMENT', applied: false }] },
      { as: viewers.regulator },
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'feedback',
      reason: 'REASON_REQUIRED',
    });
    const foreign = await env.server.execute(
      RecordCheckFeedbackDocument,
      { checkId: result.id, feedback: [{ measureId: 'B-NO-HONOURS', applied: true }] },
      { as: viewers.regulator },
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MEASURE_NOT_IN_CHECK',
    });

    const recorded = await env.server.execute(
      RecordCheckFeedbackDocument,
      { checkId: result.id, feedback: [{ measureId: 'B-NO-PROCUREMENT', applied: true }] },
      { as: viewers.regulator },
    );
    expect(recorded.data!.recordCheckFeedback).toMatchObject({
      complete: true,
      measures: [
        { measure: { id: 'B-NO-PROCUREMENT' }, feedback: { applied: true, reason: null } },
      ],
    });
    expect(
      (await env.server.execute(CreditCheckStatsDocument, {}, { as: viewers.regulator })).data!
        .creditCheckStats,
    ).toEqual([
      {
        organizationCode: viewers.regulator.organizationCode,
        checks: 1,
        complete: 1,
        lackingFeedback: 0,
      },
    ]);

    await env.server.execute(
      RemoveListEntryDocument,
      { id: entryId, reason: '依法移出' },
      { as: viewers.provider },
    );
    const after = await env.server.execute(
      RunCreditCheckDocument,
      { code: SUBJECT_CODE, scenario: 'GOVERNMENT_PROCUREMENT', matter: '复查' },
      { as: viewers.regulator },
    );
    expect(after.data!.runCreditCheck.hits).toEqual([]);
    expect(after.data!.runCreditCheck.measures.filter(m => m.measure.listType === 'BLACK')).toEqual(
      [],
    );
  });

  it('offers the incentive measures to a red-listed subject and says why, and none to a penalised or an unknown one', async () => {
    const clean = enterpriseCode(424_242);
    await env.server.execute(
      SubmitLicensingDocument,
      {
        records: [
          buildLicensingInput({ creditCode: clean, counterpartName: '北京诚信示范有限公司' }),
        ],
      },
      { as: viewers.provider },
    );
    await env.server.execute(
      SubmitListEntriesDocument,
      {
        entries: [
          blackListing({
            listType: 'RED',
            subjectCode: clean,
            subjectName: '北京诚信示范有限公司',
            listingAuthority: AMR.name,
            reason: '诚信典型',
            documentNumber: 'RED-1',
          }),
        ],
      },
      { as: viewers.provider },
    );
    const red = await env.server.execute(
      RunCreditCheckDocument,
      { code: clean, scenario: 'LICENSING_APPROVAL', matter: '食品经营许可' },
      { as: viewers.regulator },
    );
    expect(red.data!.runCreditCheck.incentiveReason).toMatch(/守信激励/);
    expect(red.data!.runCreditCheck.measures.map(m => m.measure.id).sort()).toEqual([
      'R-ACCEPT-INCOMPLETE',
      'R-GREEN-CHANNEL',
    ]);

    await env.server.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput({ decisionDate: addMonths(env.server.clock.today(), -22) })] },
      { as: viewers.provider },
    );
    const penalised = await env.server.execute(
      RunCreditCheckDocument,
      { code: SUBJECT_CODE, scenario: 'LICENSING_APPROVAL', matter: '食品经营许可' },
      { as: viewers.regulator },
    );
    expect(penalised.data!.runCreditCheck).toMatchObject({ incentiveReason: null, measures: [] });

    // A code the platform has never seen has no three clean years to show (joint-measures.test.ts).
    const unknown = enterpriseCode(515_151);
    const unseen = await env.server.execute(
      RunCreditCheckDocument,
      { code: unknown, scenario: 'LICENSING_APPROVAL', matter: '食品经营许可' },
      { as: viewers.regulator },
    );
    expect(unseen.data!.runCreditCheck).toMatchObject({ incentiveReason: null, measures: [] });
  });

  it('keeps checks to regulators, and a regulator to its own department’s checks', async () => {
    expect(
      errorCodes(
        await env.server.execute(
          RunCreditCheckDocument,
          { code: SUBJECT_CODE, scenario: 'HONOURS', matter: 'x' },
          { as: viewers.institution },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const check = await env.server.execute(
      RunCreditCheckDocument,
      { code: SUBJECT_CODE, scenario: 'HONOURS', matter: '评优' },
      { as: viewers.regulator },
    );
    const otherRegulator = {
      ...viewers.regulator,
      organizationCode: AMR.code,
      organizationName: AMR.name,
    };
    const read = await env.server.execute(
      CreditCheckDocument,
      { id: check.data!.runCreditCheck.id },
      { as: otherRegulator },
    );
    expect(errorCodes(read)).toEqual(['FORBIDDEN']);
    const measures = await env.server.execute(MeasuresDocument, {
      scenario: 'GOVERNMENT_PROCUREMENT',
    });
    expect(measures.data!.measures).toEqual([{ id: 'B-NO-PROCUREMENT', kind: 'MANDATORY' }]);
  });
});

describe('the measures list and the checks list', () => {
  const measure: MeasureInput = {
    id: 'B-NO-BONDS',
    kind: 'MANDATORY',
    listType: 'BLACK',
    scenarios: ['FINANCING'],
    title: '限制发行企业债券',
    content: '限制发行企业债券。',
    legalBasis: '京政发〔2017〕15号 二(三)1',
    departments: '市发展改革委',
    active: true,
  };

  it('lets the credit office add a measure, which checks then apply, and refuses others', async () => {
    expect(
      errorCodes(
        await env.server.execute(
          SaveMeasureDocument,
          { input: measure },
          { as: viewers.regulator },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const saved = await env.server.execute(
      SaveMeasureDocument,
      { input: measure },
      { as: viewers.admin },
    );
    expect(saved.data!.saveMeasure).toEqual({
      id: 'B-NO-BONDS',
      kind: 'MANDATORY',
      scenarios: ['FINANCING'],
    });
    await env.server.execute(
      SubmitListEntriesDocument,
      { entries: [blackListing()] },
      { as: viewers.provider },
    );
    const check = await env.server.execute(
      RunCreditCheckDocument,
      { code: SUBJECT_CODE, scenario: 'FINANCING', matter: '债券发行核准' },
      { as: viewers.regulator },
    );
    expect(check.data!.runCreditCheck.measures.map(m => m.measure.id).sort()).toEqual([
      'B-HIGHER-RATES',
      'B-NO-BONDS',
      'B-NO-FINANCIAL-INSTITUTIONS',
    ]);
    await env.server.execute(
      SaveMeasureDocument,
      { input: { ...measure, active: false } },
      { as: viewers.admin },
    );
    const audit = await env.database.query<{ n: number }>(
      "select count(*)::int as n from audit_events where action = 'measure.save'",
    );
    expect(audit[0]!.n).toBe(2);
    await env.database.query("DELETE FROM measures WHERE id = 'B-NO-BONDS'");
  });

  it('lists checks page by page with their completeness, a regulator its own department’s', async () => {
    for (const matter of ['一', '二', '三']) {
      await env.server.execute(
        RunCreditCheckDocument,
        { code: SUBJECT_CODE, scenario: 'HONOURS', matter },
        { as: viewers.regulator },
      );
    }
    const first = await env.server.execute(CreditChecksDocument, {}, { as: viewers.regulator });
    expect(first.data!.creditChecks).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: true },
    });
    const second = await env.server.execute(
      CreditChecksDocument,
      { after: first.data!.creditChecks.pageInfo.endCursor },
      { as: viewers.regulator },
    );
    const matters = [...first.data!.creditChecks.edges, ...second.data!.creditChecks.edges].map(
      e => e.node.matter,
    );
    expect(matters.sort()).toEqual(['一', '三', '二'].sort());
    const elsewhere = { ...viewers.regulator, organizationCode: AMR.code };
    expect(
      (await env.server.execute(CreditChecksDocument, {}, { as: elsewhere })).data!.creditChecks
        .totalCount,
    ).toBe(0);
  });
});
