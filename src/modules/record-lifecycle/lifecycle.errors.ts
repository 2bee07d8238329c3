import { AppError } from '../../shared/errors.js';
import { EVENT_VERBS, type LifecycleEvent } from './lifecycle.machine.js';

/**
 * A transition whose row was not in one of the event's from-states when its statement ran (the
 * state has moved, or the row is missing). `CONFLICT`, with the record's id, the event, the
 * state found (null when the row is missing) and the states the event applies to.
 */
export class TransitionConflictError extends AppError {
  constructor(options: {
    recordId: string;
    event: LifecycleEvent;
    state: string | null;
    allowedFrom: readonly string[];
    field: string;
    /** Why, when the state itself allows the event (a correction whose version has moved). */
    reason?: string;
  }) {
    const found =
      options.state === null
        ? 'it does not exist'
        : (options.reason ??
          `it is ${options.state}, and it can be ${EVENT_VERBS[options.event]} only when ${options.allowedFrom.join(' or ')}`);
    super(
      `${options.recordId} cannot be ${EVENT_VERBS[options.event]} (${options.event}): ${found}.`,
      {
        code: 'CONFLICT',
        field: options.field,
        recordId: options.recordId,
        transition: options.event,
        state: options.state,
        allowedFrom: [...options.allowedFrom],
      },
    );
  }
}
