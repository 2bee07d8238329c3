export { TransitionConflictError } from './lifecycle.errors.js';
export {
  EntryState,
  EVENT_VERBS,
  fromStates,
  LIST_ENTRY_TRANSITIONS,
  LifecycleEvent,
  type Machine,
  type MachineStates,
  nextState,
  RECORD_TRANSITIONS,
  RecordState,
  STATE_MARKERS,
  stateOf,
  STATUS_COLUMNS,
  type StatusColumn,
  type Transition,
  TRANSITIONS,
} from './lifecycle.machine.js';
export {
  applyCorrection,
  applyTransition,
  applyTransitionToAll,
  type LifecycleStep,
  type LifecycleTarget,
  stateSql,
  type TransitionOptions,
} from './lifecycle.statements.js';
