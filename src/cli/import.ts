import 'reflect-metadata';

import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { SingleBar } from 'cli-progress';

import { ImportError, importFile } from '../modules/import/index.js';
import { kindNamed } from '../modules/records/index.js';

const usage = `用法 (usage): CREDIT_API_KEY=<本单位的 PROVIDER 密钥> npm run import -- <file.csv|file.xlsx> --kind penalty|licensing|<catalog item code>
         [--url http://localhost:4000/graphql] [--batch 5000] [--report <file>] [--warnings <file>]
         [--encoding auto|utf8|gbk] [--authority-code <credit code>]

The API key comes from the environment variable CREDIT_API_KEY, never from the command line
(where ps and the shell's history would show it).
Reads a department's file in the national 双公示 template, CSV (UTF-8, UTF-8 with BOM or GBK,
detected unless --encoding says) or XLSX (its first sheet), with V2 or V1 headers, by 中文名 or
by field code (XK_XDR_MC, CF_WSH …), detected per file and reported ("V1 代码表头, GBK"); YYYY/MM/DD
dates, penalty types joined with ；. Or a file of another declared kind (e.g. CREDIT_COMMITMENT,
its columns named by the kind's Chinese field names). V1 has no authority-code column: it comes
from --authority-code, else the key's own organisation code. A V1 fine has no amount column: the
row is stored with the amount unknown and an AMOUNT_UNKNOWN warning.
Submits the rows in batches and writes every rejected row with its line, column, code and a
message in Chinese to the report (default <file>.rejected.csv), and the warnings of stored rows
to <file>.warnings.csv.
Exit code: 0 every row stored or a duplicate; 2 some rows rejected (see the report); 1 failure.`;

/** A failure the clerk can act on: its message (in Chinese) is printed alone, without a stack. */
class UsageError extends Error {}

/** Where the command writes: its summary and progress to `out`, errors and usage to `err`. */
export interface ImportIo {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
}

/** The command's options from its arguments; a bad one is a UsageError in Chinese. */
function readOptions(argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        kind: { type: 'string' },
        url: { type: 'string', default: 'http://localhost:4000/graphql' },
        batch: { type: 'string', default: '5000' },
        report: { type: 'string' },
        warnings: { type: 'string' },
        encoding: { type: 'string', default: 'auto' },
        'authority-code': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    const option = /'(-[^']*)'/.exec(error instanceof Error ? error.message : '')?.[1];
    if (option === '--key' || option?.startsWith('--key=')) {
      throw new UsageError(
        '不再接受 --key 参数：密钥会出现在进程列表和命令历史中。请改用环境变量 CREDIT_API_KEY 提供密钥。',
      );
    }
    throw new UsageError(
      option === undefined
        ? `参数有误：${error instanceof Error ? error.message : String(error)}`
        : `无法识别的参数或参数缺少取值：${option}`,
    );
  }
  return parsed;
}

/** Checks that the file exists, is a file and can be read, with the reason in Chinese if not. */
async function checkReadable(file: string): Promise<void> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `找不到文件：${file}。请检查文件名和所在目录。`
        : `无法读取文件：${file}（${code ?? String(error)}）。`,
    );
  }
  if (!info.isFile()) {
    throw new UsageError(`${file} 不是文件（是一个目录或设备），请指定要导入的 CSV 或 XLSX 文件。`);
  }
  try {
    await access(file, constants.R_OK);
  } catch {
    throw new UsageError(`没有读取文件的权限：${file}。请检查文件的访问权限。`);
  }
}

/**
 * The import command: reads the arguments and CREDIT_API_KEY, imports the file and returns the
 * exit code (0 every row stored or a duplicate, 2 some rows rejected, 1 failure). A failure is
 * written to `err` as one sentence in Chinese, never a stack trace.
 */
export async function runImport(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: ImportIo,
): Promise<number> {
  let bar: SingleBar | undefined;
  try {
    const { values, positionals } = readOptions(argv);
    if (values.help) {
      io.out.write(`${usage}\n`);
      return 0;
    }
    const file = positionals[0];
    if (file === undefined) {
      throw new UsageError(
        '请指定要导入的文件，例如：npm run import -- penalties.xlsx --kind penalty',
      );
    }
    if (positionals.length > 1) {
      throw new UsageError(`一次只能导入一个文件，多余的参数：${positionals.slice(1).join(' ')}`);
    }
    const kind = values.kind;
    if (kind === undefined) {
      throw new UsageError(
        '请用 --kind 指明数据类别：penalty（行政处罚）、licensing（行政许可）或目录项代码。',
      );
    }
    if (kindNamed(kind) === undefined) {
      throw new UsageError(
        `未知的数据类别：${kind}。可用 penalty（行政处罚）、licensing（行政许可）或目录项代码。`,
      );
    }
    const batchSize = Number(values.batch);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000) {
      throw new UsageError(`--batch 须为 1 至 5000 的整数，而不是 ${values.batch}。`);
    }
    if (!['auto', 'utf8', 'gbk'].includes(values.encoding)) {
      throw new UsageError(`--encoding 只能是 auto、utf8 或 gbk，而不是 ${values.encoding}。`);
    }
    const key = env['CREDIT_API_KEY']?.trim();
    if (key === undefined || key === '') {
      throw new UsageError(
        '缺少 API 密钥：请在环境变量 CREDIT_API_KEY 中提供本单位的 PROVIDER 密钥，例如 CREDIT_API_KEY=cpk_… npm run import -- <文件> --kind penalty',
      );
    }
    await checkReadable(file);

    const progress = new SingleBar({
      format:
        '导入 |{bar}| {percentage}% | {value}/{total} 行 | 入库 {accepted} | 退回 {rejected} | 剩余约 {eta_formatted}',
      noTTYOutput: true,
      notTTYSchedule: 2000,
      etaBuffer: 5000,
      stream: io.err as NodeJS.WritableStream,
    });
    bar = progress;
    const summary = await importFile({
      file,
      kind,
      url: values.url,
      key,
      batchSize,
      encoding: values.encoding as 'auto' | 'utf8' | 'gbk',
      ...(values.report === undefined ? {} : { reportPath: values.report }),
      ...(values.warnings === undefined ? {} : { warningsPath: values.warnings }),
      ...(values['authority-code'] === undefined
        ? {}
        : { authorityCode: values['authority-code'] }),
      onStart: total => progress.start(total, 0, { accepted: 0, rejected: 0 }),
      onProgress: (done, counts) => progress.update(done, counts),
    });
    progress.stop();
    bar = undefined;
    const lines = [
      `文件：${file}（${summary.detected}）`,
      `数据行：${summary.rows}`,
      `已入库：${summary.accepted}（其中更正 ${summary.corrections}）`,
      `重复（已有，未再入库）：${summary.duplicates}`,
      `被退回：${summary.rejectedRows} 行（其中无法读取的行 ${summary.malformedLines}），明细见 ${summary.reportPath}`,
      `提示：${summary.warnings} 条，涉及已入库的 ${summary.warnedRows} 行，明细见 ${summary.warningsPath}`,
      `用时：${summary.seconds.toFixed(1)} 秒，每秒 ${summary.rowsPerSecond} 行`,
    ];
    if (summary.unknownHeaders.length > 0) {
      lines.push(`未识别、未导入的列：${summary.unknownHeaders.join('、')}`);
    }
    io.out.write(`${lines.join('\n')}\n`);
    return summary.rejectedRows > 0 ? 2 : 0;
  } catch (error) {
    bar?.stop();
    if (error instanceof UsageError) {
      io.err.write(`导入未开始：${error.message}\n运行 npm run import -- --help 查看用法。\n`);
    } else if (error instanceof ImportError) {
      io.err.write(`导入失败：${error.message}\n`);
    } else {
      io.err.write(`导入失败：${error instanceof Error ? error.message : String(error)}\n`);
    }
    return 1;
  }
}

// Run as a command (not when a test imports runImport).
if (
  process.argv[1] !== undefined &&
  realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  process.exit(
    await runImport(process.argv.slice(2), process.env, {
      out: process.stdout,
      err: process.stderr,
    }),
  );
}
