import { Role, type Viewer } from '../auth/viewer.js';

/**
 * Masks an identity document number. An 18-character resident ID keeps its six-digit division
 * and last four characters (`110101********1234`); other numbers keep about a third at the start
 * and the last two characters.
 */
function maskIdNumber(value: string): string {
  if (value.length === 18) {
    return `${value.slice(0, 6)}${'*'.repeat(8)}${value.slice(14)}`;
  }
  if (value.length <= 4) {
    return '*'.repeat(value.length);
  }
  const head = Math.floor(value.length / 3);
  return value.slice(0, head) + '*'.repeat(value.length - head - 2) + value.slice(-2);
}

/**
 * What a viewer sees of an identity number (DESIGN §3.5): in full for regulators and the
 * credit office, masked for institutions and data providers, nothing for the public.
 */
export function idNumberFor(viewer: Viewer, value: string | null): string | null {
  if (value === null || value === '') {
    return null;
  }
  switch (viewer.role) {
    case Role.REGULATOR:
    case Role.ADMIN:
      return value;
    case Role.INSTITUTION:
    case Role.PROVIDER:
      return maskIdNumber(value);
    case Role.PUBLIC:
      return null;
  }
}
