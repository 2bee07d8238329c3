import { describe, expect, it } from 'vitest';

import {
  type RecordStatusCode,
  SubmitLicensingDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import {
  SUBJECT_CODE,
  buildLicensingInput,
  buildPenaltyInput,
} from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();

const RECORD = `query($id: ID!) { creditRecord(id: $id, purpose: "行政许可审查") {
  id status underObjection disclosure { status } } }`;

const PROFILE = `query($code: CreditCode!) { subject(code: $code, purpose: "行政许可审查") {
  licensingRecords(first: 20) { totalCount edges { node { id status } } }
  penaltyRecords(first: 20) { totalCount edges { node { id status underObjection } } } } }`;

const OBJECTIONS = `query { objections(first: 20) { totalCount edges { node {
  targetId status filerName filerContact answerDue } } } }`;

interface RecordAnswer {
  creditRecord: {
    id: string;
    status: string;
    underObjection: boolean;
    disclosure: { status: string };
  } | null;
}

interface ProfileAnswer {
  subject: {
    licensingRecords: { totalCount: number; edges: { node: { id: string; status: string } }[] };
    penaltyRecords: {
      totalCount: number;
      edges: { node: { id: string; status: string; underObjection: boolean } }[];
    };
  };
}

interface ObjectionsAnswer {
  objections: {
    totalCount: number;
    edges: {
      node: {
        targetId: string;
        status: string;
        filerName: string;
        filerContact: string;
        answerDue: string;
      };
    }[];
  };
}

async function submitLicences(statuses: (RecordStatusCode | null)[]): Promise<string[]> {
  const result = await env.server.execute(
    SubmitLicensingDocument,
    { records: statuses.map(status => buildLicensingInput(status === null ? {} : { status })) },
    { as: viewers.admin },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!.submitLicensingRecords.rejected).toEqual([]);
  return result.data!.submitLicensingRecords.records.map(record => record.id);
}

describe('当前状态 (status) of a record', () => {
  it('keeps records marked 无效 or 撤销 out of every public answer and shows them, marked, to regulators', async () => {
    const [valid, invalid, revoked, other, omitted] = await submitLicences([
      'VALID',
      'INVALID',
      'REVOKED',
      'OTHER',
      null,
    ]);

    for (const [id, status] of [
      [valid, 'VALID'],
      [other, 'OTHER'],
      [omitted, 'VALID'],
    ] as const) {
      const answer = await env.server.execute<RecordAnswer, { id: string }>(RECORD, { id: id! });
      expect(answer.errors, id).toBeUndefined();
      expect(answer.data!.creditRecord, id).toMatchObject({ status });
    }
    for (const id of [invalid!, revoked!]) {
      for (const viewer of [viewers.anonymous, viewers.institution]) {
        const answer = await env.server.execute<RecordAnswer, { id: string }>(
          RECORD,
          { id },
          { as: viewer },
        );
        expect(answer.errors, `${id} ${viewer.role}`).toBeUndefined();
        expect(answer.data!.creditRecord, `${id} ${viewer.role}`).toBeNull();
      }
    }

    const publicProfile = await env.server.execute<ProfileAnswer, { code: string }>(PROFILE, {
      code: SUBJECT_CODE,
    });
    expect(publicProfile.data!.subject.licensingRecords.totalCount).toBe(3);
    expect(
      publicProfile.data!.subject.licensingRecords.edges.map(edge => edge.node.status).sort(),
    ).toEqual(['OTHER', 'VALID', 'VALID']);

    const regulatorProfile = await env.server.execute<ProfileAnswer, { code: string }>(
      PROFILE,
      { code: SUBJECT_CODE },
      { as: viewers.regulator },
    );
    expect(regulatorProfile.data!.subject.licensingRecords.totalCount).toBe(5);
    const regulatorSees = new Map(
      regulatorProfile.data!.subject.licensingRecords.edges.map(edge => [
        edge.node.id,
        edge.node.status,
      ]),
    );
    expect(regulatorSees.get(invalid!)).toBe('INVALID');
    expect(regulatorSees.get(revoked!)).toBe('REVOKED');

    // A record that is never to be public is not due for disclosure either.
    const marked = await env.server.execute<RecordAnswer, { id: string }>(
      RECORD,
      { id: invalid! },
      { as: viewers.regulator },
    );
    expect(marked.data!.creditRecord!.disclosure.status).toBe('NOT_REQUIRED');
  });

  it('takes a published record out of the public view when a correction marks it 撤销', async () => {
    const input = buildLicensingInput();
    const first = await env.server.execute(
      SubmitLicensingDocument,
      { records: [input] },
      { as: viewers.admin },
    );
    const id = first.data!.submitLicensingRecords.records[0]!.id;
    const before = await env.server.execute<RecordAnswer, { id: string }>(RECORD, { id });
    expect(before.data!.creditRecord).toMatchObject({ status: 'VALID' });

    const corrected = await env.server.execute(
      SubmitLicensingDocument,
      { records: [{ ...input, status: 'REVOKED' }] },
      { as: viewers.admin },
    );
    expect(corrected.data!.submitLicensingRecords.corrections).toBe(1);
    const after = await env.server.execute<RecordAnswer, { id: string }>(RECORD, { id });
    expect(after.data!.creditRecord).toBeNull();
    const regulator = await env.server.execute<RecordAnswer, { id: string }>(
      RECORD,
      { id },
      { as: viewers.regulator },
    );
    expect(regulator.data!.creditRecord).toMatchObject({ id, status: 'REVOKED' });
  });

  it('opens one objection, accepted for handling, on a record its department marks 异议', async () => {
    const input = buildPenaltyInput({ status: 'OBJECTION' });
    const submitted = await env.server.execute(
      SubmitPenaltyDocument,
      { records: [input, buildPenaltyInput()] },
      { as: viewers.admin },
    );
    expect(submitted.data!.submitPenaltyRecords.rejected).toEqual([]);
    const [marked, plain] = submitted.data!.submitPenaltyRecords.records.map(r => r.id);

    const profile = await env.server.execute<ProfileAnswer, { code: string }>(PROFILE, {
      code: SUBJECT_CODE,
    });
    const shown = new Map(
      profile.data!.subject.penaltyRecords.edges.map(edge => [edge.node.id, edge.node]),
    );
    expect(shown.get(marked!)).toMatchObject({ status: 'OBJECTION', underObjection: true });
    expect(shown.get(plain!)).toMatchObject({ status: 'VALID', underObjection: false });

    const queue = await env.server.execute<ObjectionsAnswer, Record<string, never>>(
      OBJECTIONS,
      {},
      { as: viewers.admin },
    );
    expect(queue.data!.objections.totalCount).toBe(1);
    expect(queue.data!.objections.edges[0]!.node).toMatchObject({
      targetId: marked,
      status: 'ACCEPTED',
      filerName: input.sourceUnit,
      filerContact: input.sourceUnitCode,
    });
    expect(queue.data!.objections.edges[0]!.node.answerDue > env.server.clock.today()).toBe(true);

    // A correction that keeps the marking opens no second objection.
    await env.server.execute(
      SubmitPenaltyDocument,
      { records: [{ ...input, remarks: '补充说明' }] },
      { as: viewers.admin },
    );
    const again = await env.server.execute<ObjectionsAnswer, Record<string, never>>(
      OBJECTIONS,
      {},
      { as: viewers.admin },
    );
    expect(again.data!.objections.totalCount).toBe(1);
  });

  it('opens nothing on a revoked record marked 异议, and still stores the correction and the rest of the batch', async () => {
    const input = buildPenaltyInput();
    const first = await env.server.execute(
      SubmitPenaltyDocument,
      { records: [input] },
      { as: viewers.admin },
    );
    const id = first.data!.submitPenaltyRecords.records[0]!.id;
    const revoked = await env.server.execute(
      'mutation($id: ID!) { revokeRecord(id: $id, reason: "决定已被撤销") { id } }',
      { id },
      { as: viewers.admin },
    );
    expect(revoked.errors).toBeUndefined();

    const marked = await env.server.execute(
      SubmitPenaltyDocument,
      { records: [{ ...input, status: 'OBJECTION' }, buildPenaltyInput({ status: 'OBJECTION' })] },
      { as: viewers.admin },
    );
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.submitPenaltyRecords).toMatchObject({
      accepted: 2,
      corrections: 1,
      rejected: [],
    });
    const queue = await env.server.execute<ObjectionsAnswer, Record<string, never>>(
      OBJECTIONS,
      {},
      { as: viewers.admin },
    );
    expect(queue.data!.objections.edges.map(edge => edge.node.targetId)).toEqual([
      marked.data!.submitPenaltyRecords.records[1]!.id,
    ]);
  });
});
