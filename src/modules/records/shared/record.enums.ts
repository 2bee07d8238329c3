import { pgEnum } from 'drizzle-orm/pg-core';
import { registerEnumType } from 'type-graphql';

export enum RecordKind {
  LICENSING = 'LICENSING',
  PENALTY = 'PENALTY',
}
registerEnumType(RecordKind, {
  name: 'RecordKind',
  description: 'The kind of a 双公示 record.',
  valuesConfig: {
    LICENSING: { description: '行政许可: an administrative licensing decision.' },
    PENALTY: { description: '行政处罚: an administrative penalty decision.' },
  },
});

export const recordKindEnum = pgEnum('record_kind', [RecordKind.LICENSING, RecordKind.PENALTY]);
