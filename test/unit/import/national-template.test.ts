import { describe, expect, it } from 'vitest';

import { mapHeaders, statusCodeOf, toRecordInput } from '../../../src/modules/import/index.js';

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
    expect(mapping.variant).toBe('V2 中文表头');
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
    expect(mapping.variant).toBe('V1 中文表头');
    expect([...mapping.fields.values()]).toContain('penaltyTypes2');
    expect([...mapping.fields.values()]).toContain('status');
    expect(mapping.unknown).toEqual(['地方编码', '数据更新时间戳']);
  });
});

describe('the template variant of a header row', () => {
  const V1_PENALTY_CODES = [
    'CF_WSH',
    'CF_CFMC',
    'CF_CFLB1',
    'CF_CFLB2',
    'CF_SY',
    'CF_YJ',
    'CF_XDR_MC',
    'CF_XDR_SHXYM',
    'CF_XDR_ZDM',
    'CF_XDR_GSDJ',
    'CF_XDR_SWDJ',
    'CF_XDR_SFZ',
    'CF_FR',
    'CF_JG',
    'CF_JDRQ',
    'CF_JZQ',
    'CF_XZJG',
    'CF_ZT',
    'DFBM',
    'SJC',
    'BZ',
    'CF_SYFW',
    'CF_GSJZQ',
    'CF_BM',
    'CF_SXYZCD',
  ];
  const V1_LICENSING_CODES = [
    'XK_WSH',
    'XK_XMMC',
    'XK_SPLB',
    'XK_NR',
    'XK_XDR',
    'XK_XDR_SHXYM',
    'XK_XDR_ZDM',
    'XK_XDR_GSDJ',
    'XK_XDR_SWDJ',
    'XK_XDR_SFZ',
    'XK_FR',
    'XK_JDRQ',
    'XK_JZQ',
    'XK_XZJG',
    'XK_ZT',
    'DFBM',
    'SJC',
    'BZ',
    'XK_SYFW',
  ];
  const V2_LICENSING_CODES = [
    'XK_XDR_MC',
    'XK_XDR_LB',
    'XK_XDR_SHXYM',
    'XK_XDR_GSZC',
    'XK_XDR_ZZJG',
    'XK_XDR_SWDJ',
    'XK_XDR_SYDW',
    'XK_XDR_SHZZ',
    'XK_FRDB',
    'XK_FR_ZJLX',
    'XK_FR_ZJHM',
    'XK_XDR_ZJLX',
    'XK_XDR_ZJHM',
    'XK_XKWS',
    'XK_WSH',
    'XK_XKLB',
    'XK_XKZS',
    'XK_XKBH',
    'XK_NR',
    'XK_JDRQ',
    'XK_YXQZ',
    'XK_YXQZI',
    'XK_XKJG',
    'XK_XKJGDM',
    'XK_ZT',
    'XK_LYDW',
    'XK_LYDWDM',
    'BZ',
  ];

  it('reads every V1 penalty code, and knows the ones it does not send', () => {
    const mapping = mapHeaders('penalty', V1_PENALTY_CODES);
    expect(mapping).toMatchObject({ layout: 'V1', headerStyle: 'CODE', variant: 'V1 代码表头' });
    expect(mapping.unknown).toEqual(['DFBM', 'SJC', 'CF_BM']);
    expect(Object.fromEntries(mapping.columns)).toMatchObject({
      documentNumber: 'CF_WSH',
      violationType: 'CF_CFMC',
      penaltyTypes: 'CF_CFLB1',
      penaltyTypes2: 'CF_CFLB2',
      counterpartName: 'CF_XDR_MC',
      organizationCode: 'CF_XDR_ZDM',
      businessRegistrationNo: 'CF_XDR_GSDJ',
      personIdNumber: 'CF_XDR_SFZ',
      legalRepresentative: 'CF_FR',
      content: 'CF_JG',
      penaltyValidUntil: 'CF_JZQ',
      authority: 'CF_XZJG',
      status: 'CF_ZT',
      usageScope: 'CF_SYFW',
      publicityEndDate: 'CF_GSJZQ',
      severity: 'CF_SXYZCD',
    });
  });

  it('reads every V1 licensing code, and tells V2 code headers from them', () => {
    const v1 = mapHeaders('licensing', V1_LICENSING_CODES);
    expect(v1).toMatchObject({ layout: 'V1', headerStyle: 'CODE', variant: 'V1 代码表头' });
    expect(v1.unknown).toEqual(['DFBM', 'SJC']);
    expect(Object.fromEntries(v1.columns)).toMatchObject({
      counterpartName: 'XK_XDR',
      documentTitle: 'XK_XMMC',
      licenceCategory: 'XK_SPLB',
      validTo: 'XK_JZQ',
      status: 'XK_ZT',
    });
    const v2 = mapHeaders('licensing', V2_LICENSING_CODES);
    expect(v2).toMatchObject({ layout: 'V2', headerStyle: 'CODE', variant: 'V2 代码表头' });
    expect(v2.unknown).toEqual([]);
    expect(v2.columns.size).toBe(V2_LICENSING_CODES.length);
  });

  it('goes by the names only one template uses, whatever else the file adds', () => {
    // A V1 file with a V2 column added by its department is still V1.
    expect(
      mapHeaders('penalty', [
        '行政处罚决定书文号',
        '处罚名称',
        '处罚类别1',
        '处罚结果',
        '处罚决定日期',
        '行政相对人名称',
        '数据来源单位',
      ]).layout,
    ).toBe('V1');
    // Only names both use: V2, since it has a 类别 column.
    expect(mapHeaders('penalty', ['CF_WSH', 'CF_XDR_MC', 'CF_JDRQ', '行政相对人类别']).layout).toBe(
      'V2',
    );
    expect(mapHeaders('penalty', ['CF_WSH', 'CF_XDR_MC', 'CF_JDRQ']).layout).toBe('V1');
    // Ties of style go to Chinese; a BOM and spaces do not count.
    expect(mapHeaders('penalty', ['\uFEFFCF_WSH', ' 行政相对人名称 ']).headerStyle).toBe('CHINESE');
  });
});

describe('statusCodeOf', () => {
  it('reads 当前状态 by the template: 1 is VALID in V2 and REVOKED in V1', () => {
    expect(['1', '有效', '2', '无效', ''].map(raw => statusCodeOf('V2', raw))).toEqual([
      'VALID',
      'VALID',
      'INVALID',
      'INVALID',
      'VALID',
    ]);
    expect(
      ['0', '正常', '1', '撤销', '2', '异议', '3', '其他', ' 0 '].map(raw =>
        statusCodeOf('V1', raw),
      ),
    ).toEqual([
      'VALID',
      'VALID',
      'REVOKED',
      'REVOKED',
      'OBJECTION',
      'OBJECTION',
      'OTHER',
      'OTHER',
      'VALID',
    ]);
  });

  it('rejects anything else, naming the column as the file heads it', () => {
    expect(statusCodeOf('V2', '0', 'XK_ZT')).toEqual({
      field: 'status',
      code: 'INVALID_VALUE',
      message: 'XK_ZT"0"无法识别：V2 模板应为 1（有效）或 2（无效）。',
    });
    expect(statusCodeOf('V1', '4')).toMatchObject({
      field: 'status',
      code: 'INVALID_VALUE',
      message: expect.stringMatching(/^当前状态"4"无法识别：V1 模板/),
    });
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

describe('a V1 penalty row', () => {
  const headers = [
    'CF_WSH',
    'CF_CFMC',
    'CF_CFLB1',
    'CF_CFLB2',
    'CF_SY',
    'CF_YJ',
    'CF_XDR_MC',
    'CF_XDR_SHXYM',
    'CF_XDR_SFZ',
    'CF_FR',
    'CF_JG',
    'CF_JDRQ',
    'CF_XZJG',
    'CF_ZT',
  ];
  const cells = (types: [string, string], code: string, id = '') => [
    '京朝市监罚〔2025〕1号',
    '经营超过保质期的食品',
    ...types,
    '经营超过保质期的食品',
    '《中华人民共和国食品安全法》第一百二十四条',
    code === '' ? '赵小明' : '北京某公司',
    code,
    id,
    code === '' ? '' : '王五',
    '罚款人民币2000元',
    '2025/06/03',
    '北京市市场监督管理局',
    '1',
  ];
  const defaults = { sourceUnit: '北京市市场监督管理局', sourceUnitCode: '11110000000029419R' };

  it('says it is V1, takes the unit as authority, and warns that a fine has no amount', () => {
    const mapping = mapHeaders('penalty', headers);
    const { input, rejections, warnings, row } = toRecordInput(
      'penalty',
      mapping,
      cells(['警告', '罚款'], '91110105MA00000000'),
      defaults,
    );
    expect(rejections).toEqual([]);
    expect(input).toMatchObject({
      templateVersion: 'V1',
      penaltyTypes: ['WARNING', 'FINE'],
      counterpartCategory: 'LEGAL_ENTITY',
      content: '罚款人民币2000元',
      penaltyValidUntil: '2025-06-03',
      authorityCode: '11110000000029419R',
      sourceUnitCode: '11110000000029419R',
    });
    expect(input).not.toHaveProperty('fineAmount');
    expect(input['status']).toBe('REVOKED');
    expect(row['status']).toBe('1');
    expect(warnings).toEqual([
      {
        field: 'fineAmount',
        code: 'AMOUNT_UNKNOWN',
        message:
          'V1 模板没有罚款金额列，本行已入库，罚款金额记为未知（空）；如知道金额，请按 V2 模板更正。',
      },
    ]);
  });

  it('has no warning without a fine or confiscation, and reads a natural person’s 居民身份证号', () => {
    const mapping = mapHeaders('penalty', headers);
    const { input, warnings } = toRecordInput(
      'penalty',
      mapping,
      cells(['警告', ''], '', '11010519491231002X'),
      defaults,
    );
    expect(warnings).toEqual([]);
    expect(input).toMatchObject({
      counterpartCategory: 'NATURAL_PERSON',
      personIdType: '身份证',
      personIdNumber: '11010519491231002X',
    });
  });

  it('is sent as V2 from a V2 file, with no warning for a missing amount (the server rejects it)', () => {
    const mapping = mapHeaders('penalty', [
      'CF_WSH',
      'CF_XDR_MC',
      'CF_XDR_LB',
      'CF_CFLB',
      'CF_NR_FK',
      'CF_JDRQ',
    ]);
    const { input, warnings } = toRecordInput(
      'penalty',
      mapping,
      ['X-1', '北京某公司', '法人及非法人组织', '罚款', '', '2025/06/03'],
      {},
    );
    expect(input['templateVersion']).toBe('V2');
    expect(warnings).toEqual([]);
  });
});

describe('当前状态 in a row', () => {
  it('rejects a status outside the code list naming the column, and keeps the row’s other values', () => {
    const headers = ['行政相对人名称', '行政相对人类别', '行政许可决定文书号', '当前状态'];
    const mapping = mapHeaders('licensing', headers);
    const bad = toRecordInput('licensing', mapping, ['某公司', '法人及非法人组织', 'X-1', '9'], {});
    expect(bad.rejections).toEqual([
      {
        field: 'status',
        code: 'INVALID_VALUE',
        message: expect.stringMatching(/^当前状态"9"无法识别：V2 模板/),
      },
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
