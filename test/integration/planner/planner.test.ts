import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { print } from 'graphql';

import { executeRows } from '../../../src/db/execute.js';
import { ensureBootstrapAdminKey } from '../../../src/modules/api-keys/index.js';
import { SitePenaltyPageDocument } from '../../../src/site/__generated__/graphql.js';
import { QueryPlanner } from '../../../src/modules/planner/index.js';
import {
  CreditRecordDocument,
  PortfolioScreenDocument,
  RunCreditCheckProfileDocument,
  SubjectProfileDocument,
  SubjectsBatchDocument,
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
import { startHttp } from '../../support/http.js';
import { useIntegration } from '../../support/integration.js';
import { type TestServer, createTestServer, errorCodes } from '../../support/server.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();

async function submitSome(): Promise<void> {
  const licensing = await env.server.execute(
    SubmitLicensingDocument,
    { records: [buildLicensingInput(), buildLicensingInput()] },
    { as: viewers.admin },
  );
  expect(licensing.data?.submitLicensingRecords.rejected).toEqual([]);
  const penalty = await env.server.execute(
    SubmitPenaltyDocument,
    { records: [buildPenaltyInput(), buildPenaltyInput()] },
    { as: viewers.admin },
  );
  expect(penalty.data?.submitPenaltyRecords.rejected).toEqual([]);
}

async function withPlanner<T>(run: (server: TestServer, planner: QueryPlanner) => Promise<T>) {
  const planner = new QueryPlanner();
  const server = await createTestServer(env.database, env.server.clock, { planner });
  try {
    return await run(server, planner);
  } finally {
    await server.apollo.stop();
  }
}

async function accessLogCodes(): Promise<string[]> {
  const rows = await executeRows<{ subject_code: string }>(
    env.database.db,
    sql`select subject_code from access_log order by id`,
  );
  return rows.map(row => row.subject_code);
}

describe('the query planner', () => {
  it('answers each planned operation with one SQL statement, its access-log row included', async () => {
    await submitSome();
    await withPlanner(async (server, planner) => {
      const cases = [
        {
          document: SubjectProfileDocument,
          variables: { code: SUBJECT_CODE, first: 20 },
          as: viewers.anonymous,
        },
        {
          document: SubjectProfileDocument,
          variables: { code: SUBJECT_CODE, purpose: '贷前审查' },
          as: viewers.institution,
        },
        {
          document: SubjectProfileDocument,
          variables: { code: SUBJECT_CODE },
          as: viewers.regulator,
        },
        {
          document: SubjectsBatchDocument,
          variables: { codes: [SUBJECT_CODE, enterpriseCode(999_998)], purpose: '贷后管理' },
          as: viewers.institution,
        },
        { document: CreditRecordDocument, variables: { id: 'penalty:1' }, as: viewers.regulator },
        {
          document: SitePenaltyPageDocument,
          variables: { code: SUBJECT_CODE, first: 1 },
          as: viewers.anonymous,
        },
        {
          document: RunCreditCheckProfileDocument,
          variables: { code: SUBJECT_CODE, scenario: 'FINANCING', matter: '授信审批' },
          as: viewers.regulator,
        },
      ] as const;
      for (const { document, variables, as } of cases) {
        const planned = planner.stats().planned;
        statementCounter.start();
        const result = await server.execute(document as never, variables as never, { as });
        const statements = statementCounter.stop();
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        expect(planner.stats().planned).toBe(planned + 1);
        expect(statements).toHaveLength(1);
      }
      // The regulator's and institution's reads, and the regulator's check, were logged by the
      // same statements.
      expect(await accessLogCodes()).toEqual([
        SUBJECT_CODE,
        SUBJECT_CODE,
        SUBJECT_CODE,
        enterpriseCode(999_998),
        SUBJECT_CODE,
        SUBJECT_CODE,
      ]);
      // The check was stored and audited by the same statement.
      const [check] = await executeRows<{ checks: number; audits: number }>(
        env.database.db,
        sql`select (select count(*)::integer from credit_checks) as checks,
          (select count(*)::integer from audit_events where action = 'credit_check.run') as audits`,
      );
      expect(check).toEqual({ checks: 1, audits: 1 });
    });
  });

  it('reuses one plan per document and role, and falls back to the resolvers on what it does not plan', async () => {
    await submitSome();
    await withPlanner(async (server, planner) => {
      for (const code of [SUBJECT_CODE, enterpriseCode(1), enterpriseCode(2)]) {
        await server.execute(SubjectProfileDocument, { code });
      }
      expect(planner.stats()).toMatchObject({ planned: 3, fallbacks: 0, plans: 1 });
      // An institution without a purpose: the resolvers answer with their own error.
      const missing = await server.execute(
        SubjectProfileDocument,
        { code: SUBJECT_CODE },
        { as: viewers.institution },
      );
      expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
      expect(planner.stats().reasons).toMatchObject({ input: 1 });
      // A field whose rule refuses the role: the resolvers answer, with shield's error.
      const refused = await server.execute(
        'query($code: CreditCode!) { subject(code: $code) { penaltyRecords { edges { node { revokedAt } } } } }',
        { code: SUBJECT_CODE },
      );
      expect(errorCodes(refused)).toContain('FORBIDDEN');
      expect(planner.stats().reasons).toMatchObject({ 'refused field': 1 });
    });
  });
});

describe('a large batch', () => {
  it('runs in parts of 25 codes side by side and answers as the resolvers, in the order given', async () => {
    await submitSome();
    const codes = Array.from({ length: 60 }, (_, i) =>
      i % 7 === 3 ? SUBJECT_CODE : enterpriseCode(700 + i),
    );
    const resolvers = await createTestServer(env.database, env.server.clock, { planner: null });
    try {
      const expected = await resolvers.execute(
        SubjectsBatchDocument,
        { codes, purpose: '贷后管理' },
        { as: viewers.institution },
      );
      expect(expected.errors).toBeUndefined();
      await withPlanner(async (server, planner) => {
        statementCounter.start();
        const planned = await server.execute(
          SubjectsBatchDocument,
          { codes, purpose: '贷后管理' },
          { as: viewers.institution },
        );
        expect(statementCounter.stop()).toHaveLength(3);
        expect(planner.stats().planned).toBe(1);
        expect(planned).toEqual(expected);
      });
    } finally {
      await resolvers.apollo.stop();
    }
    const logged = await accessLogCodes();
    expect(logged).toHaveLength(120);
    expect([...logged.slice(60)].sort()).toEqual([...codes].sort());
  });
});

describe('subjects(codes:, purpose:)', () => {
  for (const planned of [true, false]) {
    const through = planned ? 'planned' : 'through the resolvers';
    const serverFor = async () =>
      createTestServer(env.database, env.server.clock, planned ? {} : { planner: null });

    it(`returns the profiles in the order given, null for unknown codes, one access-log row each (${through})`, async () => {
      await submitSome();
      const server = await serverFor();
      try {
        const unknown = enterpriseCode(999_997);
        const result = await server.execute(
          SubjectsBatchDocument,
          { codes: [unknown, SUBJECT_CODE, unknown], purpose: '贷前审查' },
          { as: viewers.institution },
        );
        expect(result.errors).toBeUndefined();
        const answered = result.data!.subjects;
        expect(answered.map(subject => subject?.code ?? null)).toEqual([null, SUBJECT_CODE, null]);
        expect(answered[1]!.penaltyRecords.totalCount).toBe(2);
        expect(answered[1]!.licensingRecords.totalCount).toBe(2);
        expect(await accessLogCodes()).toEqual([unknown, SUBJECT_CODE, unknown]);
      } finally {
        await server.apollo.stop();
      }
    });

    it(`refuses more than 100 codes and an institution without a purpose (${through})`, async () => {
      const server = await serverFor();
      try {
        const tooMany = await server.execute(
          SubjectsBatchDocument,
          { codes: Array.from({ length: 101 }, (_, i) => enterpriseCode(500 + i)) },
          { as: viewers.regulator },
        );
        expect(tooMany.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'codes',
        });
        const withoutPurpose = await server.execute(
          SubjectsBatchDocument,
          { codes: [SUBJECT_CODE] },
          { as: viewers.institution },
        );
        expect(withoutPurpose.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'purpose',
        });
        expect(await accessLogCodes()).toEqual([]);
      } finally {
        await server.apollo.stop();
      }
    });
  }
});

describe('a planned answer over HTTP', () => {
  it("is the statement's JSON text as it is, and the same answer as the resolvers give", async () => {
    await submitSome();
    const admin = 'planner-http-test-admin-secret-0123';
    await ensureBootstrapAdminKey(env.database.db, env.server.clock, admin);
    const codes = Array.from({ length: 60 }, (_, i) =>
      i % 7 === 3 ? SUBJECT_CODE : enterpriseCode(700 + i),
    );
    const resolvers = await createTestServer(env.database, env.server.clock, { planner: null });
    try {
      await withPlanner(async (server, planner) => {
        const http = await startHttp(env.database, server);
        try {
          const post = async (body: unknown, secret: string) => {
            const response = await fetch(`${http.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
              body: JSON.stringify(body),
            });
            expect(response.status).toBe(200);
            const text = await response.text();
            // The answer's pieces are counted in bytes, Chinese and all.
            expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
            return text;
          };
          const created = JSON.parse(
            await post(
              {
                query: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
                variables: {
                  input: {
                    role: 'INSTITUTION',
                    organizationName: '某商业银行北京分行',
                    organizationCode: viewers.institution.organizationCode,
                  },
                },
              },
              admin,
            ),
          ) as { data: { createApiKey: { secret: string } } };
          const institution = created.data.createApiKey.secret;
          // One statement (3 codes) and a batch in parts (60 codes).
          for (const batch of [codes.slice(0, 4), codes]) {
            const variables = { codes: batch, purpose: '贷后管理' };
            const expected = await resolvers.execute(PortfolioScreenDocument, variables, {
              as: viewers.institution,
            });
            expect(expected.errors).toBeUndefined();
            const before = planner.stats().planned;
            const text = await post(
              { query: print(PortfolioScreenDocument), variables },
              institution,
            );
            expect(planner.stats().planned).toBe(before + 1);
            // json_build_object writes "key" : value, which JSON.stringify never does: the
            // statement's text reached the response without being parsed and written again.
            expect(text).toContain('" : ');
            expect(JSON.parse(text)).toEqual({ data: expected.data });
          }
        } finally {
          await http.close();
        }
      });
    } finally {
      await resolvers.apollo.stop();
    }
  });
});
