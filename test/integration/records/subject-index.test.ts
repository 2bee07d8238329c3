import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';

import type { Viewer } from '../../../src/auth/viewer.js';
import { executeRows } from '../../../src/db/execute.js';
import {
  licensingPublicWhile,
  licensingRecords,
  penaltyPublicWhile,
  penaltyRecords,
  recordVisibility,
} from '../../../src/modules/records/index.js';
import { useIntegration } from '../../support/integration.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();

const dialect = new PgDialect({ casing: 'snake_case' });

/** The columns of `table` that the visibility rules of every role read. */
function columnsRead(table: string, rules: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of rules) {
    for (const match of text.matchAll(new RegExp(`"${table}"\\."([a-z_]+)"`, 'g'))) {
      found.add(match[1]!);
    }
  }
  return found;
}

describe("a subject's records index", () => {
  for (const [table, t, publicWhile] of [
    ['licensing_records', licensingRecords, licensingPublicWhile],
    ['penalty_records', penaltyRecords, penaltyPublicWhile],
  ] as const) {
    it(`holds every column the visibility rules read, so ${table} counts are index-only`, async () => {
      const today = env.server.clock.today();
      const roles: Viewer[] = [
        viewers.anonymous,
        viewers.institution,
        viewers.provider,
        viewers.regulator,
        viewers.admin,
      ];
      const rules = roles.flatMap(viewer => {
        const rule = recordVisibility(viewer, t, publicWhile(today), today);
        return rule === undefined ? [] : [dialect.sqlToQuery(rule).sql];
      });
      const [index] = await executeRows<{ definition: string }>(
        env.database.db,
        sql`select pg_get_indexdef(${`${table}_subject_idx`}::regclass) as definition`,
      );
      const indexed = new Set(
        [...index!.definition.matchAll(/\b([a-z_]+)\b/g)].map(match => match[1]!),
      );
      const read = columnsRead(table, rules);
      expect(read.size).toBeGreaterThan(5);
      expect([...read].filter(column => !indexed.has(column))).toEqual([]);
    });
  }
});
