import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  CREDIT_CODE_CHARSET,
  analyzeCreditCode,
  composeCreditCode,
  isValidOrganizationCode,
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
      regionName: '北京市',
      organizationCode: '60003734-1',
      warnings: [],
    });
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

  it('warns on an unknown authority or region without rejecting', () => {
    const code = composeCreditCode('Q1', '990000', '12345678');
    const result = analyzeCreditCode(code);
    expect(result.valid).toBe(true);
    expect(result.warnings).toHaveLength(2);
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

describe('isValidOrganizationCode', () => {
  it('accepts the embedded code of a valid credit code, with or without a hyphen', () => {
    expect(isValidOrganizationCode('60003734-1')).toBe(true);
    expect(isValidOrganizationCode('600037341')).toBe(true);
    expect(isValidOrganizationCode('600037342')).toBe(false);
  });
});
