import { AppError } from '../../shared/errors.js';
import { type ArgumentName, named, say } from '../../shared/messages.js';
import type { LifecycleEvent } from './lifecycle.machine.js';

/** Why an event the found state allows still changed nothing. */
type StandingReason =
  { why: 'VERSION_MOVED'; expected: number; found: number } | { why: 'DISCLOSURE_NOT_REQUIRED' };

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
    field: ArgumentName;
    /** Why, when the state itself allows the event (a correction whose version has moved). */
    reason?: StandingReason;
  }) {
    const about = { ...named(options.field), recordId: options.recordId, event: options.event };
    const text =
      options.state === null || options.reason === undefined
        ? say('TRANSITION_CONFLICT', {
            ...about,
            state: options.state,
            allowedFrom: options.allowedFrom,
          })
        : options.reason.why === 'VERSION_MOVED'
          ? say('VERSION_MOVED', {
              ...about,
              expected: options.reason.expected,
              found: options.reason.found,
            })
          : say('DISCLOSURE_NOT_REQUIRED', about);
    super(text, {
      code: 'CONFLICT',
      field: options.field,
      recordId: options.recordId,
      transition: options.event,
      state: options.state,
      allowedFrom: [...options.allowedFrom],
    });
  }
}
