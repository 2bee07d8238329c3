import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import fc from 'fast-check';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';

import {
  CREDIT_CODE_CHARSET,
  analyzeCreditCode,
  buildDivisionTables,
  codeCategoryOf,
  composeCreditCode,
  divisionCodesModule,
  divisionNamesModule,
  isValidOrganizationCode,
  regionName,
} from '../../../src/modules/credit-code/index.js';

const VALID = ['91110000600037341L', '91310110666007217T', '11230500001755309F'];

describe('analyzeCreditCode', () => {
  it.each(VALID)('accepts %s and decodes it', code => {
    const result = analyzeCreditCode(code);
    expect(result.valid).toBe(true);
    expect(result.problem).toBeUndefined();
    expect(result.regionCode).toBe(code.slice(2, 8));
  });

  it('decodes authority, entity type and region', () => {
    const result = analyzeCreditCode('91110000600037341L');
    expect(result).toMatchObject({
      registrationAuthority: '工商',
      entityType: '企业',
      regionCode: '110000',
      divisionStatus: 'CURRENT',
      category: 'LEGAL_ENTITY',
      organizationCode: '60003734-1',
      warnings: [],
    });
    expect(regionName('110000')).toBe('北京市');
    expect(analyzeCreditCode('11230500001755309F')).toMatchObject({
      registrationAuthority: '机构编制',
      entityType: '机关',
    });
  });

  it('trims and upper-cases the input', () => {
    expect(analyzeCreditCode('  91110000600037341l ')).toMatchObject({
      valid: true,
      code: '91110000600037341L',
    });
  });

  it('names the check character a wrong code should have', () => {
    const result = analyzeCreditCode('92420300MA49KUFW0H');
    expect(result.valid).toBe(false);
    expect(result.problem).toBe('CHECK_CHARACTER');
    expect(result.reason).toContain("'E'");
  });

  it('catches a bad organisation-code check inside an otherwise consistent code', () => {
    const result = analyzeCreditCode('91110000MA001ABCX5');
    expect(result.valid).toBe(false);
    expect(result.problem).toBe('ORGANIZATION_CODE_CHECK');
  });

  it.each([
    ['', 'EMPTY'],
    ['9111000060003734', 'LENGTH'],
    ['91110000600037341LL', 'LENGTH'],
    ['9111000060003734IL', 'CHARACTER'],
    ['91110000600O37341L', 'CHARACTER'],
    ['00000000000000000X', 'PLACEHOLDER'],
  ])('rejects %j as %s', (code, problem) => {
    expect(analyzeCreditCode(code)).toMatchObject({ valid: false, problem });
  });

  // Every case is composed with correct check characters, so only positions 1–8 are at fault.
  const composed = (pair: string, division: string) =>
    composeCreditCode(pair, division, 'MA01C3D4');

  it.each([
    ['999999', 'no division at all'],
    ['990000', 'no province 99'],
    ['110199', 'no county 99 in Beijing'],
    ['000000', 'zeros'],
  ])('rejects division %s (%s) as BAD_DIVISION', division => {
    const result = analyzeCreditCode(composed('91', division));
    expect(result).toMatchObject({ valid: false, problem: 'BAD_DIVISION' });
    expect(result.reason).toContain(division);
  });

  it.each([
    ['110108', '北京市海淀区'],
    ['310115', '上海市浦东新区'],
    ['440100', '广东省广州市'],
    ['500118', '重庆市永川区'],
    ['469001', '海南省五指山市'],
    ['540481', '西藏自治区林芝市米林市'],
    ['100000', '国家'],
  ])('accepts the current division %s (%s) without a warning', (division, name) => {
    const result = analyzeCreditCode(composed('91', division));
    expect(result).toMatchObject({ valid: true, divisionStatus: 'CURRENT', warnings: [] });
    expect(regionName(division)).toBe(name);
  });

  it.each([
    ['330103', '浙江省杭州市下城区', 'merged into 拱墅区 in 2021'],
    ['330104', '浙江省杭州市江干区', 'split in 2021'],
    ['110103', '北京市崇文区', 'merged into 东城区 in 2010'],
  ])('accepts the historic division %s (%s, %s) with a warning', (division, name) => {
    const result = analyzeCreditCode(composed('91', division));
    expect(result).toMatchObject({ valid: true, divisionStatus: 'HISTORIC' });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain(division);
    expect(regionName(division)).toBe(name);
  });

  it('names a renamed division that kept its code by its current name', () => {
    expect(analyzeCreditCode(composed('91', '420600'))).toMatchObject({
      valid: true,
      divisionStatus: 'CURRENT',
    });
    expect(regionName('420600')).toBe('湖北省襄阳市');
  });

  it.each([
    ['Q1', 'an unknown authority letter'],
    ['01', 'authority 0'],
    ['B1', 'authority B'],
    ['94', 'type 4 of 工商'],
    ['99', 'type 9 of 工商 (工商 has no 其他)'],
    ['10', 'type 0 of 机构编制'],
    ['14', 'type 4 of 机构编制'],
    ['22', 'type 2 of 外交'],
    ['36', 'type 6 of 司法行政'],
    ['42', 'type 2 of 文化'],
    ['54', 'type 4 of 民政'],
    ['63', 'type 3 of 旅游'],
    ['73', 'type 3 of 宗教'],
    ['82', 'type 2 of 工会'],
    ['A2', 'type 2 of 军队'],
    ['N4', 'type 4 of 农业'],
    ['Y2', 'type 2 of 其他'],
  ])('rejects the pair %s (%s) as BAD_TYPE', pair => {
    const result = analyzeCreditCode(composed(pair, '110108'));
    expect(result).toMatchObject({ valid: false, problem: 'BAD_TYPE' });
    expect(codeCategoryOf(pair)).toBeUndefined();
  });

  it.each([
    ['11', '机构编制', '机关', 'LEGAL_ENTITY'],
    ['12', '机构编制', '事业单位', 'LEGAL_ENTITY'],
    ['31', '司法行政', '律师执业机构', 'LEGAL_ENTITY'],
    ['51', '民政', '社会团体', 'LEGAL_ENTITY'],
    ['52', '民政', '民办非企业单位', 'LEGAL_ENTITY'],
    ['53', '民政', '基金会', 'LEGAL_ENTITY'],
    ['71', '宗教', '宗教活动场所', 'LEGAL_ENTITY'],
    ['81', '工会', '基层工会', 'LEGAL_ENTITY'],
    ['91', '工商', '企业', 'LEGAL_ENTITY'],
    ['92', '工商', '个体工商户', 'INDIVIDUAL_BUSINESS'],
    ['93', '工商', '农民专业合作社', 'LEGAL_ENTITY'],
    ['A1', '中央军委改革和编制办公室', '军队事业单位', 'LEGAL_ENTITY'],
    ['N2', '农业', '村级集体经济组织', 'LEGAL_ENTITY'],
    ['Y1', '其他', '其他', 'LEGAL_ENTITY'],
  ])('decodes the pair %s as %s %s, a %s', (pair, registrationAuthority, entityType, category) => {
    const result = analyzeCreditCode(composed(pair, '110108'));
    expect(result).toMatchObject({ valid: true, registrationAuthority, entityType, category });
    expect(codeCategoryOf(result.code)).toBe(category);
  });

  it('reports the first fault by position: the pair before the division before the checks', () => {
    expect(analyzeCreditCode(composed('Q1', '999999')).problem).toBe('BAD_TYPE');
    const badDivision = composed('91', '999999');
    const wrongCheck = badDivision.slice(0, 17) + (badDivision.endsWith('0') ? '1' : '0');
    expect(analyzeCreditCode(wrongCheck).problem).toBe('BAD_DIVISION');
  });

  it('catches every single-character change of a valid code', () => {
    const codes = [...VALID, composeCreditCode('91', '110108', 'MA01C3D4')];
    for (const code of codes) {
      for (let position = 0; position < 18; position += 1) {
        for (const ch of CREDIT_CODE_CHARSET) {
          if (ch === code.charAt(position)) {
            continue;
          }
          const changed = code.slice(0, position) + ch + code.slice(position + 1);
          expect(analyzeCreditCode(changed).valid, changed).toBe(false);
        }
      }
    }
  });

  it('property: composed codes are valid and any single substitution is caught', () => {
    const bodyChar = fc.constantFrom(...CREDIT_CODE_CHARSET.split(''));
    fc.assert(
      fc.property(
        fc.array(bodyChar, { minLength: 8, maxLength: 8 }),
        fc.constantFrom('110101', '110108', '310115', '440100'),
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (body, region, position, shift) => {
          const code = composeCreditCode('91', region, body.join(''));
          expect(analyzeCreditCode(code).valid).toBe(true);
          const index = CREDIT_CODE_CHARSET.indexOf(code.charAt(position));
          const replacement = CREDIT_CODE_CHARSET.charAt((index + shift) % 31);
          const changed = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(analyzeCreditCode(changed).valid).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('property: swapping two different adjacent characters is caught', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'.split('')), {
          minLength: 8,
          maxLength: 8,
        }),
        fc.integer({ min: 0, max: 16 }),
        (body, position) => {
          const code = composeCreditCode('91', '110105', body.join(''));
          const a = code.charAt(position);
          const b = code.charAt(position + 1);
          fc.pre(a !== b);
          const swapped = code.slice(0, position) + b + a + code.slice(position + 2);
          expect(analyzeCreditCode(swapped).valid).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('division tables', () => {
  it('are what the installed data packages give (run npm run divisions:emit after updating them)', async () => {
    const tables = buildDivisionTables();
    const folder = new URL('../../../src/modules/credit-code/', import.meta.url);
    for (const [file, text] of [
      ['divisions.data.ts', divisionCodesModule(tables)],
      ['division-names.data.ts', divisionNamesModule(tables)],
    ] as const) {
      const target = fileURLToPath(new URL(file, folder));
      const options = (await resolveConfig(target)) ?? {};
      const expected = await format(text, { ...options, filepath: target });
      const committed = readFileSync(target, 'utf8');
      expect(committed === expected, `${file} is stale`).toBe(true);
    }
  });

  it('hold current codes from 2023 and historic codes back to 2002, disjoint', () => {
    const tables = buildDivisionTables();
    expect(tables.current).toContain('659012');
    expect(tables.historic).toContain('330103');
    expect(tables.current.filter(code => tables.historic.includes(code))).toEqual([]);
    expect(tables.current.length).toBeGreaterThan(3000);
    expect(tables.historic.length).toBeGreaterThan(500);
  });
});

describe('isValidOrganizationCode', () => {
  it('accepts the embedded code of a valid credit code, with or without a hyphen', () => {
    expect(isValidOrganizationCode('60003734-1')).toBe(true);
    expect(isValidOrganizationCode('600037341')).toBe(true);
    expect(isValidOrganizationCode('600037342')).toBe(false);
  });
});
