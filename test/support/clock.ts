import { type Clock, fixedClock } from '../../src/shared/dates.js';

/**
 * The tests' "now": the instant in TEST_NOW (ISO-8601), by default the moment the run started.
 * The platform under test takes business time from this clock only, and tests build their data
 * relative to it (or pin their own clock where a rule is about particular calendar dates), so
 * the suite passes on any date; CI runs it as today and again with TEST_NOW set far away.
 */
export const TEST_NOW = process.env['TEST_NOW'] || new Date().toISOString();

if (Number.isNaN(new Date(TEST_NOW).getTime())) {
  throw new Error(`TEST_NOW is not an ISO-8601 instant: ${TEST_NOW}`);
}

const runClock = fixedClock(TEST_NOW);
let pinned: Clock | null = null;

/**
 * The clock of the tests: fixed at TEST_NOW, or at the instant a test file pinned with
 * `pinTestClock` (for rules about particular dates of the official calendar). Factories and the
 * test server read it at each call, so a pinned file's data and server agree.
 */
export const testClock: Clock = {
  now: () => (pinned ?? runClock).now(),
  today: () => (pinned ?? runClock).today(),
};

/** Pins the tests' clock of this file at an instant (null: back to TEST_NOW). */
export function pinTestClock(instant: string | null): void {
  pinned = instant === null ? null : fixedClock(instant);
}
