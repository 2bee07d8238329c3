import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../../../src/db/client.js';
import {
  CatalogDocument,
  SubjectProfileDocument,
  ValidateCreditCodeDocument,
} from '../../__generated__/graphql.js';
import { composeCreditCode } from '../../../src/modules/credit-code/index.js';
import { openTestDatabase } from '../../support/db.js';
import { type TestServer, createTestServer } from '../../support/server.js';

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

describe('validateCreditCode', () => {
  it('decodes a valid code', async () => {
    const result = await server.execute(ValidateCreditCodeDocument, { code: '91310110666007217T' });
    expect(result.data!.validateCreditCode).toMatchObject({
      valid: true,
      reason: null,
      registrationAuthority: '工商',
      entityType: '企业',
      regionCode: '310110',
      regionName: '上海市杨浦区',
      organizationCode: '66600721-7',
    });
  });

  it('explains an invalid code instead of failing', async () => {
    const result = await server.execute(ValidateCreditCodeDocument, {
      code: ' 92420300ma49kufw0h ',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.validateCreditCode).toMatchObject({
      valid: false,
      code: '92420300MA49KUFW0H',
      problem: 'CHECK_CHARACTER',
    });
    expect(result.data!.validateCreditCode.reason).toBe('校验码错误：第18位应为“E”，实为“H”');
  });

  it.each([
    [composeCreditCode('91', '999999', 'MA01C3D4'), 'BAD_DIVISION', '999999'],
    [composeCreditCode('94', '110108', 'MA01C3D4'), 'BAD_TYPE', '机构类别'],
    [composeCreditCode('Q1', '110108', 'MA01C3D4'), 'BAD_TYPE', '登记管理部门'],
  ])('rejects %s as %s with its reason', async (code, problem, words) => {
    const result = await server.execute(ValidateCreditCodeDocument, { code });
    expect(result.data!.validateCreditCode).toMatchObject({ valid: false, problem });
    expect(result.data!.validateCreditCode.reason).toContain(words);
  });

  it('accepts a historic division with a warning and its name as last listed', async () => {
    const code = composeCreditCode('91', '330103', 'MA01C3D4');
    const result = await server.execute(ValidateCreditCodeDocument, { code });
    expect(result.data!.validateCreditCode).toMatchObject({
      valid: true,
      problem: null,
      regionCode: '330103',
      regionName: '浙江省杭州市下城区',
    });
    expect(result.data!.validateCreditCode.warnings).toHaveLength(1);
  });

  it('rejects a CreditCode argument with no division, naming the problem', async () => {
    const result = await server.execute(SubjectProfileDocument, {
      code: composeCreditCode('91', '999999', 'MA01C3D4'),
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'BAD_DIVISION',
    });
  });
});

describe('catalog', () => {
  it('lists the licensing and penalty items to anyone', async () => {
    const result = await server.execute(CatalogDocument, {});
    const codes = result.data!.catalog.map(item => item.code);
    expect(codes).toEqual(expect.arrayContaining(['ADMIN_LICENSING', 'ADMIN_PENALTY']));
  });
});
