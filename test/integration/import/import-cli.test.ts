import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { templateCsv, writeSample } from '../../../seeds/template-csv.js';
import { runImport } from '../../../src/cli/import.js';
import { Role } from '../../../src/auth/viewer.js';
import type { Database } from '../../../src/db/client.js';
import { createApiKey } from '../../../src/modules/api-keys/index.js';
import { openTestDatabase, truncateDomainTables } from '../../support/db.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { type TestServer, createTestServer } from '../../support/server.js';
import { AMR, ECO, viewers } from '../../support/viewers.js';
import { testClock } from '../../support/clock.js';

let database: Database;
let server: TestServer;
let http: HttpHarness;
let key: string;
const dir = mkdtempSync(join(tmpdir(), 'credit-import-cli-'));

beforeAll(async () => {
  database = await openTestDatabase();
  server = await createTestServer(database);
  http = await startHttp(database, server);
});
afterAll(async () => {
  await http.close();
  await server.apollo.stop();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
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

/** Runs the import command as a clerk would, collecting what it prints. */
async function cli(
  argv: string[],
  env: Record<string, string | undefined> = { CREDIT_API_KEY: key },
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runImport(argv, env, {
    out: { write: (text: string) => (out += text) },
    err: { write: (text: string) => (err += text) },
  });
  return { code, out, err };
}

const url = () => `${http.url}/graphql`;

/** No stack trace and no English exception text: one Chinese sentence. */
function expectClerkError(result: { code: number; err: string }, pattern: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.err).toMatch(pattern);
  expect(result.err).not.toMatch(/\n\s+at |Error:|ENOENT|EACCES|EISDIR/);
}

describe('the import command', () => {
  it('takes the key from CREDIT_API_KEY and imports the file', async () => {
    const file = join(dir, 'ok.csv');
    writeFileSync(file, templateCsv('penalty', 3));
    const result = await cli([file, '--kind', 'penalty', '--url', url()]);
    expect(result.err).not.toMatch(/导入失败|导入未开始/);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/已入库：3（其中更正 0）/);
    expect(result.out).toMatch(/被退回：0 行/);
  });

  it('refuses to start without CREDIT_API_KEY, saying so in Chinese, and takes no --key', async () => {
    const file = join(dir, 'nokey.csv');
    writeFileSync(file, templateCsv('penalty', 1));
    expectClerkError(
      await cli([file, '--kind', 'penalty', '--url', url()], {}),
      /缺少 API 密钥.*CREDIT_API_KEY/,
    );
    expectClerkError(
      await cli([file, '--kind', 'penalty', '--url', url()], { CREDIT_API_KEY: '  ' }),
      /CREDIT_API_KEY/,
    );
    expectClerkError(
      await cli([file, '--kind', 'penalty', '--key', key, '--url', url()]),
      /不再接受 --key.*CREDIT_API_KEY/,
    );
    expect(await database.query('select 1 from penalty_records')).toHaveLength(0);
  });

  it('names a missing, unreadable or wrong file in Chinese, without a stack trace', async () => {
    expectClerkError(
      await cli([join(dir, 'missing.csv'), '--kind', 'penalty', '--url', url()]),
      /找不到文件：.*missing\.csv/,
    );
    expectClerkError(await cli([dir, '--kind', 'penalty', '--url', url()]), /不是文件/);
    const locked = join(dir, 'locked.csv');
    writeFileSync(locked, templateCsv('penalty', 1));
    chmodSync(locked, 0o000);
    try {
      // root reads any file; the permission check only holds for another user
      if (process.getuid?.() !== 0) {
        expectClerkError(
          await cli([locked, '--kind', 'penalty', '--url', url()]),
          /没有读取文件的权限/,
        );
      }
    } finally {
      chmodSync(locked, 0o644);
    }
    expectClerkError(await cli(['--kind', 'penalty']), /请指定要导入的文件/);
  });

  it('names a bad option in Chinese', async () => {
    const file = join(dir, 'opts.csv');
    writeFileSync(file, templateCsv('penalty', 1));
    expectClerkError(
      await cli([file, '--kind', 'penalty', '--colour']),
      /无法识别的参数.*--colour/,
    );
    expectClerkError(await cli([file]), /--kind/);
    expectClerkError(await cli([file, '--kind', 'fines']), /未知的数据类别：fines/);
    expectClerkError(
      await cli([file, '--kind', 'penalty', '--batch', '0']),
      /--batch 须为 1 至 5000/,
    );
    expectClerkError(
      await cli([file, '--kind', 'penalty', '--encoding', 'latin1']),
      /--encoding 只能是/,
    );
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('CREDIT_API_KEY');
    expect(help.out).not.toContain('--key');
  });

  it('names an unreachable platform and a refused key in Chinese', async () => {
    const file = join(dir, 'offline.csv');
    writeFileSync(file, templateCsv('penalty', 1));
    // A port nothing listens on: taken and released again.
    const closed = await new Promise<number>(resolve => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const offline = await cli([
      file,
      '--kind',
      'penalty',
      '--url',
      `http://127.0.0.1:${closed}/graphql`,
    ]);
    expectClerkError(offline, /无法连接 http:\/\/127\.0\.0\.1:\d+\/graphql：连接被拒绝/);
    expect(offline.err).not.toMatch(/fetch failed|ECONNREFUSED/);

    expectClerkError(
      await cli([file, '--kind', 'penalty', '--url', url()], { CREDIT_API_KEY: 'cpk_wrong' }),
      /API 密钥未被接受：API 密钥无效或已被吊销。（UNAUTHENTICATED）/,
    );
  });

  it('counts a rejected row for the provider whose key sent it, not the unit the row claims', async () => {
    const file = join(dir, 'claims.csv');
    const lines = templateCsv('penalty', 3).trimEnd().split('\n');
    // line 3 claims to come from another department
    const header = lines[0]!.split(',');
    const cells = lines[2]!.split(',');
    cells[header.indexOf('数据来源单位')] = ECO.name;
    cells[header.indexOf('数据来源单位统一社会信用代码')] = ECO.code;
    lines[2] = cells.join(',');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = await cli([file, '--kind', 'penalty', '--url', url()]);
    expect(result.code).toBe(2);
    const report = readFileSync(`${file}.rejected.csv`, 'utf8');
    expect(report).toContain('SOURCE_UNIT_NOT_OWN');

    const log = await database.query<{ source_unit_code: string; rejected: number }>(
      'select source_unit_code, sum(rejected)::int as rejected from submission_log group by 1',
    );
    expect(log).toEqual([{ source_unit_code: AMR.code, rejected: 1 }]);
  });
});

describe('npm run sample:csv', () => {
  it('writes to the temporary folder by default, never among the demo data', () => {
    let err = '';
    const io = { out: { write: () => true }, err: { write: (t: string) => (err += t) } };
    const expected = join(tmpdir(), 'credit-sample-licensing-7.csv');
    rmSync(expected, { force: true });
    expect(writeSample(['--kind', 'licensing', '--rows', '7'], io)).toBe(0);
    expect(readFileSync(expected, 'utf8').trimEnd().split('\n')).toHaveLength(8);
    expect(err).toContain(expected);
    rmSync(expected);

    const inSeeds = join(process.cwd(), 'seeds', 'sample.csv');
    expect(writeSample(['--out', inSeeds, '--rows', '1'], io)).toBe(1);
    expect(existsSync(inSeeds)).toBe(false);
    expect(err).toMatch(/不能写入演示数据目录/);

    let csv = '';
    expect(
      writeSample(['--out', '-', '--rows', '2'], { ...io, out: { write: t => (csv += t) } }),
    ).toBe(0);
    expect(csv.trimEnd().split('\n')).toHaveLength(3);
  });
});
