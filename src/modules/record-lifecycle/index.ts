export {
  EntryState,
  fromStates,
  LIST_ENTRY_TRANSITIONS,
  LifecycleEvent,
  nextState,
  RECORD_TRANSITIONS,
  RecordState,
  stateOf,
  STATUS_COLUMNS,
} from './lifecycle.machine.js';
export {
  applyCorrection,
  applyTransition,
  applyTransitionToAll,
  type LifecycleStep,
  type LifecycleTarget,
} from './lifecycle.statements.js';
