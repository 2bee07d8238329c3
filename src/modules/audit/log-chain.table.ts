import { bigint, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * The columns that make each row of an append-only log (`access_log`, `audit_events`) a link of
 * a hash chain. A BEFORE INSERT trigger of the owner role fills them (migration 0020), whoever
 * inserts and however (the services' inserts, the planner's data-modifying CTEs): the row's
 * place in its chain, the hash of the row before it, and its own hash, the hex sha256 of the
 * previous hash, a newline and the row's canonical content (`log_chain_content(row)`). The
 * application never writes them; `npm run audit:verify` recomputes them.
 */
export function logChainColumns() {
  return {
    chainSeq: bigint({ mode: 'number' }),
    prevHash: text(),
    rowHash: text(),
  };
}

/**
 * The head of each log's chain: the last link's place and hash, updated by the chain trigger
 * under the row's lock, so concurrent inserts queue and chain in the order they take it. The
 * head also shows when rows at the end of a chain were removed.
 */
export const logChainHeads = pgTable('log_chain_heads', {
  chain: text().primaryKey(),
  seq: bigint({ mode: 'number' }).notNull().default(0),
  hash: text()
    .notNull()
    .default('0000000000000000000000000000000000000000000000000000000000000000'),
});
