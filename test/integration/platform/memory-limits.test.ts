import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { QueryPlanner } from '../../../src/modules/planner/index.js';
import { createDocumentStore } from '../../../src/server.js';
import { SubmitPenaltyDocument } from '../../__generated__/graphql.js';
import { SUBJECT_CODE, buildPenaltyInput } from '../../support/factories/records.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { useIntegration } from '../../support/integration.js';
import { type TestServer, createTestServer } from '../../support/server.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();

/** `query` padded with a unique comment and whitespace to about `bytes` bytes. */
function padded(query: string, bytes: number, unique: number): string {
  const head = `${query}\n# ${unique}\n`;
  const comment = `# ${'x'.repeat(78)}\n`;
  return head + comment.repeat(Math.max(0, Math.floor((bytes - head.length) / comment.length)));
}

/**
 * Unique documents padded with whitespace and comments: refused by bytes before parsing when
 * over the limit, and, under it, kept parsed only within the document cache's bytes.
 */
describe('bounded memory under padded documents', () => {
  const documentStore = createDocumentStore(512 * 1024);
  const planner = new QueryPlanner({
    maxPlans: 1000,
    maxPlanBytes: 100_000,
    maxPreparedStatements: 5,
  });
  let server: TestServer;
  let http: HttpHarness;

  beforeAll(async () => {
    server = await createTestServer(env.database, undefined, { documentStore, planner });
    http = await startHttp(env.database, server, {
      requestLimits: { maxBodyBytes: 256 * 1024, maxQueryBytes: 32 * 1024 },
    });
  });
  afterAll(async () => {
    await http.close();
    await server.apollo.stop();
  });

  it('refuses documents over the byte limit with 413 PAYLOAD_TOO_LARGE, whatever pads them', async () => {
    const documents = [
      padded('{ me { role } }', 100_000, 1),
      `{ me { role } }${' '.repeat(100_000)}`,
      `{ me { role ${'\n'.repeat(40_000)} } }`,
      // 12,000 characters, 36,000 bytes: the limit is of bytes.
      `{ me { role } } # ${'信'.repeat(12_000)}`,
    ];
    for (const query of documents) {
      const { status, json } = await http.post({ query });
      expect(status).toBe(413);
      expect(json.errors[0].extensions).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        limit: 'query',
        maxBytes: 32 * 1024,
      });
    }
    const body = await http.post({
      query: '{ me { role } }',
      variables: { x: 'y'.repeat(300_000) },
    });
    expect(body.status).toBe(413);
    expect(body.json.errors[0].extensions).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      limit: 'body',
    });
    expect(documentStore.stats().entries).toBe(0);
  });

  it('keeps padded documents under the limit within the cache bytes', async () => {
    for (let i = 0; i < 60; i += 1) {
      const { status, json } = await http.post({ query: padded('{ me { role } }', 30_000, i) });
      expect(status).toBe(200);
      expect(json.data.me.role).toBe('PUBLIC');
    }
    const stats = documentStore.stats();
    // Each document keeps its 30 KB source alive: the store counts it, so few are kept.
    expect(stats.bytes).toBeLessThanOrEqual(512 * 1024);
    expect(stats.entries).toBeGreaterThan(0);
    expect(stats.entries).toBeLessThan(20);
  });

  it('counts tokens and depth of the content, not of the padding', async () => {
    // 3,800 tokens among 24 KB of comments pass the 4,000-token limit.
    const codes = Array.from({ length: 1895 }, () => '$c').join(' ');
    const passes = await http.post({
      query: `# ${'c'.repeat(12_000)}\nquery ($c: CreditCode!) { subjects(codes: [${codes}], purpose: "p") { code } }\n# ${'c'.repeat(12_000)}`,
      variables: { c: SUBJECT_CODE },
    });
    // Parsed: what refuses it is a later check (too many codes for the caller), not the tokens.
    expect(passes.status).not.toBe(413);
    expect(passes.json.errors[0].extensions.code).not.toBe('GRAPHQL_PARSE_FAILED');
    // 4,100 tokens written compactly, in 20 KB, are refused.
    const tokens = await http.post({
      query: `{me{${Array.from({ length: 4100 }, () => 'role').join(' ')}}}`,
    });
    expect(tokens.status).toBe(400);
    expect(tokens.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    // Eleven levels refused, however little space they take.
    let selection = 'code';
    for (let i = 0; i < 4; i += 1) {
      selection = `penaltyRecords(first:1){edges{node{subject{${selection}}}}}`;
    }
    const deep = await http.post({ query: `{subject(code:"${SUBJECT_CODE}"){${selection}}}` });
    expect(deep.status).toBe(400);
    expect(deep.json.errors[0].message).toMatch(/depth/i);
  });

  it("keeps the planner's plans within their bytes and prepares a bounded set of statements", async () => {
    await server.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput()] },
      { as: viewers.admin },
    );
    const before = planner.stats();
    for (let i = 0; i < 40; i += 1) {
      // Each alias is written into the statement: forty statements of forty texts.
      const { status, json } = await http.post({
        query: `{ subject(code: "${SUBJECT_CODE}") { code n${i}: name penaltyRecords(first: 5) { totalCount } } }`,
      });
      expect(status).toBe(200);
      expect(json.data.subject).toMatchObject({
        code: SUBJECT_CODE,
        penaltyRecords: { totalCount: 1 },
      });
      expect(typeof json.data.subject[`n${i}`]).toBe('string');
    }
    const stats = planner.stats();
    expect(stats.planned - before.planned).toBe(40);
    expect(stats.planBytes).toBeLessThanOrEqual(100_000);
    // Plans were dropped to stay within the bytes.
    expect(stats.plans).toBeLessThan(before.plans + 40);
    expect(stats.preparedStatements).toBe(5);
  });
});
