import { describe, expect, it } from 'vitest';

import {
  AccessLogDocument,
  CreditRecordDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import { SUBJECT_CODE, buildPenaltyInput } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { errorCodes } from '../../support/server.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();

async function submitPublicAndGovernment(): Promise<{ publicId: string; governmentId: string }> {
  const result = await env.server.execute(
    SubmitPenaltyDocument,
    { records: [buildPenaltyInput(), buildPenaltyInput({ usageScope: 'GOVERNMENT' })] },
    { as: viewers.admin },
  );
  const [publicRecord, governmentRecord] = result.data!.submitPenaltyRecords.records;
  return { publicId: publicRecord!.id, governmentId: governmentRecord!.id };
}

describe('creditRecord', () => {
  it('gives the public a published public record, and nothing it may not see', async () => {
    const { publicId, governmentId } = await submitPublicAndGovernment();

    const visible = await env.server.execute(CreditRecordDocument, { id: publicId });
    expect(visible.errors).toBeUndefined();
    expect(visible.data!.creditRecord).toMatchObject({
      id: publicId,
      subject: { code: SUBJECT_CODE },
      underObjection: false,
      legalRepresentativeIdNumber: null,
    });

    const hidden = await env.server.execute(CreditRecordDocument, { id: governmentId });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.creditRecord).toBeNull();

    for (const id of ['penalty:999999', 'licensing:1']) {
      const result = await env.server.execute(CreditRecordDocument, { id });
      expect(result.errors, id).toBeUndefined();
      expect(result.data!.creditRecord, id).toBeNull();
    }
    // An id of no shape this API gives out is the caller's mistake, not a missing record.
    for (const id of ['nonsense', 'penalty:-1']) {
      const result = await env.server.execute(CreditRecordDocument, { id });
      expect(result.errors?.[0]?.extensions, id).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
        reason: 'MALFORMED_ID',
      });
    }
  });

  it('shows regulators every record and logs the look-up against the subject', async () => {
    const { governmentId } = await submitPublicAndGovernment();
    const result = await env.server.execute(
      CreditRecordDocument,
      { id: governmentId, purpose: '行政许可审查' },
      { as: viewers.regulator },
    );
    expect(result.data!.creditRecord!.id).toBe(governmentId);

    const log = await env.server.execute(
      AccessLogDocument,
      { subjectCode: SUBJECT_CODE },
      { as: viewers.admin },
    );
    expect(log.data!.accessLog.totalCount).toBe(1);
    expect(log.data!.accessLog.edges[0]!.node).toMatchObject({
      role: 'REGULATOR',
      organizationCode: viewers.regulator.organizationCode,
    });
  });

  it('asks an institution for its purpose', async () => {
    const { publicId } = await submitPublicAndGovernment();
    const result = await env.server.execute(
      CreditRecordDocument,
      { id: publicId },
      { as: viewers.institution },
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });
});
