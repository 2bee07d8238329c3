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

/**
 * 当前状态 of a 双公示 record as its department marks it: V2 `1` 有效 / `2` 无效, V1 `0` 正常 /
 * `1` 撤销 / `2` 异议 / `3` 其他 (data-standard.md). A record marked INVALID or REVOKED is never
 * public (regulators and the credit office see it, marked); OBJECTION opens an objection.
 */
export enum RecordStatusCode {
  VALID = 'VALID',
  INVALID = 'INVALID',
  REVOKED = 'REVOKED',
  OBJECTION = 'OBJECTION',
  OTHER = 'OTHER',
}
registerEnumType(RecordStatusCode, {
  name: 'RecordStatusCode',
  description:
    "当前状态: the record's status as its department marks it (V2 1 有效 / 2 无效; V1 0 正常 / 1 撤销 / 2 异议 / 3 其他).",
  valuesConfig: {
    VALID: { description: '有效 / 正常 (V2 1, V1 0): the decision stands.' },
    INVALID: { description: '无效 (V2 2): the decision is void; the record is never public.' },
    REVOKED: { description: '撤销 (V1 1): the decision was revoked; the record is never public.' },
    OBJECTION: {
      description:
        '异议 (V1 2): the department marks the record as under objection; submitting it opens an objection, and the record shows 异议处理中 until the credit office decides it.',
    },
    OTHER: { description: '其他 (V1 3): another status, explained in 备注.' },
  },
});

/** The statuses under which a record may never be public. */
export const WITHHELD_STATUSES: readonly RecordStatusCode[] = [
  RecordStatusCode.INVALID,
  RecordStatusCode.REVOKED,
];

export const recordStatusCodeEnum = pgEnum('record_status_code', [
  RecordStatusCode.VALID,
  RecordStatusCode.INVALID,
  RecordStatusCode.REVOKED,
  RecordStatusCode.OBJECTION,
  RecordStatusCode.OTHER,
]);
