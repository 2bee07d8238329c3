import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';

import type * as schema from './schema.js';

type Schema = typeof schema;

/** A drizzle database on either driver (postgres.js or PGlite). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction on either driver. */
type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What repositories accept: a database or a transaction inside one. */
export type DbOrTx = Db | Tx;
