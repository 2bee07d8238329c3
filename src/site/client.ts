import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * The site's GraphQL client: the same origin's public API, anonymous (no key is ever sent), with
 * urql's document cache so that going back to a page does not ask again.
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  requestPolicy: 'cache-first',
});
