/**
 * The lifecycle of a record (licensing, penalty, a catalog record) and of a red or black list
 * entry, declared once as a table of transitions: from-state → event → to-state. Nothing here
 * touches the database; `lifecycle.statements.ts` turns each row of the table into one guarded
 * statement.
 *
 * The stored state follows from the status columns, checked in this order:
 *
 * | record      | when                                   | list entry | when                   |
 * |-------------|----------------------------------------|------------|------------------------|
 * | `REVOKED`   | `revoked_at` is set                    | `REPAIRED` | `repaired_at` is set   |
 * | `REPAIRED`  | `repaired_at` is set                   | `REMOVED`  | `removed_at` is set    |
 * | `PUBLISHED` | `published_at` is set                  | `LISTED`   | `published_at` is set  |
 * | `RECEIVED`  | none of them                           | `RECEIVED` | none of them           |
 *
 * The rules it encodes (DESIGN §3.2–§3.4):
 * - A record arrives `RECEIVED`. A public-scope record that must be disclosed publishes on
 *   receipt unless its catalog item requires review; then the credit office publishes it
 *   (`PUBLISH`, only for records whose disclosure is required). A correction that finds an
 *   unpublished record whose item no longer waits for review publishes it the same way.
 * - A correction (`CORRECT`, a changed resubmission) keeps the previous version and never
 *   changes the state.
 * - Revocation removes a record from every view but the regulators' and the credit office's:
 *   `REVOKE` by the credit office or as an objection's `REVOKED` outcome, `WITHDRAW` by the
 *   department that provided it. A revoked record stays revoked.
 * - Credit repair (`REPAIR`, an approved application) takes a penalty out of the public view, or
 *   a subject off the black list; regulators still see it, marked repaired. A revoked record or
 *   a removed entry can no longer be repaired.
 * - A list entry is removed (`REMOVE`) by its listing authority, the credit office, or an
 *   objection's `REVOKED` outcome.
 * - Objections (异议): once the credit office accepts one for handling (`ACCEPT_OBJECTION`) the
 *   target shows 异议处理中 until the department's answer: `UPHOLD_ON_OBJECTION` (the record
 *   stands), `CORRECTED_ON_OBJECTION` (the corrected version was submitted first) or the
 *   `REVOKED` outcome above. Only a record or entry still in view (received or published) can be
 *   under objection. Which objections are open is the objection's own status, so these events
 *   keep the stored state; their statement still finds the target in one of its from-states and
 *   locks its row, so that a concurrent revocation or repair waits for the objection's step.
 *
 * Two conditions are read-time only and never stored: 异议处理中 itself (from the objections'
 * status) and the end of publicity (a penalty past its maximum publicity end, a licence past
 * `validTo`, a list entry past `validUntil`), which visibility compares with today.
 */

export const RecordState = {
  RECEIVED: 'RECEIVED',
  PUBLISHED: 'PUBLISHED',
  REVOKED: 'REVOKED',
  REPAIRED: 'REPAIRED',
} as const;
export type RecordState = (typeof RecordState)[keyof typeof RecordState];

export const EntryState = {
  RECEIVED: 'RECEIVED',
  LISTED: 'LISTED',
  REMOVED: 'REMOVED',
  REPAIRED: 'REPAIRED',
} as const;
export type EntryState = (typeof EntryState)[keyof typeof EntryState];

export const LifecycleEvent = {
  PUBLISH: 'PUBLISH',
  CORRECT: 'CORRECT',
  ACCEPT_OBJECTION: 'ACCEPT_OBJECTION',
  UPHOLD_ON_OBJECTION: 'UPHOLD_ON_OBJECTION',
  CORRECTED_ON_OBJECTION: 'CORRECTED_ON_OBJECTION',
  REVOKE: 'REVOKE',
  WITHDRAW: 'WITHDRAW',
  REMOVE: 'REMOVE',
  REPAIR: 'REPAIR',
} as const;
export type LifecycleEvent = (typeof LifecycleEvent)[keyof typeof LifecycleEvent];

/** The states of each machine: records (licensing, penalty, catalog records) and list entries. */
export interface MachineStates {
  RECORD: RecordState;
  LIST_ENTRY: EntryState;
}
export type Machine = keyof MachineStates;

export interface Transition<S extends string> {
  from: S;
  event: LifecycleEvent;
  to: S;
}

const { RECEIVED, PUBLISHED, REVOKED, REPAIRED } = RecordState;
const { LISTED, REMOVED } = EntryState;
const E = LifecycleEvent;

/** Every allowed transition of a record; anything not listed is refused. */
export const RECORD_TRANSITIONS: readonly Transition<RecordState>[] = [
  { from: RECEIVED, event: E.PUBLISH, to: PUBLISHED },

  { from: RECEIVED, event: E.CORRECT, to: RECEIVED },
  { from: PUBLISHED, event: E.CORRECT, to: PUBLISHED },
  { from: REVOKED, event: E.CORRECT, to: REVOKED },
  { from: REPAIRED, event: E.CORRECT, to: REPAIRED },

  { from: RECEIVED, event: E.ACCEPT_OBJECTION, to: RECEIVED },
  { from: PUBLISHED, event: E.ACCEPT_OBJECTION, to: PUBLISHED },
  { from: RECEIVED, event: E.UPHOLD_ON_OBJECTION, to: RECEIVED },
  { from: PUBLISHED, event: E.UPHOLD_ON_OBJECTION, to: PUBLISHED },
  { from: RECEIVED, event: E.CORRECTED_ON_OBJECTION, to: RECEIVED },
  { from: PUBLISHED, event: E.CORRECTED_ON_OBJECTION, to: PUBLISHED },

  { from: RECEIVED, event: E.REVOKE, to: REVOKED },
  { from: PUBLISHED, event: E.REVOKE, to: REVOKED },
  { from: REPAIRED, event: E.REVOKE, to: REVOKED },
  { from: RECEIVED, event: E.WITHDRAW, to: REVOKED },
  { from: PUBLISHED, event: E.WITHDRAW, to: REVOKED },
  { from: REPAIRED, event: E.WITHDRAW, to: REVOKED },

  { from: RECEIVED, event: E.REPAIR, to: REPAIRED },
  { from: PUBLISHED, event: E.REPAIR, to: REPAIRED },
];

/** Every allowed transition of a red or black list entry; anything not listed is refused. */
export const LIST_ENTRY_TRANSITIONS: readonly Transition<EntryState>[] = [
  { from: RECEIVED, event: E.PUBLISH, to: LISTED },

  { from: RECEIVED, event: E.CORRECT, to: RECEIVED },
  { from: LISTED, event: E.CORRECT, to: LISTED },
  { from: REMOVED, event: E.CORRECT, to: REMOVED },
  { from: REPAIRED, event: E.CORRECT, to: REPAIRED },

  { from: RECEIVED, event: E.ACCEPT_OBJECTION, to: RECEIVED },
  { from: LISTED, event: E.ACCEPT_OBJECTION, to: LISTED },
  { from: RECEIVED, event: E.UPHOLD_ON_OBJECTION, to: RECEIVED },
  { from: LISTED, event: E.UPHOLD_ON_OBJECTION, to: LISTED },
  { from: RECEIVED, event: E.CORRECTED_ON_OBJECTION, to: RECEIVED },
  { from: LISTED, event: E.CORRECTED_ON_OBJECTION, to: LISTED },

  { from: RECEIVED, event: E.REMOVE, to: REMOVED },
  { from: LISTED, event: E.REMOVE, to: REMOVED },

  { from: RECEIVED, event: E.REPAIR, to: REPAIRED },
  { from: LISTED, event: E.REPAIR, to: REPAIRED },
];

const TRANSITIONS: { readonly [M in Machine]: readonly Transition<MachineStates[M]>[] } = {
  RECORD: RECORD_TRANSITIONS,
  LIST_ENTRY: LIST_ENTRY_TRANSITIONS,
};

/** The state an event leads to from a state, or null when the table refuses it. */
export function nextState<M extends Machine>(
  machine: M,
  from: MachineStates[M],
  event: LifecycleEvent,
): MachineStates[M] | null {
  const table: readonly Transition<MachineStates[M]>[] = TRANSITIONS[machine];
  return table.find(t => t.from === from && t.event === event)?.to ?? null;
}

/** The states from which an event is allowed (empty when the machine has no such event). */
export function fromStates<M extends Machine>(
  machine: M,
  event: LifecycleEvent,
): MachineStates[M][] {
  const table: readonly Transition<MachineStates[M]>[] = TRANSITIONS[machine];
  return table.filter(t => t.event === event).map(t => t.from);
}

/**
 * The status column that marks each state but the first, in the order they are checked: a row is
 * in the first state whose column is set, and in `RECEIVED` when none is.
 */
export const STATE_MARKERS: {
  readonly [M in Machine]: readonly (readonly [MachineStates[M], StatusColumn])[];
} = {
  RECORD: [
    [REVOKED, 'revokedAt'],
    [REPAIRED, 'repairedAt'],
    [PUBLISHED, 'publishedAt'],
  ],
  LIST_ENTRY: [
    [REPAIRED, 'repairedAt'],
    [REMOVED, 'removedAt'],
    [LISTED, 'publishedAt'],
  ],
};

/**
 * The status columns (their property names on the tables). Only the lifecycle's statements
 * write them after a row is inserted; a test scans the sources for writes elsewhere.
 */
export const STATUS_COLUMNS = [
  'publishedAt',
  'publishedOn',
  'revokedAt',
  'revocationReason',
  'repairedAt',
  'removedAt',
  'removalReason',
  'removedByKeyId',
] as const;
export type StatusColumn = (typeof STATUS_COLUMNS)[number];

/** The stored state of a row from its status columns (the same order as the SQL of the guards). */
export function stateOf<M extends Machine>(
  machine: M,
  row: Partial<Record<StatusColumn, unknown>>,
): MachineStates[M] {
  const markers: readonly (readonly [MachineStates[M], StatusColumn])[] = STATE_MARKERS[machine];
  const marked = markers.find(([, column]) => row[column] !== null && row[column] !== undefined);
  return marked?.[0] ?? (RECEIVED as MachineStates[M]);
}
