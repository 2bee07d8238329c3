import { type SQL, and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

import type { Tx } from '../../db/types.js';
import type { CalendarDate } from '../../shared/dates.js';
import { invariant } from '../../shared/errors.js';
import { recordLifecycleChanges } from './lifecycle.changes.js';
import { TransitionConflictError } from './lifecycle.errors.js';
import {
  LifecycleEvent,
  type Machine,
  STATE_MARKERS,
  STATUS_COLUMNS,
  type StatusColumn,
  fromStates,
} from './lifecycle.machine.js';
import type { ArgumentName } from '../../shared/messages.js';

/**
 * A table whose rows follow one of the machines. The owning module declares it next to its
 * table (records: licensing, penalty, catalog records; credit-lists: list entries), so this
 * module depends on no table of its own. Every such table names its status columns with the
 * property names of `STATUS_COLUMNS`, and has `id`, `version` and `updatedAt`.
 */
export interface LifecycleTarget<T extends PgTable = PgTable> {
  machine: Machine;
  /** The prefix of a row's GraphQL id: `penalty` → `penalty:12`. */
  idPrefix: string;
  table: T;
}

/** One event with what its statement writes. `at` is the injected clock's instant. */
export type LifecycleStep =
  | { event: typeof LifecycleEvent.PUBLISH; at: Date; on: CalendarDate }
  | {
      event: typeof LifecycleEvent.REVOKE | typeof LifecycleEvent.WITHDRAW;
      at: Date;
      reason: string;
    }
  | { event: typeof LifecycleEvent.REMOVE; at: Date; reason: string; byKeyId: string | null }
  /** For a list entry, `reason` is stored as its removal reason; a record has no reason column. */
  | { event: typeof LifecycleEvent.REPAIR; at: Date; reason: string }
  | {
      event:
        | typeof LifecycleEvent.ACCEPT_OBJECTION
        | typeof LifecycleEvent.UPHOLD_ON_OBJECTION
        | typeof LifecycleEvent.CORRECTED_ON_OBJECTION;
      at: Date;
    };

export interface TransitionOptions {
  /** The argument the conflict is reported on; `id` unless told. */
  field?: ArgumentName;
}

function columns(target: LifecycleTarget): Record<string, PgColumn> {
  return getTableColumns(target.table);
}

function column(target: LifecycleTarget, name: string): PgColumn {
  const found = columns(target)[name];
  invariant(found !== undefined, `${target.idPrefix} rows have no column ${name}`);
  return found;
}

function hasColumn(target: LifecycleTarget, name: string): boolean {
  return columns(target)[name] !== undefined;
}

/** The stored state of a row in SQL, from its status columns (STATE_MARKERS). */
function stateSql(target: LifecycleTarget): SQL<string> {
  const markers: readonly (readonly [string, StatusColumn])[] = STATE_MARKERS[target.machine];
  const cases = markers.map(
    ([state, name]) => sql`when ${column(target, name)} is not null then ${state}`,
  );
  return sql<string>`(case ${sql.join(cases, sql` `)} else 'RECEIVED' end)`;
}

/** `<state> in (<from-states of the event>)`: the guard every transition's statement carries. */
function stateGuard(target: LifecycleTarget, event: LifecycleEvent): SQL {
  const from: readonly string[] = fromStates(target.machine, event);
  invariant(from.length > 0, `the ${target.machine} machine has no event ${event}`);
  return sql`${stateSql(target)} in (${sql.join(
    from.map(state => sql`${state}`),
    sql`, `,
  )})`;
}

/** The status columns an event sets, with `updatedAt`. */
function assignments(target: LifecycleTarget, step: LifecycleStep): Record<string, unknown> {
  const set: Record<string, unknown> = { updatedAt: step.at };
  switch (step.event) {
    case LifecycleEvent.PUBLISH:
      set['publishedAt'] = step.at;
      if (hasColumn(target, 'publishedOn')) {
        set['publishedOn'] = step.on;
      }
      break;
    case LifecycleEvent.REVOKE:
    case LifecycleEvent.WITHDRAW:
      set['revokedAt'] = step.at;
      if (hasColumn(target, 'revocationReason')) {
        set['revocationReason'] = step.reason;
      }
      break;
    case LifecycleEvent.REMOVE:
      set['removedAt'] = step.at;
      set['removalReason'] = step.reason;
      set['removedByKeyId'] = step.byKeyId;
      break;
    case LifecycleEvent.REPAIR:
      set['repairedAt'] = step.at;
      if (target.machine === 'LIST_ENTRY') {
        set['removedAt'] = step.at;
        set['removalReason'] = step.reason;
      }
      break;
    case LifecycleEvent.ACCEPT_OBJECTION:
    case LifecycleEvent.UPHOLD_ON_OBJECTION:
    case LifecycleEvent.CORRECTED_ON_OBJECTION:
      // The stored state stays; setting updatedAt locks the row for the caller's transaction.
      break;
  }
  for (const name of Object.keys(set)) {
    column(target, name);
  }
  return set;
}

/** Conditions besides the state that an event needs: only records to be disclosed publish. */
function extraGuard(target: LifecycleTarget, event: LifecycleEvent): SQL | undefined {
  if (event === LifecycleEvent.PUBLISH && hasColumn(target, 'disclosureRequired')) {
    return sql`${column(target, 'disclosureRequired')} = true`;
  }
  return undefined;
}

function idCondition(target: LifecycleTarget, ids: readonly number[]): SQL {
  const id = column(target, 'id');
  return ids.length === 1 ? eq(id, ids[0]!) : inArray(id, [...ids]);
}

/** Reads why a transition found no row, and throws the conflict naming the first such row. */
async function conflict(
  tx: Tx,
  target: LifecycleTarget,
  ids: readonly number[],
  event: LifecycleEvent,
  field: ArgumentName,
  expectedVersion?: number,
): Promise<never> {
  const found = await tx
    .select({
      id: column(target, 'id'),
      state: stateSql(target),
      version: column(target, 'version'),
      ...(hasColumn(target, 'disclosureRequired')
        ? { disclosureRequired: column(target, 'disclosureRequired') }
        : {}),
    })
    .from(target.table)
    .where(idCondition(target, ids));
  const byId = new Map(found.map(row => [Number(row.id), row]));
  const first = [...ids].sort((a, b) => a - b)[0]!;
  const row = byId.get(first);
  const allowedFrom: readonly string[] = fromStates(target.machine, event);
  let reason: ConstructorParameters<typeof TransitionConflictError>[0]['reason'];
  if (row !== undefined && allowedFrom.includes(row.state)) {
    reason =
      event === LifecycleEvent.CORRECT
        ? { why: 'VERSION_MOVED', expected: Number(expectedVersion), found: Number(row.version) }
        : { why: 'DISCLOSURE_NOT_REQUIRED' };
  }
  throw new TransitionConflictError({
    recordId: `${target.idPrefix}:${first}`,
    event,
    state: row?.state ?? null,
    allowedFrom,
    field,
    ...(reason === undefined ? {} : { reason }),
  });
}

/**
 * Moves every given row by one event, in the caller's transaction: one statement
 * `UPDATE … SET <the event's columns> WHERE id IN (…) AND <state> IN (<from-states>) RETURNING *`.
 * All or nothing: when a row is missing or its state has moved, it throws the conflict naming
 * that row, and the caller's transaction (with its audit entry) rolls back. The rows' change-feed
 * entries are written in the same transaction.
 */
export async function applyTransitionToAll<T extends PgTable>(
  tx: Tx,
  target: LifecycleTarget<T>,
  ids: readonly number[],
  step: LifecycleStep,
  options: TransitionOptions = {},
): Promise<T['$inferSelect'][]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) {
    return [];
  }
  const table: PgTable = target.table;
  const rows = await tx
    .update(table)
    .set(assignments(target, step))
    .where(
      and(
        idCondition(target, wanted),
        stateGuard(target, step.event),
        extraGuard(target, step.event),
      ),
    )
    .returning();
  if (rows.length < wanted.length) {
    const moved = new Set(rows.map(row => Number(row['id'])));
    return conflict(
      tx,
      target,
      wanted.filter(id => !moved.has(id)),
      step.event,
      options.field ?? 'ids',
    );
  }
  await recordLifecycleChanges(tx, target.machine, target.idPrefix, step.event, step.at, rows);
  return rows as T['$inferSelect'][];
}

/** Moves one row by one event (see applyTransitionToAll); returns the row as stored after it. */
export async function applyTransition<T extends PgTable>(
  tx: Tx,
  target: LifecycleTarget<T>,
  id: number,
  step: LifecycleStep,
  options: TransitionOptions = {},
): Promise<T['$inferSelect']> {
  const [row] = await applyTransitionToAll(tx, target, [id], step, {
    field: options.field ?? 'id',
  });
  return row!;
}

/**
 * Stores a correction (`CORRECT`): the new content and the next version, in one statement guarded
 * by the state and by the version the caller read (`WHERE id = $1 AND version = $2 AND <state> IN
 * (…)`). The state never changes; content values may not hold a status column.
 */
export async function applyCorrection<T extends PgTable>(
  tx: Tx,
  target: LifecycleTarget<T>,
  id: number,
  correction: { version: number; values: object; at: Date },
  options: TransitionOptions = {},
): Promise<T['$inferSelect']> {
  const statusKeys = STATUS_COLUMNS.filter(name => name in correction.values);
  invariant(
    statusKeys.length === 0,
    `a correction may not write status columns (${statusKeys.join(', ')})`,
  );
  const set: Record<string, unknown> = {
    ...correction.values,
    version: correction.version + 1,
    updatedAt: correction.at,
  };
  const table: PgTable = target.table;
  const [row] = await tx
    .update(table)
    .set(set)
    .where(
      and(
        idCondition(target, [id]),
        eq(column(target, 'version'), correction.version),
        stateGuard(target, LifecycleEvent.CORRECT),
      ),
    )
    .returning();
  if (row === undefined) {
    return conflict(
      tx,
      target,
      [id],
      LifecycleEvent.CORRECT,
      options.field ?? 'id',
      correction.version,
    );
  }
  await recordLifecycleChanges(
    tx,
    target.machine,
    target.idPrefix,
    LifecycleEvent.CORRECT,
    correction.at,
    [row],
  );
  return row as T['$inferSelect'];
}
