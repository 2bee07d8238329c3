import { CURRENT_DIVISIONS, HISTORIC_DIVISIONS } from './divisions.data.js';

/**
 * Sorted six-digit codes → the gaps between neighbours in base 36, joined by commas: the 4,100
 * division codes take 9 kB this way (2 kB compressed), so the public site can check a code's
 * division in the browser without downloading the names.
 */
export function encodeDivisionCodes(codes: readonly string[]): string {
  let previous = 0;
  return codes
    .map(code => {
      const value = Number(code);
      const gap = value - previous;
      previous = value;
      return gap.toString(36);
    })
    .join(',');
}

function decodeDivisionCodes(encoded: string): Set<string> {
  const codes = new Set<string>();
  let value = 0;
  for (const gap of encoded.split(',')) {
    value += parseInt(gap, 36);
    codes.add(String(value).padStart(6, '0'));
  }
  return codes;
}

let current: Set<string> | undefined;
let historic: Set<string> | undefined;

/**
 * Whether six digits are a GB/T 2260 division: `CURRENT` (in today's list), `HISTORIC` (only in
 * a past revision: the division was abolished or renumbered, and codes issued in it keep it),
 * or undefined (never a division). The sets are decoded on first use.
 */
export function divisionStatus(code: string): 'CURRENT' | 'HISTORIC' | undefined {
  current ??= decodeDivisionCodes(CURRENT_DIVISIONS);
  if (current.has(code)) {
    return 'CURRENT';
  }
  historic ??= decodeDivisionCodes(HISTORIC_DIVISIONS);
  return historic.has(code) ? 'HISTORIC' : undefined;
}
