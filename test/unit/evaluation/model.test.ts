import { describe, expect, it } from 'vitest';

import {
  DEFAULT_MODEL,
  INDICATORS,
  type IndicatorCode,
  gradeOf,
} from '../../../src/modules/evaluation/index.js';

const none = Object.fromEntries(Object.keys(INDICATORS).map(code => [code, 0])) as Record<
  IndicatorCode,
  number
>;
const counts = (values: Partial<Record<IndicatorCode, number>>) => ({ ...none, ...values });

describe('the default model', () => {
  it('weighs every indicator once, with a basis for each line and each cap', () => {
    expect(DEFAULT_MODEL.indicators.map(i => i.code).sort()).toEqual(
      Object.keys(INDICATORS).sort(),
    );
    for (const line of [...DEFAULT_MODEL.indicators, ...DEFAULT_MODEL.gradeCaps]) {
      expect(line.basis).toMatch(/京政发〔2017〕15号/);
    }
  });

  it.each([
    ['nothing counted', {}, 80, 'B'],
    ['one licence', { LICENCES_VALID: 1 }, 81, 'B'],
    ['licences bounded at +5', { LICENCES_VALID: 40 }, 85, 'B'],
    ['a red-list entry', { RED_LIST: 1 }, 90, 'A'],
    [
      'red list, licences and kept commitments, bounded at 100',
      { RED_LIST: 3, LICENCES_VALID: 9, COMMITMENTS_KEPT: 9 },
      100,
      'A',
    ],
    ['one general penalty', { PENALTY_GENERAL: 1 }, 70, 'C'],
    ['exactly the B threshold', { PENALTY_MINOR: 1, PENALTY_PAST: 1 }, 75, 'B'],
    [
      'just under the B threshold',
      { PENALTY_MINOR: 1, PENALTY_PAST: 1, PENALTY_REPAIRED: 1 },
      74,
      'C',
    ],
    ['exactly the C threshold', { PENALTY_GENERAL: 2 }, 60, 'C'],
    ['just under the C threshold', { PENALTY_GENERAL: 2, PENALTY_REPAIRED: 1 }, 59, 'D'],
    ['a serious penalty', { PENALTY_SERIOUS: 1 }, 55, 'D'],
    [
      'a serious penalty with every bonus: capped at C',
      { PENALTY_SERIOUS: 1, RED_LIST: 1, LICENCES_VALID: 5, COMMITMENTS_KEPT: 3 },
      76,
      'C',
    ],
    ['a black-list entry', { BLACK_LIST: 1 }, 40, 'D'],
    [
      'a black-list entry with every bonus: capped at D',
      { BLACK_LIST: 1, RED_LIST: 1, LICENCES_VALID: 5, COMMITMENTS_KEPT: 3 },
      61,
      'D',
    ],
    [
      'everything adverse, bounded at 0',
      { PENALTY_SERIOUS: 9, PENALTY_GENERAL: 9, BLACK_LIST: 2, COMMITMENTS_BROKEN: 9 },
      0,
      'D',
    ],
    ['an objection pending weighs nothing', { OBJECTIONS_PENDING: 4 }, 80, 'B'],
    ['a broken commitment', { COMMITMENTS_BROKEN: 1 }, 70, 'C'],
    ['abnormal operation', { ABNORMAL_OPERATION: 1 }, 70, 'C'],
  ] as const)('%s: %d, class %s', (_name, values, score, grade) => {
    expect(gradeOf(DEFAULT_MODEL, counts(values))).toEqual({ score, grade });
  });
});
