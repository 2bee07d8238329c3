import { AsyncLocalStorage } from 'node:async_hooks';

import type { FormattedExecutionResult } from 'graphql';

/**
 * JSON text in pieces: text, or UTF-8 bytes as the database sent them (postgres.js gives the
 * planned statement's answer as bytes, see db/raw.ts).
 */
export type JsonPiece = string | Uint8Array;

const decoder = new TextDecoder();

/** A piece as text. */
export function textOf(piece: JsonPiece): string {
  return typeof piece === 'string' ? piece : decoder.decode(piece);
}

/**
 * A planned answer's `data` as the statement wrote it: JSON text, in pieces, that goes into the
 * HTTP response as it is (`stringifyResult`, `responseBody`), without being parsed and written
 * again, nor decoded and encoded again. Anything else that serialises it (the profile cache,
 * JSON.stringify) gets the parsed value from `toJSON`.
 */
export class PlannedJson {
  constructor(readonly pieces: readonly JsonPiece[]) {}

  /** The whole JSON text. */
  get text(): string {
    return this.pieces.map(textOf).join('');
  }

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/**
 * The planned answers of the HTTP request being executed, in the order `stringifyResult` met
 * them; outside `withPlannedBodies` there is no store and the answers are written as text.
 */
const requestAnswers = new AsyncLocalStorage<PlannedJson[]>();

/**
 * Stands for a planned answer in the text `stringifyResult` returns: U+0000, its index, U+0000.
 * JSON.stringify escapes every control character, so no other U+0000 occurs in the text.
 */
const MARK = '\u0000';

/**
 * Executes an HTTP request's GraphQL operation (`run`) so that the response text leaves the
 * planned answers' bytes out, marked; `responseBody` puts them back.
 */
export async function withPlannedBodies<T>(
  run: () => Promise<T>,
): Promise<{ value: T; answers: PlannedJson[] }> {
  const answers: PlannedJson[] = [];
  const value = await requestAnswers.run(answers, run);
  return { value, answers };
}

/**
 * The bytes of a response text that `stringifyResult` wrote under `withPlannedBodies`: the text
 * between the marks as UTF-8, each planned answer's pieces as they are.
 */
export function responseBody(text: string, answers: readonly PlannedJson[]): Uint8Array[] {
  if (!text.includes(MARK)) {
    return [Buffer.from(text)];
  }
  const out: Uint8Array[] = [];
  text.split(MARK).forEach((segment, i) => {
    if (i % 2 === 0) {
      if (segment !== '') {
        out.push(Buffer.from(segment));
      }
      return;
    }
    for (const piece of answers[Number(segment)]!.pieces) {
      out.push(typeof piece === 'string' ? Buffer.from(piece) : piece);
    }
  });
  return out;
}

/**
 * Apollo's `stringifyResult`: a response whose `data` is a planner's PlannedJson is written
 * with the statement's JSON in place (marked, under `withPlannedBodies`), its other members as
 * JSON.stringify writes them, in Apollo's order (errors, data, extensions); any other response
 * as Apollo writes it.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  if (!(result.data instanceof PlannedJson)) {
    return `${JSON.stringify(result)}\n`;
  }
  const members: string[] = [];
  if (result.errors !== undefined) {
    members.push(`"errors":${JSON.stringify(result.errors)}`);
  }
  const answers = requestAnswers.getStore();
  if (answers === undefined) {
    members.push(`"data":${result.data.text}`);
  } else {
    answers.push(result.data);
    members.push(`"data":${MARK}${answers.length - 1}${MARK}`);
  }
  if (result.extensions !== undefined) {
    members.push(`"extensions":${JSON.stringify(result.extensions)}`);
  }
  return `{${members.join(',')}}\n`;
}
