import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { ConnectionType } from '../../shared/pagination.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { DeliveryStatus } from './webhooks.js';

registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Where the delivery of one change to an institution’s webhook stands.',
  valuesConfig: {
    PENDING: { description: 'Queued: not tried yet, or replayed.' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    FAILED: {
      description: 'The last try got no 2xx answer in time; it is tried again at nextAttemptAt.',
    },
    DEAD: { description: 'Every try failed: kept until the institution replays it.' },
  },
});

@ObjectType({
  description:
    'An institution’s webhook: each change of its feed is POSTed there as JSON, signed with the secret (X-Credit-Signature).',
})
export class Webhook {
  @Field(() => String, { description: 'The HTTPS address the changes are sent to.' })
  url!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The signing secret (HMAC-SHA256 key), given out once, in setWebhook’s answer; null elsewhere.',
  })
  secret!: string | null;
}

@ObjectType({ description: 'The delivery of one change to an institution’s webhook.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'The delivery’s id (replayDeliveries takes it).' })
  id!: string;

  @Field(() => ID, {
    description:
      'The change delivered: its id is the X-Credit-Delivery header, the same on every try.',
  })
  changeId!: string;

  @Field(() => DeliveryStatus, { description: 'Where the delivery stands.' })
  status!: DeliveryStatus;

  @Field(() => Int, { description: 'Tries made since it was queued or last replayed.' })
  attempts!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The HTTP status of the last answer; null before a try or when none came.',
  })
  lastStatusCode!: number | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it is tried next; null once DELIVERED or DEAD.',
  })
  nextAttemptAt!: Date | null;
}

export const WebhookDeliveryConnection = ConnectionType(
  WebhookDelivery,
  'WebhookDelivery',
  'A page of webhook deliveries: the calling institution’s own, or (ADMIN) every institution’s.',
);
