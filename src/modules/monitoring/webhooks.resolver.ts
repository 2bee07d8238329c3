import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';

import type { Context } from '../../context.types.js';
import {
  type Connection,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  pageSize,
} from '../../shared/pagination.js';
import {
  DeliveryStatus,
  type DeliveryRow,
  countDeliveries,
  listDeliveries,
  replayDeliveries,
  setWebhook,
} from './webhooks.js';
import { Webhook, WebhookDelivery, WebhookDeliveryConnection } from './webhooks.type.js';

@Resolver()
export class WebhookResolver {
  @Mutation(() => Webhook, {
    description:
      'Sets (or replaces) the calling institution’s webhook (INSTITUTION) and gives out a new signing secret, shown only in this answer. The URL must be HTTPS to a public address (BAD_USER_INPUT on url otherwise); deliveries begin with changes committed after this call.',
  })
  async setWebhook(
    @Arg('url', () => String, { description: 'The HTTPS address to POST the changes to.' })
    url: string,
    @Ctx() ctx: Context,
  ): Promise<Webhook> {
    return setWebhook(ctx.primary, ctx.viewer, ctx.clock, url, {
      allowHttpHosts: ctx.webhookAllowHttpHosts,
    });
  }

  @Query(() => WebhookDeliveryConnection, {
    description:
      'Webhook deliveries (INSTITUTION: its own; ADMIN: every institution’s), optionally of one status, in a stable order.',
  })
  async webhookDeliveries(
    @Arg('status', () => DeliveryStatus, {
      nullable: true,
      description: 'Only deliveries in this status (DEAD: the dead-letter list).',
    })
    status: DeliveryStatus | null | undefined,
    @Arg('first', () => Int, {
      defaultValue: DEFAULT_PAGE_SIZE,
      description: 'Page size, 1 to 100.',
    })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last delivery of the previous page.',
    })
    after: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<Connection<WebhookDelivery>> {
    const size = pageSize(first);
    const only = status ?? null;
    const from = after == null ? null : decodeCursor(after, ['string'] as const)[0];
    const page = await listDeliveries(ctx.db, ctx.viewer, {
      status: only,
      first: size,
      after: from,
    });
    const edges = page.rows.map((row: DeliveryRow) => ({
      cursor: encodeCursor([row.id]),
      node: row,
    }));
    const connection: Connection<WebhookDelivery> = {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: from !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: 0,
    };
    // Counted only when selected.
    return Object.defineProperty(connection, 'totalCount', {
      get: () => countDeliveries(ctx.db, ctx.viewer, only),
      enumerable: true,
    });
  }

  @Mutation(() => [WebhookDelivery], {
    description:
      'Queues DEAD or FAILED deliveries again, due now, their tries counted afresh (INSTITUTION: its own; ADMIN: any); answers those replayed. Audited.',
  })
  async replayDeliveries(
    @Arg('ids', () => [ID], { description: 'The deliveries to replay.' }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<WebhookDelivery[]> {
    return replayDeliveries(ctx.primary, ctx.viewer, ctx.clock, ids);
  }
}
