import { describe, expect, it } from 'vitest';

import { counterSegments } from '../../../src/modules/disclosure/index.js';
import { addDays, addMonths } from '../../../src/shared/dates.js';
import { createRandom } from '../../../seeds/random.js';

/** The last day a segment's last row counts. */
function segmentEnd(s: ReturnType<typeof counterSegments>[number]): string {
  switch (s.grain) {
    case 'D':
      return s.hi;
    case 'M':
      return addDays(addMonths(s.hi, 1), -1);
    case 'Y':
      return `${s.hi.slice(0, 4)}-12-31`;
  }
}

/** Every day the segments cover, in order. */
function daysOf(segments: ReturnType<typeof counterSegments>): string[] {
  const days: string[] = [];
  for (const s of segments) {
    for (let d = s.lo; d <= segmentEnd(s); d = addDays(d, 1)) {
      days.push(d);
    }
  }
  return days;
}

function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    days.push(d);
  }
  return days;
}

describe('counterSegments', () => {
  it('reads twelve months as the days of the partial months at the ends and the whole months between', () => {
    expect(counterSegments('2025-12-04', '2026-12-03')).toEqual([
      { grain: 'D', lo: '2025-12-04', hi: '2025-12-31' },
      { grain: 'M', lo: '2026-01-01', hi: '2026-11-01' },
      { grain: 'D', lo: '2026-12-01', hi: '2026-12-03' },
    ]);
  });

  it('reads whole years as year rows, so that all years cost what a few do', () => {
    expect(counterSegments('0001-01-01', '9999-12-31')).toEqual([
      { grain: 'Y', lo: '0001-01-01', hi: '9999-01-01' },
    ]);
    expect(counterSegments('2015-03-01', '2026-12-03')).toEqual([
      { grain: 'M', lo: '2015-03-01', hi: '2015-12-01' },
      { grain: 'Y', lo: '2016-01-01', hi: '2025-01-01' },
      { grain: 'M', lo: '2026-01-01', hi: '2026-11-01' },
      { grain: 'D', lo: '2026-12-01', hi: '2026-12-03' },
    ]);
  });

  it('reads a day, a leap February and an empty period', () => {
    expect(counterSegments('2026-03-05', '2026-03-05')).toEqual([
      { grain: 'D', lo: '2026-03-05', hi: '2026-03-05' },
    ]);
    expect(counterSegments('2024-02-01', '2024-02-29')).toEqual([
      { grain: 'M', lo: '2024-02-01', hi: '2024-02-01' },
    ]);
    expect(counterSegments('2026-03-06', '2026-03-05')).toEqual([]);
  });

  it('covers every day of random periods exactly once, with at most five ranges', () => {
    const r = createRandom(20_261_203);
    for (let i = 0; i < 300; i += 1) {
      const from = addDays('2014-01-01', r.int(0, 5000));
      const to = addDays(from, r.int(0, r.chance(0.5) ? 70 : 4000));
      const segments = counterSegments(from, to);
      expect(segments.length, `${from}..${to}`).toBeLessThanOrEqual(5);
      expect(daysOf(segments), `${from}..${to}`).toEqual(daysBetween(from, to));
    }
  });
});
