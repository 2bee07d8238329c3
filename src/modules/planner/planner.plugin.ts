import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';

import type { Context } from '../../context.types.js';
import type { QueryPlanner } from './planner.js';

/**
 * Puts the planner in the request pipeline, after validation and after the profile cache
 * (cache → plan → execute): a query it plans is answered by its one statement; anything else
 * goes on to the resolvers.
 */
export function plannerPlugin(planner: QueryPlanner): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(request) {
          if (request.operation === undefined || request.queryHash === undefined) {
            return null;
          }
          const answer = await planner.answer({
            schema: request.schema,
            document: request.document,
            operation: request.operation,
            queryHash: request.queryHash,
            variables: request.request.variables,
            context: request.contextValue,
            text: request.request.http !== undefined,
          });
          return answer === null
            ? null
            : {
                http: { status: undefined, headers: new HeaderMap() },
                body: {
                  kind: 'single',
                  // A PlannedJson is written as it is by stringifyResult (planned-json.ts).
                  singleResult: { data: answer.data as Record<string, unknown> },
                },
              };
        },
      };
    },
  };
}
