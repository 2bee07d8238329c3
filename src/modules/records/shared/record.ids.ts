import { RecordKind } from './record.enums.js';

const PREFIX: Record<RecordKind, string> = { LICENSING: 'licensing', PENALTY: 'penalty' };

/** The GraphQL ID of a record: its kind and row id, e.g. `penalty:42`. */
export function recordGlobalId(kind: RecordKind, id: number): string {
  return `${PREFIX[kind]}:${id}`;
}

export function parseRecordGlobalId(value: string): { kind: RecordKind; id: number } | null {
  const match = /^(licensing|penalty):(\d{1,15})$/.exec(value);
  if (match === null) {
    return null;
  }
  return {
    kind: match[1] === 'licensing' ? RecordKind.LICENSING : RecordKind.PENALTY,
    id: Number(match[2]),
  };
}
