import { describe, expect, it } from 'vitest';

import {
  decodeFile,
  mapHeaders,
  statusCodeOf,
  toRecordInput,
} from '../../../src/modules/import/index.js';

describe('mapHeaders', () => {
  it('recognises V2 Chinese names, field codes and camelCase, and reports unknown columns', () => {
    const mapping = mapHeaders('penalty', [
      'CF_WSH',
      '行政相对人名称',
      '处罚决定日期',
      '数据来源单位统一社会信用代码',
      'fineAmount',
      '某列',
    ]);
    expect([...mapping.fields.values()]).toEqual([
      'documentNumber',
      'counterpartName',
      'decisionDate',
      'sourceUnitCode',
      'fineAmount',
    ]);
    expect(mapping.unknown).toEqual(['某列']);
    expect(mapping.layout).toBe('V2');
  });

  it('recognises a V1 header set', () => {
    const mapping = mapHeaders('penalty', [
      '行政处罚决定书文号',
      '处罚名称',
      '处罚类别1',
      '处罚类别2',
      '处罚事由',
      '处罚依据',
      '行政相对人名称',
      '统一社会信用代码',
      '法定代表人姓名',
      '处罚结果',
      '处罚决定日期',
      '处罚机关',
      '当前状态',
      '地方编码',
      '数据更新时间戳',
      '备注',
    ]);
    expect(mapping.layout).toBe('V1');
    expect([...mapping.fields.values()]).toContain('penaltyTypes2');
    expect(mapping.fields.get(12)).toBe('status');
    expect(mapping.unknown).toEqual(['地方编码', '数据更新时间戳']);
  });
});

describe('toRecordInput', () => {
  it('converts dates, categories and amounts of a V2 row', () => {
    const headers = [
      '行政相对人名称',
      '行政相对人类别',
      '行政处罚决定书文号',
      '处罚决定日期',
      '处罚类别',
      '罚款金额（万元）',
      '处罚内容',
    ];
    const mapping = mapHeaders('penalty', headers);
    const { input, rejections } = toRecordInput(
      'penalty',
      mapping,
      ['某公司', '法人及非法人组织', 'X-1', '2026/3/5', '罚款', '1,200.5', '罚款'],
      {},
    );
    expect(rejections).toEqual([]);
    expect(input).toMatchObject({
      counterpartCategory: 'LEGAL_ENTITY',
      decisionDate: '2026-03-05',
      penaltyTypes: ['FINE'],
      fineAmount: '1200.5',
    });
  });

  it('passes an unreadable date through for the server to reject, and rejects an unknown category here', () => {
    const mapping = mapHeaders('penalty', [
      '行政相对人名称',
      '行政相对人类别',
      '行政处罚决定书文号',
      '处罚决定日期',
    ]);
    const { input, rejections } = toRecordInput(
      'penalty',
      mapping,
      ['某公司', '公司', 'X-1', '2026/02/30'],
      {},
    );
    expect(input['decisionDate']).toBe('2026/02/30');
    expect(rejections).toEqual([
      expect.objectContaining({ field: 'counterpartCategory', code: 'INVALID_VALUE' }),
    ]);
  });

  it('fills V1 gaps: category from the code, source unit from the key, validity from the decision date', () => {
    const mapping = mapHeaders('licensing', [
      '行政许可决定书文号',
      '项目名称',
      '审批类别',
      '许可内容',
      '行政相对人名称',
      '统一社会信用代码',
      '法定代表人姓名',
      '许可决定日期',
      '许可截止期',
      '许可机关',
    ]);
    const { input } = toRecordInput(
      'licensing',
      mapping,
      [
        'XK-1',
        '食品经营许可',
        '普通',
        '准予',
        '某店',
        '92110105MA00000000',
        '王五',
        '2025/01/02',
        '2030/01/01',
        '某局',
      ],
      { sourceUnit: '某局', sourceUnitCode: '11110000000029419R' },
    );
    expect(input).toMatchObject({
      counterpartCategory: 'INDIVIDUAL_BUSINESS',
      licenceCategory: 'ORDINARY',
      validFrom: '2025-01-02',
      validTo: '2030-01-01',
      sourceUnit: '某局',
      sourceUnitCode: '11110000000029419R',
    });
  });
});

describe('decodeFile', () => {
  it('reads UTF-8 with or without BOM, and falls back to GB18030 for GBK files', () => {
    const text = '行政相对人名称,处罚决定日期\n北京某公司,2026/01/01\n';
    expect(decodeFile(new TextEncoder().encode(`\uFEFF${text}`))).toEqual({
      text,
      encoding: 'utf8',
    });
    const gbk = Uint8Array.from([0xb1, 0xb1, 0xbe, 0xa9]);
    expect(decodeFile(gbk)).toEqual({ text: '北京', encoding: 'gbk' });
    expect(() => decodeFile(gbk, 'utf8')).toThrow(/--encoding gbk/);
  });
});

describe('当前状态', () => {
  it.each([
    ['V2', '1', 'VALID'],
    ['V2', '2', 'INVALID'],
    ['V2', '有效', 'VALID'],
    ['V2', '无效', 'INVALID'],
    ['V1', '0', 'VALID'],
    ['V1', '1', 'REVOKED'],
    ['V1', '2', 'OBJECTION'],
    ['V1', '3', 'OTHER'],
    ['V1', '正常', 'VALID'],
    ['V1', '撤销', 'REVOKED'],
    ['V1', '异议', 'OBJECTION'],
    ['V1', '其他', 'OTHER'],
    ['V2', 'revoked', 'REVOKED'],
  ] as const)('reads %s %s as %s', (layout, cell, status) => {
    expect(statusCodeOf(layout, cell)).toBe(status);
  });

  it.each([
    ['V2', '0'],
    ['V2', '3'],
    ['V1', '4'],
    ['V1', '失效'],
  ] as const)('refuses %s %s', (layout, cell) => {
    expect(statusCodeOf(layout, cell)).toBeNull();
  });

  it('rejects a status outside the code list naming the column, and keeps the row’s other values', () => {
    const headers = ['行政相对人名称', '行政相对人类别', '行政许可决定文书号', '当前状态'];
    const mapping = mapHeaders('licensing', headers);
    const bad = toRecordInput('licensing', mapping, ['某公司', '法人及非法人组织', 'X-1', '9'], {});
    expect(bad.rejections).toEqual([
      { field: 'status', code: 'INVALID_VALUE', message: '当前状态 "9" must be 1 有效 or 2 无效.' },
    ]);
    const good = toRecordInput(
      'licensing',
      mapping,
      ['某公司', '法人及非法人组织', 'X-1', '2'],
      {},
    );
    expect(good.rejections).toEqual([]);
    expect(good.input).toMatchObject({ counterpartName: '某公司', status: 'INVALID' });
  });
});
