import { fixedClock } from '../../src/shared/dates.js';

/**
 * The tests' "now": the instant in TEST_NOW (ISO-8601), by default 2026-11-20 10:00 in
 * Beijing. Every test takes business time from this clock, never from the machine, so the
 * suite passes on any date; CI runs it a second time with TEST_NOW set far from today.
 */
export const TEST_NOW = process.env['TEST_NOW'] || '2026-11-20T02:00:00.000Z';

if (Number.isNaN(new Date(TEST_NOW).getTime())) {
  throw new Error(`TEST_NOW is not an ISO-8601 instant: ${TEST_NOW}`);
}

/** The clock of the tests, fixed at TEST_NOW. */
export const testClock = fixedClock(TEST_NOW);
