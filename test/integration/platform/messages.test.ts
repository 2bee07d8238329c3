import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Database } from '../../../src/db/client.js';
import { ensureBootstrapAdminKey } from '../../../src/modules/api-keys/index.js';
import { addDays } from '../../../src/shared/dates.js';
import { openTestDatabase, truncateDomainTables } from '../../support/db.js';
import { buildPenaltyInput } from '../../support/factories/records.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { type TestServer, createTestServer } from '../../support/server.js';
import { testClock } from '../../support/clock.js';

const ADMIN = 'bootstrap-secret-for-message-tests-0123';
const admin = { authorization: `Bearer ${ADMIN}` };
const english = { 'accept-language': 'en' };

let database: Database;
let server: TestServer;
let http: HttpHarness;

beforeAll(async () => {
  database = await openTestDatabase();
  server = await createTestServer(database);
  http = await startHttp(database, server);
});
afterAll(async () => {
  await http.close();
  await server.apollo.stop();
  await database.close();
});
beforeEach(async () => {
  await truncateDomainTables(database);
  await ensureBootstrapAdminKey(database.db, testClock, ADMIN);
});

const SUBMIT = `mutation($records: [PenaltyRecordInput!]!) {
  submitPenaltyRecords(records: $records) { accepted rejected { index field column code message } }
}`;
const SEARCH = '{ searchSubjects(query: "华") { totalCount } }';

/** A penalty decided tomorrow: DATE_IN_FUTURE on its decision date. */
function futurePenalty() {
  const tomorrow = addDays(server.clock.today(), 1);
  return {
    tomorrow,
    input: buildPenaltyInput({ decisionDate: tomorrow, penaltyValidUntil: tomorrow }),
  };
}

describe('messages in the departments’ words', () => {
  it('names a record field by its national column in Chinese, and by its GraphQL name as the field', async () => {
    const { tomorrow, input } = futurePenalty();
    const { json } = await http.post({ query: SUBMIT, variables: { records: [input] } }, admin);
    const rejection = json.data.submitPenaltyRecords.rejected.find(
      (r: { field: string }) => r.field === 'decisionDate',
    );
    expect(rejection).toEqual({
      index: 0,
      field: 'decisionDate',
      column: '处罚决定日期',
      code: 'DATE_IN_FUTURE',
      message: `处罚决定日期 ${tomorrow} 晚于今天（${server.clock.today()}，北京时间）。`,
    });
  });

  it('names an argument by its Chinese label, with the GraphQL name in extensions.field', async () => {
    const { json } = await http.post({ query: SEARCH });
    expect(json.errors[0].message).toBe('查询词应有 2 至 100 个字。');
    expect(json.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'query',
      column: '查询词',
    });
  });

  it('gives the English messages with Accept-Language: en, and the same codes and fields', async () => {
    const search = await http.post({ query: SEARCH }, english);
    expect(search.json.errors[0].message).toBe('query must have 2 to 100 characters.');
    expect(search.json.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'query',
      column: '查询词',
    });

    const { tomorrow, input } = futurePenalty();
    const submitted = await http.post(
      { query: SUBMIT, variables: { records: [input] } },
      { ...admin, 'accept-language': 'en-GB,en;q=0.9,zh;q=0.5' },
    );
    const rejection = submitted.json.data.submitPenaltyRecords.rejected.find(
      (r: { field: string }) => r.field === 'decisionDate',
    );
    expect(rejection.message).toBe(
      `decisionDate ${tomorrow} is after today (${server.clock.today()}, China Standard Time).`,
    );
    expect(rejection.column).toBe('处罚决定日期');

    const refused = await http.post(
      { query: '{ me { role } }' },
      {
        authorization: 'Bearer cpk_wrong',
        ...english,
      },
    );
    expect(refused.status).toBe(401);
    expect(refused.json.errors[0].message).toBe('The API key is not valid or has been revoked.');
    const chinese = await http.post(
      { query: '{ me { role } }' },
      {
        authorization: 'Bearer cpk_wrong',
      },
    );
    expect(chinese.json.errors[0].message).toBe('API 密钥无效或已被吊销。');

    const code = '{ validateCreditCode(code: "91110108MA01C3D474") { valid problem reason } }';
    const zh = await http.post({ query: code });
    const en = await http.post({ query: code }, english);
    expect(zh.json.data.validateCreditCode.problem).toBe(en.json.data.validateCreditCode.problem);
    expect(zh.json.data.validateCreditCode.reason).toMatch(/^校验码错误：第18位应为“.”，实为“4”$/);
    expect(en.json.data.validateCreditCode.reason).toMatch(
      /^check character should be '.', not '4'$/,
    );
  });

  it('prefers Chinese when the request prefers it, or names no language', async () => {
    const preferences: Record<string, string>[] = [
      {},
      { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' },
      { 'accept-language': 'fr' },
    ];
    for (const headers of preferences) {
      const { json } = await http.post({ query: SEARCH }, headers);
      expect(json.errors[0].message).toBe('查询词应有 2 至 100 个字。');
    }
  });

  it('says in Chinese which variable a scalar refused, and why', async () => {
    const { json } = await http.post({
      query: 'query($code: CreditCode!) { subject(code: $code) { name } }',
      variables: { code: '91110108MA01C3D474' },
    });
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0].message).toMatch(
      /^变量 \$code 的值无效：统一社会信用代码"91110108MA01C3D474"不是有效的统一社会信用代码：校验码错误：第18位应为“.”，实为“4”。$/,
    );
  });
});
