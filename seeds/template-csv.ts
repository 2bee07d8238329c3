import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { stringify } from 'csv-stringify/sync';

import { composeCreditCode } from '../src/modules/credit-code/index.js';
import { DEMO_DEPARTMENTS, residentIdNumber } from './demo.seed.js';
import { createRandom } from './random.js';

const PENALTY_V2 = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1(统一社会信用代码)',
  '行政相对人代码_2(工商注册号)',
  '行政相对人代码_3(组织机构代码)',
  '行政相对人代码_4(税务登记号)',
  '行政相对人代码_5(事业单位证书号)',
  '行政相对人代码_6(社会组织登记证号)',
  '法定代表人',
  '法定代表人证件类型',
  '法定代表人证件号码',
  '证件类型',
  '证件号码',
  '行政处罚决定书文号',
  '违法行为类型',
  '违法事实',
  '处罚依据',
  '处罚类别',
  '处罚内容',
  '罚款金额（万元）',
  '没收违法所得、没收非法财物的金额（万元）',
  '暂扣或吊销证照名称及编号',
  '处罚决定日期',
  '处罚有效期',
  '公示截止期',
  '处罚机关',
  '处罚机关统一社会信用代码',
  '数据来源单位',
  '数据来源单位统一社会信用代码',
  '备注',
];

const LICENSING_V2 = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1(统一社会信用代码)',
  '行政相对人代码_2(工商注册号)',
  '行政相对人代码_3(组织机构代码)',
  '行政相对人代码_4(税务登记号)',
  '行政相对人代码_5(事业单位证书号)',
  '行政相对人代码_6(社会组织登记证号)',
  '法定代表人',
  '法定代表人证件类型',
  '法定代表人证件号码',
  '证件类型',
  '证件号码',
  '行政许可决定文书名称',
  '行政许可决定文书号',
  '许可类别',
  '许可证书名称',
  '许可编号',
  '许可内容',
  '许可决定日期',
  '有效期自',
  '有效期至',
  '许可机关',
  '许可机关统一社会信用代码',
  '当前状态',
  '数据来源单位',
  '数据来源单位统一社会信用代码',
  '备注',
];

/**
 * Writes a file in the national V2 template with `rows` valid rows of one department, dates
 * written YYYY/MM/DD and penalty types joined with ；. Used to try and measure the importer.
 */
export function templateCsv(kind: 'penalty' | 'licensing', rows: number, seed = 7): string {
  const r = createRandom(seed);
  const department = DEMO_DEPARTMENTS[0]!;
  const lines: string[][] = [];
  for (let i = 0; i < rows; i += 1) {
    const code = composeCreditCode('91', '110105', `MB${String(i % 5000).padStart(6, '0')}`);
    const name = `北京样例${String(i % 5000).padStart(4, '0')}商贸有限公司`;
    const day = `2026/${String(r.int(1, 10)).padStart(2, '0')}/${String(r.int(1, 28)).padStart(2, '0')}`;
    const rep = residentIdNumber(r);
    if (kind === 'penalty') {
      const fine = (r.int(100, 500_000) / 10_000).toFixed(4);
      lines.push([
        name,
        '法人及非法人组织',
        code,
        '',
        '',
        '',
        '',
        '',
        '张伟',
        '身份证',
        rep,
        '',
        '',
        `京市监罚〔2026〕样${String(i).padStart(6, '0')}号`,
        '违反《中华人民共和国食品安全法》',
        '经营超过保质期的食品',
        '《中华人民共和国食品安全法》第一百二十四条',
        r.chance(0.5) ? '警告；罚款' : '罚款',
        '警告，并处罚款',
        fine,
        '',
        '',
        day,
        '2027/06/30',
        '',
        department.name,
        department.code,
        department.name,
        department.code,
        '',
      ]);
    } else {
      lines.push([
        name,
        '法人及非法人组织',
        code,
        '',
        '',
        '',
        '',
        '',
        '张伟',
        '身份证',
        rep,
        '',
        '',
        '食品经营许可决定书',
        `京市监许〔2026〕样${String(i).padStart(6, '0')}号`,
        '普通',
        '食品经营许可证',
        `JY${String(i).padStart(8, '0')}`,
        '准予食品经营许可',
        day,
        day,
        '2031/12/31',
        department.name,
        department.code,
        '1',
        department.name,
        department.code,
        '',
      ]);
    }
  }
  return stringify([kind === 'penalty' ? PENALTY_V2 : LICENSING_V2, ...lines]);
}

/** The folder of the demo data (seeds/), which a sample file must never be written into. */
const SEEDS_DIR = fileURLToPath(new URL('.', import.meta.url)).replace(
  /[\\/]dist[\\/]seeds[\\/]?$/,
  '/seeds/',
);

/**
 * `npm run sample:csv`: writes a valid sample file in the national template, by default to the
 * system's temporary folder (`<tmp>/credit-sample-<kind>-<rows>.csv`), never among the demo data
 * (seeds/); `--out <file>` names another file, `--out -` writes to stdout. Returns the exit code.
 */
export function writeSample(
  argv: readonly string[],
  io: { out: { write(text: string): unknown }; err: { write(text: string): unknown } },
): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        kind: { type: 'string', default: 'penalty' },
        rows: { type: 'string', default: '10000' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    io.err.write(`参数有误：${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  if (values.kind !== 'penalty' && values.kind !== 'licensing') {
    io.err.write(`--kind 只能是 penalty 或 licensing，而不是 ${values.kind}。\n`);
    return 1;
  }
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1) {
    io.err.write(`--rows 须为正整数，而不是 ${values.rows}。\n`);
    return 1;
  }
  const csv = templateCsv(values.kind, rows);
  if (values.out === '-') {
    io.out.write(csv);
    return 0;
  }
  const out = resolve(values.out ?? join(tmpdir(), `credit-sample-${values.kind}-${rows}.csv`));
  const seeds = resolve(SEEDS_DIR);
  if (out === seeds || out.startsWith(`${seeds}${sep}`)) {
    io.err.write(`样例文件不能写入演示数据目录 ${seeds}，请用 --out 指定其他位置。\n`);
    return 1;
  }
  writeFileSync(out, csv);
  io.err.write(`wrote ${rows} ${values.kind} rows to ${out}\n`);
  return 0;
}

if (process.argv[1]?.endsWith('template-csv.js')) {
  process.exitCode = writeSample(process.argv.slice(2), {
    out: process.stdout,
    err: process.stderr,
  });
}
