import type { ApolloServer } from '@apollo/server';

import { createContext } from '../context.js';
import type { Context } from '../context.types.js';
import type { Db } from '../db/types.js';
import { CHANGES_STREAM_QUERY, type FeedPageRunner } from '../modules/monitoring/index.js';
import type { Clock } from '../shared/dates.js';

/**
 * Reads one page of an institution's feed through the schema (the `changes` field, its rules,
 * masking and access log): what `GET /changes` streams and what a webhook delivers.
 */
export function feedPageRunner(
  apollo: ApolloServer<Context>,
  deps: { db: Db; primary: Db; clock: Clock },
): FeedPageRunner {
  return async (viewer, variables) => {
    const response = await apollo.executeOperation(
      { query: CHANGES_STREAM_QUERY, variables },
      { contextValue: createContext(deps, viewer) },
    );
    if (response.body.kind !== 'single') {
      throw new Error('the feed page was answered incrementally');
    }
    return response.body.singleResult as Awaited<ReturnType<FeedPageRunner>>;
  };
}
