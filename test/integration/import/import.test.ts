import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import iconv from 'iconv-lite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { templateCsv } from '../../../seeds/template-csv.js';
import { Role } from '../../../src/auth/viewer.js';
import type { Database } from '../../../src/db/client.js';
import { createApiKey } from '../../../src/modules/api-keys/index.js';
import { importFile } from '../../../src/modules/import/index.js';
import { openTestDatabase, truncateDomainTables } from '../../support/db.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { type TestServer, createTestServer } from '../../support/server.js';
import { AMR, viewers } from '../../support/viewers.js';
import { testClock } from '../../support/clock.js';

let database: Database;
let server: TestServer;
let http: HttpHarness;
let key: string;
const dir = mkdtempSync(join(tmpdir(), 'credit-import-'));

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
  key = (
    await createApiKey(database.db, viewers.admin, testClock, {
      role: Role.PROVIDER,
      organizationName: AMR.name,
      organizationCode: AMR.code,
    })
  ).secret;
});

function withBadRows(csv: string): string {
  const lines = csv.trimEnd().split('\n');
  // line 3: an invalid credit code; line 5: a date that does not exist; line 7: too few columns
  lines[2] = lines[2]!.replace(/,91110105[0-9A-Z]{10},/, ',91110105MB00000100,');
  lines[4] = lines[4]!.replace(/,2026\/\d\d\/\d\d,2027\/06\/30,/, ',2026/02/30,2027/06/30,');
  lines[6] = '北京某公司,法人及非法人组织';
  return `${lines.join('\n')}\n`;
}

describe('npm run import', () => {
  it('imports a template file, accounting for every row and reporting the bad ones by line and field', async () => {
    const file = join(dir, 'penalty.csv');
    writeFileSync(file, withBadRows(templateCsv('penalty', 40)));
    const progress: number[] = [];
    const summary = await importFile({
      file,
      kind: 'penalty',
      url: `${http.url}/graphql`,
      key,
      batchSize: 15,
      onProgress: done => progress.push(done),
    });
    expect(summary).toMatchObject({
      rows: 40,
      accepted: 37,
      duplicates: 0,
      rejectedRows: 3,
      malformedLines: 1,
      encoding: 'utf8',
      layout: 'V2',
    });
    expect(summary.accepted + summary.duplicates + summary.rejectedRows).toBe(summary.rows);
    expect(progress.at(-1)).toBe(40);
    const report = readFileSync(summary.reportPath, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(report[0]).toBe('line,documentNumber,field,code,message,column,detail');
    expect(
      report.slice(1).map(l =>
        l
          .split(',')
          .slice(0, 4)
          .filter((_, i) => i !== 1)
          .join(','),
      ),
    ).toEqual([
      '3,creditCode,INVALID_CREDIT_CODE',
      '5,decisionDate,INVALID_DATE',
      '7,,MALFORMED_LINE',
    ]);

    const again = await importFile({ file, kind: 'penalty', url: `${http.url}/graphql`, key });
    expect(again).toMatchObject({ accepted: 0, duplicates: 37, rejectedRows: 3 });
  });

  it('reads a GBK-encoded licensing file', async () => {
    const file = join(dir, 'licensing-gbk.csv');
    writeFileSync(file, iconv.encode(templateCsv('licensing', 5), 'gbk'));
    const summary = await importFile({ file, kind: 'licensing', url: `${http.url}/graphql`, key });
    expect(summary).toMatchObject({ rows: 5, accepted: 5, rejectedRows: 0, encoding: 'gbk' });
    const names = await database.query<{ counterpart_name: string }>(
      'select counterpart_name from licensing_records limit 1',
    );
    expect(names[0]!.counterpart_name).toMatch(/^北京样例\d{4}商贸有限公司$/);
  });

  it('stops with a clear error for a wrong key or a file that is not a template', async () => {
    const file = join(dir, 'ok.csv');
    writeFileSync(file, templateCsv('penalty', 2));
    await expect(
      importFile({ file, kind: 'penalty', url: `${http.url}/graphql`, key: 'cpk_wrong' }),
    ).rejects.toThrow('API 密钥未被接受：API 密钥无效或已被吊销。（UNAUTHENTICATED）');
    const other = join(dir, 'other.csv');
    writeFileSync(other, 'a,b,c\n1,2,3\n');
    await expect(
      importFile({ file: other, kind: 'penalty', url: `${http.url}/graphql`, key }),
    ).rejects.toThrow(
      /^表头行不是 penalty 模板：至少须有行政处罚决定书文号、处罚决定日期、行政相对人名称列（实有：/,
    );
  });
});
