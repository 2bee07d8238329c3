import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Database } from '../../../src/db/client.js';
import { addDays, addMonths, fixedClock } from '../../../src/shared/dates.js';
import {
  AccessLogDocument,
  RegisterAuthorizationDocument,
  RevokeAuthorizationDocument,
  SubjectProfileDocument,
  SubmitLicensingDocument,
} from '../../__generated__/graphql.js';
import { openTestDatabase, truncateDomainTables } from '../../support/db.js';
import {
  SUBJECT_CODE,
  buildLicensingInput,
  enterpriseCode,
} from '../../support/factories/records.js';
import { type TestServer, createTestServer, errorCodes } from '../../support/server.js';
import { viewers } from '../../support/viewers.js';
import { testClock } from '../../support/clock.js';

let database: Database;
let server: TestServer;

beforeAll(async () => {
  database = await openTestDatabase();
  server = await createTestServer(database);
});
afterAll(async () => {
  await server.apollo.stop();
  await database.close();
});
beforeEach(async () => {
  await truncateDomainTables(database);
  await server.execute(
    SubmitLicensingDocument,
    {
      records: [
        buildLicensingInput(),
        buildLicensingInput({ usageScope: 'AUTHORIZED' }),
        buildLicensingInput({ usageScope: 'GOVERNMENT' }),
      ],
    },
    { as: viewers.admin },
  );
});

/** A year's authorization from the tests' today. */
const validUntil = addMonths(testClock.today(), 12);
const authorization = {
  subjectCode: SUBJECT_CODE,
  purpose: '贷前审查',
  validUntil,
  documentReference: '授权书 2026-001',
};
const visibleToInstitution = async (s: TestServer = server) =>
  (
    await s.execute(
      SubjectProfileDocument,
      { code: SUBJECT_CODE, purpose: '贷前审查' },
      { as: viewers.institution },
    )
  ).data!.subject!.licensingRecords;

/** What SubjectProfile reads of a subject: the subject and its records of both kinds. */
const PROFILE_READ = ['LicensingRecord', 'PenaltyRecord', 'Subject'];

describe('institution authorizations', () => {
  it('shows AUTHORIZED-scope records only while a valid authorization stands, never GOVERNMENT ones', async () => {
    expect((await visibleToInstitution()).totalCount).toBe(1);
    const registered = await server.execute(
      RegisterAuthorizationDocument,
      { input: authorization },
      { as: viewers.institution },
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.registerAuthorization).toMatchObject({
      institutionCode: viewers.institution.organizationCode,
      subjectCode: SUBJECT_CODE,
    });
    const withAuthorization = await visibleToInstitution();
    expect(withAuthorization.totalCount).toBe(2);
    expect(withAuthorization.edges.map(e => e.node.usageScope).sort()).toEqual([
      'AUTHORIZED',
      'PUBLIC',
    ]);

    const later = await createTestServer(
      database,
      fixedClock(`${addDays(validUntil, 1)}T02:00:00Z`),
    );
    try {
      expect((await visibleToInstitution(later)).totalCount).toBe(1);
    } finally {
      await later.apollo.stop();
    }

    const revoked = await server.execute(
      RevokeAuthorizationDocument,
      { id: registered.data!.registerAuthorization.id, reason: '主体撤回授权' },
      { as: viewers.admin },
    );
    expect(revoked.data!.revokeAuthorization.revokedAt).not.toBeNull();
    expect((await visibleToInstitution()).totalCount).toBe(1);
  });

  it('refuses an expired period, an unknown subject, and callers that are not institutions', async () => {
    const past = await server.execute(
      RegisterAuthorizationDocument,
      { input: { ...authorization, validUntil: addDays(testClock.today(), -30) } },
      { as: viewers.institution },
    );
    expect(past.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'validUntil',
    });
    const tooLong = await server.execute(
      RegisterAuthorizationDocument,
      { input: { ...authorization, validUntil: addMonths(testClock.today(), 12 * 8) } },
      { as: viewers.institution },
    );
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'validUntil',
    });
    const unknown = await server.execute(
      RegisterAuthorizationDocument,
      { input: { ...authorization, subjectCode: enterpriseCode(777_777) } },
      { as: viewers.institution },
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'subjectCode',
    });
    for (const viewer of [viewers.anonymous, viewers.regulator, viewers.provider]) {
      expect(
        errorCodes(
          await server.execute(
            RegisterAuthorizationDocument,
            { input: authorization },
            { as: viewer },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    }
    expect(
      errorCodes(
        await server.execute(
          RevokeAuthorizationDocument,
          { id: '00000000-0000-0000-0000-000000000000', reason: 'x' },
          { as: viewers.institution },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('access log', () => {
  it('logs every subject query by an institution or a regulator, with purpose and operation, and nothing else', async () => {
    await server.execute(
      SubjectProfileDocument,
      { code: SUBJECT_CODE, purpose: '贷前审查' },
      { as: viewers.institution },
    );
    await server.execute(
      SubjectProfileDocument,
      { code: SUBJECT_CODE, purpose: '行政许可审批' },
      { as: viewers.regulator },
    );
    await server.execute(
      SubjectProfileDocument,
      { code: enterpriseCode(888_888) },
      { as: viewers.regulator },
    );
    await server.execute(SubjectProfileDocument, { code: SUBJECT_CODE }, { as: viewers.anonymous });
    await server.execute(SubjectProfileDocument, { code: SUBJECT_CODE }, { as: viewers.admin });
    const refused = await server.execute(
      SubjectProfileDocument,
      { code: SUBJECT_CODE },
      { as: viewers.institution },
    );
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);

    const bySubject = await server.execute(
      AccessLogDocument,
      { subjectCode: SUBJECT_CODE },
      { as: viewers.admin },
    );
    expect(bySubject.data!.accessLog.totalCount).toBe(2);
    expect(bySubject.data!.accessLog.edges.map(e => e.node)).toEqual([
      {
        role: 'REGULATOR',
        organizationCode: viewers.regulator.organizationCode,
        subjectCode: SUBJECT_CODE,
        purpose: '行政许可审批',
        operation: 'query SubjectProfile',
        dataRead: PROFILE_READ,
      },
      {
        role: 'INSTITUTION',
        organizationCode: viewers.institution.organizationCode,
        subjectCode: SUBJECT_CODE,
        purpose: '贷前审查',
        operation: 'query SubjectProfile',
        dataRead: PROFILE_READ,
      },
    ]);
    const byOrganization = await server.execute(
      AccessLogDocument,
      { organizationCode: viewers.regulator.organizationCode, first: 1 },
      { as: viewers.admin },
    );
    expect(byOrganization.data!.accessLog.totalCount).toBe(2);
    expect(byOrganization.data!.accessLog.pageInfo.hasNextPage).toBe(true);
    const next = await server.execute(
      AccessLogDocument,
      {
        organizationCode: viewers.regulator.organizationCode,
        first: 1,
        after: byOrganization.data!.accessLog.pageInfo.endCursor,
      },
      { as: viewers.admin },
    );
    expect(next.data!.accessLog.edges).toHaveLength(1);
    expect(next.data!.accessLog.pageInfo.hasNextPage).toBe(false);

    for (const viewer of [viewers.regulator, viewers.institution, viewers.anonymous]) {
      expect(errorCodes(await server.execute(AccessLogDocument, {}, { as: viewer }))).toEqual([
        'FORBIDDEN',
      ]);
    }
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await server.execute(
      SubjectProfileDocument,
      { code: SUBJECT_CODE, purpose: '贷前审查' },
      { as: viewers.institution },
    );
    await expect(database.query("UPDATE access_log SET purpose = 'changed'")).rejects.toThrow(
      /append-only/,
    );
    await expect(database.query('DELETE FROM access_log')).rejects.toThrow(/append-only/);
    await expect(database.query('TRUNCATE access_log')).rejects.toThrow(/append-only/);
    const [row] = await database.query<{ n: number }>('select count(*)::int as n from access_log');
    expect(row!.n).toBe(1);
  });
});
