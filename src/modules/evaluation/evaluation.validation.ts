import { BadInputError } from '../../shared/errors.js';
import { type ArgumentName, named, say } from '../../shared/messages.js';
import {
  type EvaluationModelDefinition,
  GRADES,
  INDICATORS,
  type IndicatorCode,
  MAX_SCORE,
} from './evaluation.model.js';
import type { EvaluationModelInput } from './evaluation.type.js';

const VERSION = /^[A-Za-z0-9][A-Za-z0-9.\-]{0,39}$/;

function text(value: string, field: ArgumentName, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) {
    throw new BadInputError(say('LENGTH', { ...named(field), min: 1, max }), field, {
      reason: 'LENGTH',
    });
  }
  return trimmed;
}

function inRange(value: number, field: ArgumentName, min: number, max: number): number {
  if (
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    Math.round(value * 100) !== value * 100
  ) {
    throw new BadInputError(say('OUT_OF_RANGE', { ...named(field), min, max }), field, {
      reason: 'OUT_OF_RANGE',
    });
  }
  return value;
}

function isIndicator(code: string): code is IndicatorCode {
  return Object.hasOwn(INDICATORS, code);
}

/**
 * Checks a new model version and returns its definition, or BAD_USER_INPUT naming the field:
 * an unknown or repeated indicator, thresholds out of order, a class without supervision, a
 * cap on an indicator the model does not weigh, numbers out of range (two decimals at most).
 */
export function checkModelInput(input: EvaluationModelInput): EvaluationModelDefinition {
  const version = input.version.trim();
  if (!VERSION.test(version)) {
    throw new BadInputError(say('LENGTH', { ...named('version'), min: 1, max: 40 }), 'version', {
      reason: 'LENGTH',
    });
  }
  const baseScore = inRange(input.baseScore, 'baseScore', 0, MAX_SCORE);
  const { a, b, c } = input.thresholds;
  for (const value of [a, b, c]) {
    inRange(value, 'thresholds', 0, MAX_SCORE);
  }
  if (!(c < b && b < a)) {
    throw new BadInputError(say('THRESHOLDS_ORDER', named('thresholds')), 'thresholds', {
      reason: 'THRESHOLDS_ORDER',
    });
  }
  const seen = new Set<string>();
  const indicators = input.indicators.map((weight, index) => {
    const code = weight.code.trim();
    if (!isIndicator(code)) {
      throw new BadInputError(
        say('UNKNOWN_INDICATOR', { ...named('indicators'), index, code }),
        'indicators',
        { reason: 'UNKNOWN_INDICATOR', index },
      );
    }
    if (seen.has(code)) {
      throw new BadInputError(
        say('INDICATOR_TWICE', { ...named('indicators'), index, code }),
        'indicators',
        { reason: 'INDICATOR_TWICE', index },
      );
    }
    seen.add(code);
    return {
      code,
      pointsEach: inRange(weight.pointsEach, 'indicators', -MAX_SCORE, MAX_SCORE),
      maxPoints: inRange(weight.maxPoints, 'indicators', 0, MAX_SCORE),
      basis: text(weight.basis, 'basis', 500),
    };
  });
  const gradeCaps = input.gradeCaps.map((cap, index) => {
    const code = cap.indicator.trim();
    if (!isIndicator(code) || !seen.has(code)) {
      throw new BadInputError(
        say('UNKNOWN_INDICATOR', { ...named('gradeCaps'), index, code }),
        'gradeCaps',
        { reason: 'UNKNOWN_INDICATOR', index },
      );
    }
    return {
      indicator: code,
      atLeast: inRange(cap.atLeast, 'gradeCaps', 1, 1_000_000),
      grade: cap.grade,
      basis: text(cap.basis, 'basis', 500),
    };
  });
  const supervision = Object.fromEntries(
    input.supervision.map(line => [line.grade, text(line.recommendation, 'supervision', 500)]),
  );
  for (const grade of GRADES) {
    if (supervision[grade] === undefined) {
      throw new BadInputError(
        say('SUPERVISION_MISSING', { ...named('supervision'), grade }),
        'supervision',
        {
          reason: 'SUPERVISION_MISSING',
        },
      );
    }
  }
  return {
    version,
    baseScore,
    thresholds: { A: a, B: b, C: c },
    indicators,
    gradeCaps,
    supervision: supervision as EvaluationModelDefinition['supervision'],
    publicView: input.publicView,
    basis: text(input.basis, 'basis', 500),
  };
}
