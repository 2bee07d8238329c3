import { beforeEach, describe, expect, it } from 'vitest';

import { fixedClock } from '../../../src/shared/dates.js';
import {
  AcceptObjectionDocument,
  ApplyForRepairDocument,
  DecideObjectionDocument,
  DecideRepairDocument,
  FileObjectionWithDeadlinesDocument,
  OverdueObjectionsDocument,
  PublicPenaltyObjectionsDocument,
  RunCreditCheckHitsDocument,
  SubjectRemediesDocument,
  SubmitLicensingDocument,
  SubjectListEntryStatesDocument,
  SubmitListEntriesDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import {
  SUBJECT_CODE,
  buildLicensingInput,
  buildPenaltyInput,
} from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { createTestServer, errorCodes } from '../../support/server.js';
import { AMR, viewers } from '../../support/viewers.js';

// The objection and repair dates below are counted on the official calendar of 2026.
const env = useIntegration({ pinnedAt: '2026-11-20T02:00:00Z' });

beforeEach(async () => {
  // A listing needs a registered subject: the licence registers it.
  await env.server.execute(
    SubmitLicensingDocument,
    { records: [buildLicensingInput()] },
    { as: viewers.provider },
  );
});

async function penalty(overrides: Parameters<typeof buildPenaltyInput>[0] = {}) {
  const input = buildPenaltyInput(overrides);
  const result = await env.server.execute(
    SubmitPenaltyDocument,
    { records: [input] },
    { as: viewers.provider },
  );
  return { id: result.data!.submitPenaltyRecords.records[0]!.id, input };
}

const objection = (targetId: string) => ({
  targetId,
  filerName: '王伟',
  filerContact: '13800000000',
  grounds: '处罚决定已被行政复议撤销',
  evidence: '复议决定书 京复〔2026〕12号',
});

describe('objections (异议)', () => {
  it('runs from filing to an answer, with deadlines on the official calendar, and shows 异议处理中 from acceptance to the answer', async () => {
    const { id } = await penalty();
    const filed = await env.server.execute(FileObjectionWithDeadlinesDocument, {
      input: objection(id),
    });
    expect(filed.errors).toBeUndefined();
    // filed Friday 2026-11-20: 2 working days → Tuesday 2026-11-24
    expect(filed.data!.fileObjection).toMatchObject({
      targetId: id,
      status: 'FILED',
      acceptDue: '2026-11-24',
      answerDue: null,
      overdue: false,
    });
    const objectionId = filed.data!.fileObjection.id;
    // Filing alone marks nothing (DESIGN §3.4): spam cannot mark a record.
    const filedOnly = await env.server.execute(PublicPenaltyObjectionsDocument, {
      code: SUBJECT_CODE,
    });
    expect(filedOnly.data!.subject!.penaltyRecords.edges[0]!.node.underObjection).toBe(false);

    const accepted = await env.server.execute(
      AcceptObjectionDocument,
      { id: objectionId, accept: true },
      { as: viewers.admin },
    );
    // accepted 2026-11-20: 10 working days → 2026-12-04
    expect(accepted.data!.acceptObjection).toEqual({ status: 'ACCEPTED', answerDue: '2026-12-04' });
    const shown = await env.server.execute(PublicPenaltyObjectionsDocument, { code: SUBJECT_CODE });
    expect(shown.data!.subject!.penaltyRecords.edges[0]!.node.underObjection).toBe(true);
    expect(
      errorCodes(
        await env.server.execute(
          DecideObjectionDocument,
          { id: objectionId, outcome: 'UPHELD' },
          { as: viewers.otherProvider },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const decided = await env.server.execute(
      DecideObjectionDocument,
      { id: objectionId, outcome: 'UPHELD' },
      { as: viewers.provider },
    );
    expect(decided.data!.decideObjection).toEqual({ status: 'DECIDED', outcome: 'UPHELD' });
    // A second decision changes nothing: a CONFLICT that says why.
    const again = await env.server.execute(
      DecideObjectionDocument,
      { id: objectionId, outcome: 'REVOKED' },
      { as: viewers.admin },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'id',
      reason: 'OBJECTION_ALREADY_DECIDED',
      status: 'DECIDED',
    });
    const reopened = await env.server.execute(
      AcceptObjectionDocument,
      { id: objectionId, accept: false },
      { as: viewers.admin },
    );
    expect(reopened.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'id',
      reason: 'OBJECTION_ALREADY_DECIDED',
      allowedFrom: ['FILED'],
    });
    const after = await env.server.execute(PublicPenaltyObjectionsDocument, { code: SUBJECT_CODE });
    expect(after.data!.subject!.penaltyRecords).toMatchObject({
      totalCount: 1,
      edges: [{ node: { underObjection: false } }],
    });
  });

  it('counts acceptance days across a holiday: filed 2026-09-30, due 2026-10-09', async () => {
    const { id } = await penalty({ decisionDate: '2026-09-01' });
    const september = await createTestServer(env.database, fixedClock('2026-09-30T02:00:00Z'));
    try {
      const filed = await september.execute(FileObjectionWithDeadlinesDocument, {
        input: objection(id),
      });
      expect(filed.data!.fileObjection.acceptDue).toBe('2026-10-09');
    } finally {
      await september.apollo.stop();
    }
  });

  it('REVOKED takes the record out of every view but the regulators’; CORRECTED needs the correction first', async () => {
    const first = await penalty();
    const filed = await env.server.execute(FileObjectionWithDeadlinesDocument, {
      input: objection(first.id),
    });
    await env.server.execute(
      AcceptObjectionDocument,
      { id: filed.data!.fileObjection.id, accept: true },
      { as: viewers.admin },
    );
    await env.server.execute(
      DecideObjectionDocument,
      { id: filed.data!.fileObjection.id, outcome: 'REVOKED' },
      { as: viewers.provider },
    );
    expect(
      (await env.server.execute(PublicPenaltyObjectionsDocument, { code: SUBJECT_CODE })).data!
        .subject!.penaltyRecords.totalCount,
    ).toBe(0);
    const regulator = await env.server.execute(
      SubjectRemediesDocument,
      { code: SUBJECT_CODE, purpose: '核查' },
      { as: viewers.regulator },
    );
    expect(regulator.data!.subject!.penaltyRecords.edges[0]!.node.revokedAt).not.toBeNull();

    const second = await penalty();
    const other = await env.server.execute(FileObjectionWithDeadlinesDocument, {
      input: objection(second.id),
    });
    await env.server.execute(
      AcceptObjectionDocument,
      { id: other.data!.fileObjection.id, accept: true },
      { as: viewers.admin },
    );
    const early = await env.server.execute(
      DecideObjectionDocument,
      { id: other.data!.fileObjection.id, outcome: 'CORRECTED' },
      { as: viewers.provider },
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'outcome' });
    await env.server.execute(
      SubmitPenaltyDocument,
      { records: [{ ...second.input, facts: '更正后的违法事实' }] },
      { as: viewers.provider },
    );
    const corrected = await env.server.execute(
      DecideObjectionDocument,
      { id: other.data!.fileObjection.id, outcome: 'CORRECTED' },
      { as: viewers.provider },
    );
    expect(corrected.data!.decideObjection).toEqual({ status: 'DECIDED', outcome: 'CORRECTED' });
  });

  it('lists objections past their dates as overdue, for the credit office and the department', async () => {
    const { id } = await penalty();
    await env.server.execute(FileObjectionWithDeadlinesDocument, { input: objection(id) });
    const later = await createTestServer(env.database, fixedClock('2026-11-25T02:00:00Z'));
    try {
      const asAdmin = await later.execute(OverdueObjectionsDocument, {}, { as: viewers.admin });
      expect(asAdmin.data!.objections).toMatchObject({
        totalCount: 1,
        edges: [{ node: { targetId: id, overdue: true, acceptDue: '2026-11-24' } }],
      });
      expect(
        (await later.execute(OverdueObjectionsDocument, {}, { as: viewers.provider })).data!
          .objections.totalCount,
      ).toBe(1);
      expect(
        (await later.execute(OverdueObjectionsDocument, {}, { as: viewers.otherProvider })).data!
          .objections.totalCount,
      ).toBe(0);
      expect(
        errorCodes(await later.execute(OverdueObjectionsDocument, {}, { as: viewers.regulator })),
      ).toEqual(['FORBIDDEN']);
    } finally {
      await later.apollo.stop();
    }
  });

  it('does not let the public object to what it cannot see', async () => {
    const { id } = await penalty({ usageScope: 'GOVERNMENT' });
    const hidden = await env.server.execute(FileObjectionWithDeadlinesDocument, {
      input: objection(id),
    });
    expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'targetId' });
    expect(
      (
        await env.server.execute(
          FileObjectionWithDeadlinesDocument,
          { input: objection(id) },
          { as: viewers.regulator },
        )
      ).errors,
    ).toBeUndefined();
  });
});

describe('credit repair (信用修复)', () => {
  const application = (targetId: string) => ({
    targetId,
    applicantName: '北京华信科技有限公司',
    applicantContact: '010-12345678',
    proofOfPerformance: '罚款缴纳凭证 2026-0815',
    creditCommitment: '信用承诺书 2026-0816',
  });

  it('refuses an application before the minimum publicity period, saying from when it can be filed', async () => {
    const { id } = await penalty({ decisionDate: '2026-11-05' });
    const early = await env.server.execute(ApplyForRepairDocument, { input: application(id) });
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'REPAIR_TOO_EARLY',
      field: 'targetId',
      availableFrom: '2027-02-05',
    });
  });

  it('takes an approved penalty out of public view; regulators still see it, marked repaired', async () => {
    const { id } = await penalty({ decisionDate: '2026-05-11', penaltyValidUntil: '2026-06-30' });
    const applied = await env.server.execute(ApplyForRepairDocument, { input: application(id) });
    expect(applied.data!.applyForRepair).toMatchObject({ targetId: id, status: 'PENDING' });
    expect(
      errorCodes(await env.server.execute(ApplyForRepairDocument, { input: application(id) })),
    ).toEqual(['CONFLICT']);
    expect(
      errorCodes(
        await env.server.execute(
          DecideRepairDocument,
          { id: applied.data!.applyForRepair.id, approve: true },
          { as: viewers.provider },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const approved = await env.server.execute(
      DecideRepairDocument,
      { id: applied.data!.applyForRepair.id, approve: true },
      { as: viewers.admin },
    );
    expect(approved.data!.decideRepair.status).toBe('APPROVED');
    expect(
      (await env.server.execute(PublicPenaltyObjectionsDocument, { code: SUBJECT_CODE })).data!
        .subject!.penaltyRecords.totalCount,
    ).toBe(0);
    const regulator = await env.server.execute(
      SubjectRemediesDocument,
      { code: SUBJECT_CODE, purpose: '核查' },
      { as: viewers.regulator },
    );
    expect(regulator.data!.subject!.penaltyRecords.edges[0]!.node.repairedAt).not.toBeNull();
    const again = await env.server.execute(
      DecideRepairDocument,
      { id: applied.data!.applyForRepair.id, approve: false },
      { as: viewers.admin },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'id',
      reason: 'REPAIR_ALREADY_DECIDED',
      status: 'APPROVED',
    });
  });

  it('takes a repaired subject off the black list, and the same credit check then finds no hit', async () => {
    const listing = await env.server.execute(
      SubmitListEntriesDocument,
      {
        entries: [
          {
            listType: 'BLACK',
            subjectName: '北京华信科技有限公司',
            subjectCode: SUBJECT_CODE,
            documentNumber: '京市监失信〔2025〕1号',
            listingAuthority: AMR.name,
            listingAuthorityCode: AMR.code,
            basis: '《严重违法失信企业名单管理暂行办法》',
            reason: '提交虚假材料取得登记',
            listedOn: '2025-06-01',
          },
        ],
      },
      { as: viewers.provider },
    );
    const entryId = listing.data!.submitListEntries.listEntries[0]!.id;
    const check = {
      code: SUBJECT_CODE,
      scenario: 'GOVERNMENT_PROCUREMENT',
      matter: '采购资格审查',
    } as const;
    const before = await env.server.execute(RunCreditCheckHitsDocument, check, {
      as: viewers.regulator,
    });
    expect(before.data!.runCreditCheck).toEqual({
      hits: [{ id: entryId }],
      measures: [{ measure: { id: 'B-NO-PROCUREMENT', kind: 'MANDATORY' } }],
    });

    const applied = await env.server.execute(ApplyForRepairDocument, {
      input: application(entryId),
    });
    await env.server.execute(
      DecideRepairDocument,
      { id: applied.data!.applyForRepair.id, approve: true },
      { as: viewers.admin },
    );
    const after = await env.server.execute(RunCreditCheckHitsDocument, check, {
      as: viewers.regulator,
    });
    expect(after.data!.runCreditCheck).toEqual({ hits: [], measures: [] });
    const profile = await env.server.execute(
      SubjectRemediesDocument,
      { code: SUBJECT_CODE, purpose: '核查' },
      { as: viewers.regulator },
    );
    // Regulators still see it, marked repaired (DESIGN §3.4); the public no longer does.
    expect(profile.data!.subject!.listEntries).toEqual([{ id: entryId, underObjection: false }]);
    const states = await env.server.execute(
      SubjectListEntryStatesDocument,
      { code: SUBJECT_CODE, purpose: '核查' },
      { as: viewers.regulator },
    );
    expect(states.data!.subject!.listEntries).toEqual([
      { id: entryId, listType: 'BLACK', status: 'REPAIRED' },
    ]);
    const publicView = await env.server.execute(SubjectListEntryStatesDocument, {
      code: SUBJECT_CODE,
    });
    expect(publicView.data!.subject!.listEntries).toEqual([]);
  });
});
