import type { FormattedExecutionResult } from 'graphql';

/**
 * A planned answer's `data` as the statement wrote it: JSON text that goes into the HTTP
 * response as it is (`stringifyResult`), without being parsed and written again. Anything else
 * that serialises it (the profile cache, JSON.stringify) gets the parsed value from `toJSON`.
 */
export class PlannedJson {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/**
 * Apollo's `stringifyResult`: a response whose `data` is a planner's PlannedJson is written
 * with the statement's JSON text in place, its other members as JSON.stringify writes them, in
 * Apollo's order (errors, data, extensions); any other response as Apollo writes it.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  if (!(result.data instanceof PlannedJson)) {
    return `${JSON.stringify(result)}\n`;
  }
  const members: string[] = [];
  if (result.errors !== undefined) {
    members.push(`"errors":${JSON.stringify(result.errors)}`);
  }
  members.push(`"data":${result.data.text}`);
  if (result.extensions !== undefined) {
    members.push(`"extensions":${JSON.stringify(result.extensions)}`);
  }
  return `{${members.join(',')}}\n`;
}
