import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../../../src/db/client.js';
import { CatalogDocument, ValidateCreditCodeDocument } from '../../__generated__/graphql.js';
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
    expect(result.data!.validateCreditCode.reason).toContain("'E'");
  });
});

describe('catalog', () => {
  it('lists the licensing and penalty items to anyone', async () => {
    const result = await server.execute(CatalogDocument, {});
    const codes = result.data!.catalog.map(item => item.code);
    expect(codes).toEqual(expect.arrayContaining(['ADMIN_LICENSING', 'ADMIN_PENALTY']));
  });
});
