import { type SQL, and, eq, isNotNull, isNull, ne, notInArray, or, sql } from 'drizzle-orm';

import { Role, type Viewer } from '../../../auth/viewer.js';
import type { CalendarDate } from '../../../shared/dates.js';
import { authorizedFor } from '../../access/index.js';
import { itemsWithScope } from '../../catalog/index.js';
import { SubjectCategory } from '../../subjects/index.js';
import { type ListedTable, type RecordTable, commonColumns } from './record.table-types.js';
import { UsageScope } from '../../catalog/index.js';
import { WITHHELD_STATUSES } from './record.enums.js';

/**
 * SQL: a record neither revoked nor repaired, whose publicity has not been cut short, and (for
 * the 双公示 tables, which carry 当前状态) not marked 无效 or 撤销 by its department: the part of
 * every role's public view that is the record's own state (DESIGN §3.3, §3.4).
 * @internal
 */
function inForce(table: ListedTable): SQL {
  const t = commonColumns(table);
  return and(
    isNull(t.revokedAt),
    isNull(t.repairedAt),
    'status' in table ? standing(table) : undefined,
  )!;
}

/** SQL: a 双公示 record its department has not marked 无效 or 撤销 (当前状态). */
export function standing(table: RecordTable): SQL {
  return notInArray(commonColumns(table).status, [...WITHHELD_STATUSES]);
}

/**
 * SQL: a record in its publicity period, whoever may see it: in force (neither revoked nor
 * repaired) while the kind's own publicity condition holds (`publicWhile`). It does not ask
 * whether the record was published or is public in scope: a regulator's credit check weighs a
 * penalty awaiting review or shared with government only as the public one (DESIGN §2).
 */
export function recordInPublicity(table: ListedTable, publicWhile: SQL): SQL {
  return and(inForce(table), publicWhile)!;
}

/**
 * The rows a viewer may see, as SQL, so that lists, counts and search all apply the same rule
 * (DESIGN §2, §3.5). The public sees published, unrevoked, public-scope records of public
 * catalog items that are not about natural persons, while the kind's own publicity condition
 * holds (`publicWhile`). The item's scope is read as it is now, so narrowing it hides its
 * records at once.
 * An institution also sees AUTHORIZED-scope records of subjects that gave it an authorization
 * valid today. Neither ever sees a 双公示 record its department marked 无效 or 撤销 (当前状态).
 * Regulators and the credit office see everything; a data provider sees the public view plus
 * everything it submitted itself.
 */
export function recordVisibility(
  viewer: Viewer,
  table: ListedTable,
  publicWhile: SQL | undefined,
  today: CalendarDate,
): SQL | undefined {
  const t = commonColumns(table);
  const publicView = and(
    isNotNull(t.publishedAt),
    inForce(table),
    eq(t.usageScope, UsageScope.PUBLIC),
    sql`${t.catalogItemCode} in ${itemsWithScope(UsageScope.PUBLIC)}`,
    ne(t.counterpartCategory, SubjectCategory.NATURAL_PERSON),
    publicWhile,
  );
  switch (viewer.role) {
    case Role.REGULATOR:
    case Role.ADMIN:
      return undefined;
    case Role.PROVIDER:
      return viewer.organizationCode === null
        ? publicView
        : or(eq(t.sourceUnitCode, viewer.organizationCode), publicView);
    case Role.INSTITUTION:
      return viewer.organizationCode === null
        ? publicView
        : or(
            publicView,
            and(
              inForce(table),
              eq(t.usageScope, UsageScope.AUTHORIZED),
              sql`${t.catalogItemCode} in ${itemsWithScope(UsageScope.PUBLIC, UsageScope.AUTHORIZED)}`,
              ne(t.counterpartCategory, SubjectCategory.NATURAL_PERSON),
              publicWhile,
              // On the distribution key, which is the subject's code for a record with a
              // subject: the authorization is read on the record's own shard.
              authorizedFor(viewer.organizationCode, t.subjectKey, today),
            ),
          );
    case Role.PUBLIC:
      return publicView;
  }
}
