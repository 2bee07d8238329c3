import { describe, expect, it } from 'vitest';

import {
  PlannedJson,
  responseBody,
  stringifyResult,
  withPlannedBodies,
} from '../../../src/modules/planner/index.js';

const bytes = (text: string) => new Uint8Array(Buffer.from(text));
const joined = (chunks: readonly Uint8Array[]) => Buffer.concat(chunks).toString('utf8');

describe('a planned answer in the HTTP response', () => {
  const answer = new PlannedJson([bytes('{"subject" : {"name" : "北京'), '新源', bytes('科技"}}')]);

  it('is written as its pieces, between the members JSON.stringify writes', async () => {
    const errors = [{ message: 'a \u0000 NUL and 中文 in a message' }];
    const { value: text, answers } = await withPlannedBodies(async () =>
      stringifyResult({ errors, data: answer as never, extensions: { cost: 1 } }),
    );
    expect(answers).toEqual([answer]);
    // The pieces stay out of the text; the bytes put them back in place.
    expect(text).not.toContain('新源');
    const chunks = responseBody(text, answers);
    expect(chunks).toContain(answer.pieces[0]);
    expect(JSON.parse(joined(chunks))).toEqual({
      errors,
      data: { subject: { name: '北京新源科技' } },
      extensions: { cost: 1 },
    });
  });

  it('is written as text outside an HTTP request, and parsed by JSON.stringify', () => {
    const text = stringifyResult({ data: answer as never });
    expect(text).toBe('{"data":{"subject" : {"name" : "北京新源科技"}}}\n');
    expect(JSON.stringify({ data: answer })).toBe('{"data":{"subject":{"name":"北京新源科技"}}}');
  });

  it('leaves any other response as Apollo writes it', async () => {
    const { value: text, answers } = await withPlannedBodies(async () =>
      stringifyResult({ data: { name: '\u0000中文' } }),
    );
    expect(answers).toEqual([]);
    expect(joined(responseBody(text, answers))).toBe(
      `${JSON.stringify({ data: { name: '\u0000中文' } })}\n`,
    );
  });
});
