import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { ConnectionType } from '../../shared/pagination.js';
import { CreditCodeScalar, DateTimeScalar } from '../../shared/scalars.js';
import { ChangeKind } from '../change-outbox/index.js';
import { RecordRejection } from '../records/index.js';

registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'What changed in what a viewer may see of a subject.',
  valuesConfig: {
    RECORD_PUBLISHED: { description: 'A record became public (on receipt or when published).' },
    RECORD_CORRECTED: { description: 'A public record was corrected by its department.' },
    RECORD_REVOKED: {
      description: 'A public record was revoked (the credit office, an objection).',
    },
    RECORD_WITHDRAWN: { description: 'A public record was withdrawn by its department.' },
    PUBLICITY_ENDED: {
      description:
        'A record’s publicity ended by date (a penalty’s maximum, a licence’s validTo, an entry’s validUntil).',
    },
    OBJECTION_OPENED: {
      description: 'An objection against a public record was accepted (异议处理中).',
    },
    OBJECTION_DECIDED: { description: 'An objection against a public record was decided.' },
    REPAIRED: {
      description: 'Credit repair was approved: the record or entry left the public view.',
    },
    LIST_ENTRY_ADDED: { description: 'A red- or black-list entry became public.' },
    LIST_ENTRY_REMOVED: { description: 'A public list entry was removed.' },
  },
});

@ObjectType({ description: 'What came of a monitorSubjects or unmonitorSubjects call.' })
export class MonitorPayload {
  @Field(() => Int, { description: 'Codes added to the monitoring list.' })
  added!: number;

  @Field(() => Int, { description: 'Codes taken off the list.' })
  removed!: number;

  @Field(() => Int, {
    description: 'Valid codes that changed nothing: already monitored, or not monitored to remove.',
  })
  unchanged!: number;

  @Field(() => [RecordRejection], {
    description: 'Codes not applied, by their index in `codes`, with a stable code and message.',
  })
  rejected!: RecordRejection[];
}

@ObjectType({ description: 'A credit code on the calling institution’s monitoring list.' })
export class MonitoredSubject {
  @Field(() => CreditCodeScalar, { description: 'The monitored credit code.' })
  subjectCode!: string;

  @Field(() => String, { description: 'The purpose stated when monitoring began.' })
  purpose!: string;

  @Field(() => DateTimeScalar, { description: 'When monitoring began.' })
  monitoredAt!: Date;
}

export const MonitoredSubjectConnection = ConnectionType(
  MonitoredSubject,
  'MonitoredSubject',
  'A page of the calling institution’s monitoring list, by credit code.',
);

@ObjectType({
  description:
    'One change of a monitored subject, in the feed’s commit order. `subject` shows the subject as a query by the institution would.',
})
export class Change {
  @Field(() => ID, { description: 'The change’s id (a webhook delivery names it).' })
  id!: string;

  @Field(() => CreditCodeScalar, { description: 'The subject that changed.' })
  subjectCode!: string;

  @Field(() => ChangeKind, { description: 'What changed.' })
  kind!: ChangeKind;

  @Field(() => ID, {
    nullable: true,
    description:
      'The record or list entry that changed (`penalty:12`, `list:3`); for RECORD_PUBLISHED the new record’s id.',
  })
  recordId!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it changed.' })
  occurredAt!: Date;
}

export const ChangeConnection = ConnectionType(
  Change,
  'Change',
  'A page of the calling institution’s change feed, oldest first; resume with `after`.',
);
