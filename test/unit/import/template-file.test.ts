import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

import {
  decoderFor,
  detectEncoding,
  encodingName,
  openTemplateFile,
} from '../../../src/modules/import/index.js';

const dir = mkdtempSync(join(tmpdir(), 'credit-template-file-'));
const TEXT = '行政相对人名称,处罚决定日期\n北京某公司,2026/01/01\n';

async function decode(bytes: Uint8Array, encoding: Parameters<typeof decoderFor>[0]) {
  const decoder = decoderFor(encoding);
  const chunks: string[] = [];
  decoder.on('data', (chunk: string | Buffer) => chunks.push(String(chunk)));
  const done = new Promise<void>((resolve, reject) => {
    decoder.on('end', resolve);
    decoder.on('error', reject);
  });
  // Byte by byte, so that every multi-byte character is cut between two chunks.
  for (const byte of bytes) {
    decoder.write(Buffer.from([byte]));
  }
  decoder.end();
  await done;
  return chunks.join('');
}

describe('detectEncoding', () => {
  const utf8 = new TextEncoder().encode(TEXT);
  const gbk = iconv.encode(TEXT, 'gbk');

  it('tells a BOM, valid UTF-8 and GBK apart', () => {
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe('utf8-bom');
    expect(detectEncoding(utf8)).toBe('utf8');
    expect(detectEncoding(gbk)).toBe('gbk');
    expect(detectEncoding(Uint8Array.from([0xb1, 0xb1, 0xbe, 0xa9]))).toBe('gbk');
  });

  it('allows a character cut at the end of the sample, and obeys a forced encoding', () => {
    const cut = utf8.subarray(0, 2); // the first two of 行's three bytes
    expect(detectEncoding(cut)).toBe('utf8');
    expect(detectEncoding(utf8, 'gbk')).toBe('gbk');
    expect(detectEncoding(gbk, 'utf8')).toBe('utf8');
    expect(['utf8', 'utf8-bom', 'gbk'].map(e => encodingName(e as 'utf8'))).toEqual([
      'UTF-8',
      'UTF-8 (BOM)',
      'GBK',
    ]);
  });
});

describe('decoderFor', () => {
  it('decodes GBK and UTF-8 across chunk boundaries, dropping the BOM', async () => {
    expect(await decode(iconv.encode(TEXT, 'gbk'), 'gbk')).toBe(TEXT);
    expect(await decode(Buffer.from(`\uFEFF${TEXT}`), 'utf8-bom')).toBe(TEXT);
    expect(await decode(Buffer.from(TEXT), 'utf8')).toBe(TEXT);
  });

  it('fails on the first byte that is not UTF-8, however late in the file', async () => {
    const bytes = Buffer.concat([Buffer.from(TEXT), iconv.encode('北京', 'gbk')]);
    await expect(decode(bytes, 'utf8')).rejects.toThrow(/--encoding gbk/);
  });
});

describe('openTemplateFile', () => {
  it('reads a GBK CSV row by row with the line each record ends on', async () => {
    const file = join(dir, 'gbk.csv');
    writeFileSync(file, iconv.encode(`${TEXT}"多行\n备注",2026/01/02\n\n"未闭合,x\n`, 'gbk'));
    const opened = await openTemplateFile(file);
    expect(opened).toMatchObject({ format: 'csv', encoding: 'gbk' });
    const rows = [];
    for await (const row of opened.rows()) {
      rows.push(row);
    }
    expect(rows.slice(0, 3)).toEqual([
      { line: 1, cells: ['行政相对人名称', '处罚决定日期'] },
      { line: 2, cells: ['北京某公司', '2026/01/01'] },
      { line: 4, cells: ['多行\n备注', '2026/01/02'] },
    ]);
    expect(rows.slice(3)).toEqual([{ line: expect.any(Number), malformed: expect.any(String) }]);
  });

  it('names a file it cannot open', async () => {
    await expect(openTemplateFile(join(dir, 'missing.csv'))).rejects.toThrow(
      /^无法读取文件 .*missing\.csv：文件不存在$/,
    );
  });

  it('tells an XLSX file by its content, whatever its name', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('数据');
    sheet.addRow(['行政相对人名称', '处罚决定日期', '罚款金额（万元）']);
    sheet.addRow(['北京某公司', new Date(Date.UTC(2026, 0, 5)), 0.2]);
    sheet.addRow([]);
    sheet.addRow([{ richText: [{ text: '北京' }, { text: '另一公司' }] }, '2026/01/06']);
    workbook.addWorksheet('说明').addRow(['不读']);
    const file = join(dir, 'export.csv');
    await workbook.xlsx.writeFile(file);
    const opened = await openTemplateFile(file, 'gbk');
    expect(opened).toMatchObject({ format: 'xlsx', encoding: null });
    const rows = [];
    for await (const row of opened.rows()) {
      rows.push(row);
    }
    expect(rows).toEqual([
      { line: 1, cells: ['行政相对人名称', '处罚决定日期', '罚款金额（万元）'] },
      { line: 2, cells: ['北京某公司', '2026/01/05', '0.2'] },
      { line: 4, cells: ['北京另一公司', '2026/01/06'] },
    ]);
  });
});
