import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  CREDIT_CODE_PROBLEMS,
  ERROR_CODES,
  ERROR_REASONS,
  IMPORT_CODES,
  type MessageId,
  REJECTION_CODES,
  creditCodeReason,
  hasCreditCodeReason,
  hasMessage,
  say,
} from '../../../src/shared/messages.js';

const CJK = /[\u4e00-\u9fff]/;

/**
 * A value that stands for any parameter: a string where a template prints it, a list where it
 * joins or maps one, a named field or a localized text where it reads one.
 */
function anyValue(): unknown {
  return Object.assign(['x'], {
    zh: 'x',
    en: 'x',
    field: 'x',
    column: 'x',
  });
}
const anyParams = new Proxy({}, { get: () => anyValue() });

/** Parameters a template looks up in a table rather than prints. */
const SAMPLES: Partial<Record<MessageId, object>> = { NOT_FOUND: { thing: 'RECORD' } };

function render(id: MessageId): { zh: string; en: string } {
  return (say as (id: MessageId, params: unknown) => { zh: string; en: string })(
    id,
    SAMPLES[id] ?? anyParams,
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return name === 'site' && dir.endsWith('src') ? [] : sourceFiles(path);
    }
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('the message catalogue', () => {
  const ids: string[] = [...ERROR_CODES, ...ERROR_REASONS, ...REJECTION_CODES, ...IMPORT_CODES];

  it.each(ids)('has a Chinese and an English message for %s', id => {
    expect(hasMessage(id), id).toBe(true);
    const text = render(id as MessageId);
    expect(text.zh, id).toMatch(CJK);
    expect(typeof text.en).toBe('string');
    expect(text.en.trim(), id).not.toBe('');
    expect(text.en, id).not.toBe(text.zh);
  });

  it.each([...CREDIT_CODE_PROBLEMS])('says in Chinese and English why a code is %s', problem => {
    expect(hasCreditCodeReason(problem)).toBe(true);
    const text = (creditCodeReason as (p: string, params: unknown) => { zh: string; en: string })(
      problem,
      anyParams,
    );
    expect(text.zh).toMatch(CJK);
    expect(text.en).not.toMatch(/^\s*$/);
  });

  it('covers every code and reason the source gives an error or a rejection', () => {
    // The codes of `extensions`, `errorBody(…)`, rejections and reasons written anywhere in src/
    // must be in the const arrays above, which the catalogue is typed by.
    const found = new Set<string>();
    const patterns = [
      /\breason: '([A-Z][A-Z_]+)'/g,
      /extensions: \{\s*code: '([A-Z][A-Z_]+)'/g,
      /errorBody\(\s*'([A-Z][A-Z_]+)'/g,
      /\.reject\(\s*[^,]+,\s*'([A-Z][A-Z_]+)'/g,
      /fieldRejection\([^,]+,\s*[^,]+,\s*'([A-Z][A-Z_]+)'/g,
    ];
    for (const file of sourceFiles(join(import.meta.dirname, '../../../src'))) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of patterns) {
        for (const match of text.matchAll(pattern)) {
          found.add(match[1]!);
        }
      }
    }
    // Codes of other things than errors that the patterns also catch.
    const notErrors = new Set<string>();
    const known = new Set([...ids, ...CREDIT_CODE_PROBLEMS]);
    const missing = [...found].filter(code => !known.has(code) && !notErrors.has(code));
    expect(missing).toEqual([]);
    expect(found.size).toBeGreaterThan(20);
  });

  it('names a field by its column in Chinese and by its GraphQL name in English', () => {
    const text = say('DATE_IN_FUTURE', {
      field: 'decisionDate',
      column: '处罚决定日期',
      value: '2030-01-02',
      today: '2030-01-01',
    });
    expect(text).toEqual({
      zh: '处罚决定日期 2030-01-02 晚于今天（2030-01-01，北京时间）。',
      en: 'decisionDate 2030-01-02 is after today (2030-01-01, China Standard Time).',
    });
  });
});
