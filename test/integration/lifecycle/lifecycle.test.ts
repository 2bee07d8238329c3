import { beforeEach, describe, expect, it } from 'vitest';

import {
  LifecycleEvent,
  applyCorrection,
  applyTransition,
} from '../../../src/modules/record-lifecycle/index.js';
import { RecordKind, recordLifecycle } from '../../../src/modules/records/index.js';
import {
  AcceptObjectionDocument,
  ApplyForRepairDocument,
  DecideObjectionDocument,
  DecideRepairDocument,
  FileObjectionWithDeadlinesDocument,
  PublishRecordsDocument,
  RecordLifecycleDocument,
  RemoveListEntryDocument,
  RevokeRecordDocument,
  SubmitLicensingDocument,
  SubmitListEntriesDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import {
  SUBJECT_CODE,
  buildLicensingInput,
  buildPenaltyInput,
} from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { type Result, errorCodes } from '../../support/server.js';
import { AMR, viewers } from '../../support/viewers.js';

// Repair periods and objection deadlines below are counted from this day.
const env = useIntegration({ pinnedAt: '2026-11-20T02:00:00Z' });

beforeEach(async () => {
  // The catalog outlives each test's truncation: penalties publish on receipt unless a test says otherwise.
  await env.database.query(
    "UPDATE catalog_items SET requires_review = false WHERE code = 'ADMIN_PENALTY'",
  );
  // A listing needs a registered subject: the licence registers it.
  await env.server.execute(
    SubmitLicensingDocument,
    { records: [buildLicensingInput()] },
    { as: viewers.provider },
  );
});

async function penalty(overrides: Parameters<typeof buildPenaltyInput>[0] = {}) {
  const result = await env.server.execute(
    SubmitPenaltyDocument,
    { records: [buildPenaltyInput({ decisionDate: '2026-05-11', ...overrides })] },
    { as: viewers.provider },
  );
  const id = result.data!.submitPenaltyRecords.records[0]!.id;
  return { id, rowId: Number(id.split(':')[1]) };
}

async function blackListEntry(): Promise<string> {
  const stored = await env.server.execute(
    SubmitListEntriesDocument,
    {
      entries: [
        {
          listType: 'BLACK',
          subjectName: '北京华信科技有限公司',
          subjectCode: SUBJECT_CODE,
          documentNumber: '京市监失信〔2025〕7号',
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
  return stored.data!.submitListEntries.listEntries[0]!.id;
}

/** A penalty as a regulator sees it, with its status fields. */
async function state(id: string) {
  const record = (
    await env.server.execute(RecordLifecycleDocument, { id }, { as: viewers.regulator })
  ).data!.creditRecord;
  if (record === null || record === undefined || !('repairedAt' in record)) {
    throw new Error(`${id} is no penalty a regulator sees`);
  }
  return record;
}

async function audits(action: string): Promise<number> {
  const [row] = await env.database.query<{ n: number }>(
    'select count(*)::int as n from audit_events where action = $1',
    [action],
  );
  return row!.n;
}

const objection = (targetId: string) => ({
  targetId,
  filerName: '王伟',
  filerContact: '13800000000',
  grounds: '处罚决定已被行政复议撤销',
});

const repairApplication = (targetId: string) => ({
  targetId,
  applicantName: '北京华信科技有限公司',
  applicantContact: '010-12345678',
  proofOfPerformance: '罚款缴纳凭证 2026-0815',
  creditCommitment: '信用承诺书 2026-0816',
});

describe('record lifecycle through the mutations', () => {
  it('publishes a record held for review, once', async () => {
    await env.database.query(
      "UPDATE catalog_items SET requires_review = true WHERE code = 'ADMIN_PENALTY'",
    );
    const { id } = await penalty();
    expect((await state(id)).disclosure.publishedAt).toBeNull();
    const published = await env.server.execute(
      PublishRecordsDocument,
      { ids: [id] },
      { as: viewers.admin },
    );
    expect(published.errors).toBeUndefined();
    const publishedAt = (await state(id)).disclosure.publishedAt;
    expect(publishedAt).toBe('2026-11-20T02:00:00.000Z');
    // Publishing it again leaves it as it was.
    const again = await env.server.execute(
      PublishRecordsDocument,
      { ids: [id] },
      { as: viewers.admin },
    );
    expect(again.errors).toBeUndefined();
    expect((await state(id)).disclosure.publishedAt).toBe(publishedAt);
  });

  it('revokes a record once; a second revocation is a CONFLICT naming the record and the transition, and is not audited', async () => {
    const { id } = await penalty();
    const revoked = await env.server.execute(
      RevokeRecordDocument,
      { id, reason: '决定已撤销' },
      { as: viewers.admin },
    );
    expect(revoked.data!.revokeRecord.revokedAt).toBe('2026-11-20T02:00:00.000Z');
    const twice = await env.server.execute(
      RevokeRecordDocument,
      { id, reason: '再次撤销' },
      { as: viewers.admin },
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'id',
      recordId: id,
      transition: 'REVOKE',
      state: 'REVOKED',
      allowedFrom: ['RECEIVED', 'PUBLISHED', 'REPAIRED'],
    });
    expect(twice.errors?.[0]?.message).toContain(id);
    expect(await audits('record.revoke')).toBe(1);
  });

  it('lets the department withdraw its own record (WITHDRAW), after which the credit office cannot revoke it', async () => {
    const { id } = await penalty();
    const withdrawn = await env.server.execute(
      RevokeRecordDocument,
      { id, reason: '录入错误，撤回' },
      { as: viewers.provider },
    );
    expect(withdrawn.errors).toBeUndefined();
    const [entry] = await env.database.query<{ details: { transition: string } }>(
      "select details from audit_events where action = 'record.revoke'",
    );
    expect(entry!.details.transition).toBe('WITHDRAW');
    const after = await env.server.execute(
      RevokeRecordDocument,
      { id, reason: '撤销' },
      { as: viewers.admin },
    );
    expect(after.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      transition: 'REVOKE',
      state: 'REVOKED',
    });
  });

  it('runs an objection from acceptance (异议处理中) to each outcome, and refuses to accept one against a revoked record', async () => {
    const upheld = await penalty();
    const filed = await env.server.execute(FileObjectionWithDeadlinesDocument, {
      input: objection(upheld.id),
    });
    const objectionId = filed.data!.fileObjection.id;
    await env.server.execute(
      AcceptObjectionDocument,
      { id: objectionId, accept: true },
      { as: viewers.admin },
    );
    expect((await state(upheld.id)).underObjection).toBe(true);
    const decided = await env.server.execute(
      DecideObjectionDocument,
      { id: objectionId, outcome: 'UPHELD' },
      { as: viewers.provider },
    );
    expect(decided.data!.decideObjection).toEqual({ status: 'DECIDED', outcome: 'UPHELD' });
    expect(await state(upheld.id)).toMatchObject({ underObjection: false, revokedAt: null });

    const revoked = await penalty();
    const second = await env.server.execute(FileObjectionWithDeadlinesDocument, {
      input: objection(revoked.id),
    });
    await env.server.execute(
      AcceptObjectionDocument,
      { id: second.data!.fileObjection.id, accept: true },
      { as: viewers.admin },
    );
    // The credit office revokes the record while the department is still answering.
    await env.server.execute(
      RevokeRecordDocument,
      { id: revoked.id, reason: '决定已撤销' },
      { as: viewers.admin },
    );
    const late = await env.server.execute(
      DecideObjectionDocument,
      { id: second.data!.fileObjection.id, outcome: 'REVOKED' },
      { as: viewers.provider },
    );
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      recordId: revoked.id,
      transition: 'REVOKE',
      state: 'REVOKED',
    });
    expect(await audits('objection.decide')).toBe(1);

    const third = await env.server.execute(
      FileObjectionWithDeadlinesDocument,
      { input: objection(revoked.id) },
      { as: viewers.regulator },
    );
    const refused = await env.server.execute(
      AcceptObjectionDocument,
      { id: third.data!.fileObjection.id, accept: true },
      { as: viewers.admin },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      recordId: revoked.id,
      transition: 'ACCEPT_OBJECTION',
      state: 'REVOKED',
    });
    const [stillFiled] = await env.database.query<{ status: string }>(
      'select status from objections where id = $1',
      [third.data!.fileObjection.id],
    );
    expect(stillFiled!.status).toBe('FILED');
    expect(await audits('objection.accept')).toBe(2);
  });

  it('refuses to approve a repair of a record revoked meanwhile, and stores nothing', async () => {
    const { id } = await penalty({ penaltyValidUntil: '2026-06-30' });
    const applied = await env.server.execute(ApplyForRepairDocument, {
      input: repairApplication(id),
    });
    await env.server.execute(
      RevokeRecordDocument,
      { id, reason: '决定已撤销' },
      { as: viewers.admin },
    );
    const approved = await env.server.execute(
      DecideRepairDocument,
      { id: applied.data!.applyForRepair.id, approve: true },
      { as: viewers.admin },
    );
    expect(approved.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'id',
      recordId: id,
      transition: 'REPAIR',
      state: 'REVOKED',
    });
    const [application] = await env.database.query<{ status: string }>(
      'select status from repair_applications where id = $1',
      [applied.data!.applyForRepair.id],
    );
    expect(application!.status).toBe('PENDING');
    expect((await state(id)).repairedAt).toBeNull();
    expect(await audits('repair.approve')).toBe(0);
  });

  it('approves a repair once when two approvals race', async () => {
    const { id } = await penalty({ penaltyValidUntil: '2026-06-30' });
    const applied = await env.server.execute(ApplyForRepairDocument, {
      input: repairApplication(id),
    });
    const decide = () =>
      env.server.execute(
        DecideRepairDocument,
        { id: applied.data!.applyForRepair.id, approve: true },
        { as: viewers.admin },
      );
    const results = await Promise.all([decide(), decide()]);
    const codes = results.flatMap(errorCodes);
    expect(results.filter(r => r.data?.decideRepair.status === 'APPROVED')).toHaveLength(1);
    // The decision is one guarded statement: the loser finds the application decided.
    expect(codes).toEqual(['CONFLICT']);
    expect(await audits('repair.approve')).toBe(1);
    expect((await state(id)).repairedAt).toBe('2026-11-20T02:00:00.000Z');
  });
});

describe('list-entry lifecycle through the mutations', () => {
  it('removes an entry once; the second removal and a later repair approval are CONFLICTs', async () => {
    const entryId = await blackListEntry();
    const applied = await env.server.execute(ApplyForRepairDocument, {
      input: repairApplication(entryId),
    });
    expect(applied.errors).toBeUndefined();
    const removed = await env.server.execute(
      RemoveListEntryDocument,
      { id: entryId, reason: '依法移出' },
      { as: viewers.provider },
    );
    expect(removed.data!.removeListEntry.status).toBe('REMOVED');
    const twice = await env.server.execute(
      RemoveListEntryDocument,
      { id: entryId, reason: '依法移出' },
      { as: viewers.admin },
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'id',
      recordId: entryId,
      transition: 'REMOVE',
      state: 'REMOVED',
    });
    expect(await audits('list_entry.remove')).toBe(1);
    const repaired = await env.server.execute(
      DecideRepairDocument,
      { id: applied.data!.applyForRepair.id, approve: true },
      { as: viewers.admin },
    );
    expect(repaired.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      recordId: entryId,
      transition: 'REPAIR',
      state: 'REMOVED',
    });
    expect(await audits('repair.approve')).toBe(0);
  });

  it('removes an entry on an objection’s REVOKED outcome', async () => {
    const entryId = await blackListEntry();
    const filed = await env.server.execute(FileObjectionWithDeadlinesDocument, {
      input: objection(entryId),
    });
    await env.server.execute(
      AcceptObjectionDocument,
      { id: filed.data!.fileObjection.id, accept: true },
      { as: viewers.admin },
    );
    const decided = await env.server.execute(
      DecideObjectionDocument,
      { id: filed.data!.fileObjection.id, outcome: 'REVOKED' },
      { as: viewers.provider },
    );
    expect(decided.errors).toBeUndefined();
    const [entry] = await env.database.query<{ removal_reason: string }>(
      'select removal_reason from list_entries where id = $1',
      [Number(entryId.split(':')[1])],
    );
    expect(entry!.removal_reason).toMatch(/^异议处理：撤销。/);
  });
});

describe('the lifecycle’s statements', () => {
  const at = new Date('2026-11-20T02:00:00Z');

  it('run in the caller’s transaction: when it rolls back, the transition does too', async () => {
    const { rowId } = await penalty();
    await expect(
      env.database.primary.transaction(async tx => {
        await applyTransition(tx, recordLifecycle(RecordKind.PENALTY), rowId, {
          event: LifecycleEvent.REVOKE,
          at,
          reason: '测试',
        });
        throw new Error('the audit entry failed');
      }),
    ).rejects.toThrow('the audit entry failed');
    const [row] = await env.database.query<{ revoked_at: string | null }>(
      'select revoked_at from penalty_records where id = $1',
      [rowId],
    );
    expect(row!.revoked_at).toBeNull();
  });

  // PGlite is one connection, so only a server can hold two transactions at once.
  it.skipIf(!process.env['TEST_DATABASE_URL'])(
    'make an overlapping transition wait for the first, then report that the state has moved',
    async () => {
      const { id, rowId } = await penalty();
      const repair = { event: LifecycleEvent.REPAIR, at, reason: '信用修复' } as const;
      let release!: () => void;
      const held = new Promise<void>(resolve => (release = resolve));
      let repaired!: () => void;
      const firstRepaired = new Promise<void>(resolve => (repaired = resolve));
      const first = env.database.primary.transaction(async tx => {
        await applyTransition(tx, recordLifecycle(RecordKind.PENALTY), rowId, repair);
        repaired();
        await held;
      });
      await firstRepaired;
      const second = env.database.primary.transaction(tx =>
        applyTransition(tx, recordLifecycle(RecordKind.PENALTY), rowId, repair),
      );
      const outcome = second.then(
        () => 'stored',
        () => 'refused',
      );
      await new Promise(resolve => setTimeout(resolve, 200));
      release();
      await first;
      expect(await outcome).toBe('refused');
      await expect(second).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', recordId: id, transition: 'REPAIR', state: 'REPAIRED' },
      });
    },
  );

  it('refuse a correction whose version has moved, and a transition of a missing row', async () => {
    const { id, rowId } = await penalty();
    const stale = env.database.primary.transaction(tx =>
      applyCorrection(tx, recordLifecycle(RecordKind.PENALTY), rowId, {
        version: 0,
        values: { facts: '更正' },
        at,
      }),
    );
    await expect(stale).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', recordId: id, transition: 'CORRECT', state: 'PUBLISHED' },
    });
    const missing = env.database.primary.transaction(tx =>
      applyTransition(tx, recordLifecycle(RecordKind.PENALTY), 999_999, {
        event: LifecycleEvent.REPAIR,
        at,
        reason: '测试',
      }),
    );
    await expect(missing).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', recordId: 'penalty:999999', state: null },
    });
  });

  it('refuse a correction that would write a status column', async () => {
    const { rowId } = await penalty();
    await expect(
      env.database.primary.transaction(tx =>
        applyCorrection(tx, recordLifecycle(RecordKind.PENALTY), rowId, {
          version: 1,
          values: { facts: '更正', revokedAt: at },
          at,
        }),
      ),
    ).rejects.toThrow(/status columns \(revokedAt\)/);
  });
});

/**
 * Two requests at once (on a PostgreSQL server they overlap; on PGlite they run one after the
 * other): every step is one guarded statement, so exactly one wins, the other is a CONFLICT,
 * and only the winner is audited.
 */
describe('state transitions at once', () => {
  function oneWinner<R>(results: Result<R>[]): R {
    expect(results.filter(r => r.errors === undefined)).toHaveLength(1);
    expect(results.flatMap(errorCodes)).toEqual(['CONFLICT']);
    return results.find(r => r.errors === undefined)!.data!;
  }

  async function filedObjection(id: string): Promise<string> {
    const filed = await env.server.execute(FileObjectionWithDeadlinesDocument, {
      input: objection(id),
    });
    return filed.data!.fileObjection.id;
  }

  it('acceptObjection: one acceptance of two, and one of an acceptance and a rejection', async () => {
    const accept = (objectionId: string, accept: boolean) =>
      env.server.execute(
        AcceptObjectionDocument,
        { id: objectionId, accept },
        { as: viewers.admin },
      );
    const first = await filedObjection((await penalty()).id);
    const results = await Promise.all([accept(first, true), accept(first, true)]);
    expect(oneWinner(results).acceptObjection.status).toBe('ACCEPTED');
    expect(results.find(r => r.errors !== undefined)!.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'id',
      reason: 'OBJECTION_ALREADY_DECIDED',
      status: 'ACCEPTED',
    });
    expect(await audits('objection.accept')).toBe(1);

    const second = await filedObjection((await penalty()).id);
    oneWinner(await Promise.all([accept(second, true), accept(second, false)]));
    expect((await audits('objection.accept')) + (await audits('objection.reject'))).toBe(2);
  });

  it('decideObjection: one answer of two', async () => {
    const { id } = await penalty();
    const objectionId = await filedObjection(id);
    await env.server.execute(
      AcceptObjectionDocument,
      { id: objectionId, accept: true },
      { as: viewers.admin },
    );
    const decide = () =>
      env.server.execute(
        DecideObjectionDocument,
        { id: objectionId, outcome: 'UPHELD' },
        { as: viewers.provider },
      );
    const results = await Promise.all([decide(), decide()]);
    expect(oneWinner(results).decideObjection).toEqual({ status: 'DECIDED', outcome: 'UPHELD' });
    expect(results.find(r => r.errors !== undefined)!.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'id',
      reason: 'OBJECTION_ALREADY_DECIDED',
      status: 'DECIDED',
    });
    expect(await audits('objection.decide')).toBe(1);
  });

  it('decideObjection before acceptance is a CONFLICT, and stores nothing', async () => {
    const { id } = await penalty();
    const objectionId = await filedObjection(id);
    const early = await env.server.execute(
      DecideObjectionDocument,
      { id: objectionId, outcome: 'REVOKED' },
      { as: viewers.admin },
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'id',
      reason: 'OBJECTION_NOT_ACCEPTED',
      status: 'FILED',
    });
    expect((await state(id)).revokedAt).toBeNull();
    const [row] = await env.database.query<{ status: string }>(
      'select status from objections where id = $1',
      [objectionId],
    );
    expect(row!.status).toBe('FILED');
  });

  it('decideRepair: one decision of two, approve against reject', async () => {
    const { id } = await penalty({ penaltyValidUntil: '2026-06-30' });
    const applied = await env.server.execute(ApplyForRepairDocument, {
      input: repairApplication(id),
    });
    const decide = (approve: boolean) =>
      env.server.execute(
        DecideRepairDocument,
        { id: applied.data!.applyForRepair.id, approve },
        { as: viewers.admin },
      );
    const results = await Promise.all([decide(true), decide(false)]);
    const won = oneWinner(results).decideRepair.status;
    expect((await audits('repair.approve')) + (await audits('repair.reject'))).toBe(1);
    expect((await state(id)).repairedAt === null).toBe(won === 'REJECTED');
  });

  it('removeListEntry: one removal of two', async () => {
    const entryId = await blackListEntry();
    const remove = () =>
      env.server.execute(
        RemoveListEntryDocument,
        { id: entryId, reason: '依法移出' },
        { as: viewers.provider },
      );
    expect(oneWinner(await Promise.all([remove(), remove()])).removeListEntry.status).toBe(
      'REMOVED',
    );
    expect(await audits('list_entry.remove')).toBe(1);
  });

  it('applyForRepair: one pending application of two, kept by a unique index', async () => {
    const { id, rowId } = await penalty({ penaltyValidUntil: '2026-06-30' });
    const apply = () =>
      env.server.execute(ApplyForRepairDocument, { input: repairApplication(id) });
    const results = await Promise.all([apply(), apply()]);
    expect(oneWinner(results).applyForRepair.status).toBe('PENDING');
    expect(results.find(r => r.errors !== undefined)!.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'targetId',
    });
    const pending = await env.database.query<{ n: number }>(
      "select count(*)::int as n from repair_applications where target_id = $1 and status = 'PENDING'",
      [rowId],
    );
    expect(pending[0]!.n).toBe(1);
    expect(await audits('repair.apply')).toBe(1);
    // Even written straight to the table, a second pending application is refused.
    await expect(
      env.database.query(
        `insert into repair_applications (target_kind, target_id, subject_code, subject_key, source_unit_code,
           applicant_name, applicant_contact, proof_of_performance, credit_commitment, filed_at, status)
         select target_kind, target_id, subject_code, subject_key, source_unit_code, applicant_name,
           applicant_contact, proof_of_performance, credit_commitment, filed_at, 'PENDING'
         from repair_applications where target_id = $1`,
        [rowId],
      ),
    ).rejects.toThrow();
  });
});
