import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/types.js';
import type { Clock } from '../../shared/dates.js';
import { BadInputError } from '../../shared/errors.js';
import { type Language, named, say } from '../../shared/messages.js';
import { recordAudit } from '../audit/index.js';
import { analyzeCreditCode } from '../credit-code/index.js';
import { statedPurpose } from '../subjects/index.js';
import {
  countMonitored,
  deleteMonitored,
  insertMonitored,
  lockInstitutionList,
  monitoredAmong,
} from './monitoring.repository.js';

/** The most codes one call (or one chunk of an uploaded file) adds or removes (DESIGN §4.1). */
export const MAX_CODES_PER_CALL = 10_000;
/** The most codes one institution monitors. */
const MAX_MONITORED_PER_INSTITUTION = 1_000_000;

/** A code that was not applied, as RecordRejection shows it. */
interface MonitorRejection {
  index: number;
  field: string;
  column: string;
  code: string;
  message: string;
}

export interface MonitorResult {
  added: number;
  removed: number;
  unchanged: number;
  rejected: MonitorRejection[];
}

interface CheckedCodes {
  /** Valid codes, normalised, each once (its first position). */
  codes: { code: string; index: number }[];
  rejected: MonitorRejection[];
}

/**
 * Checks each code on its own: an invalid one is a rejection at its index, the rest go on.
 * A code given twice counts once.
 */
function checkCodes(codes: readonly string[], language: Language): CheckedCodes {
  if (codes.length === 0 || codes.length > MAX_CODES_PER_CALL) {
    throw new BadInputError(
      say('ITEM_COUNT', { ...named('codes'), min: 1, max: MAX_CODES_PER_CALL }),
      'codes',
      { max: MAX_CODES_PER_CALL },
    );
  }
  const seen = new Set<string>();
  const checked: CheckedCodes = { codes: [], rejected: [] };
  const { field, column } = named('codes');
  codes.forEach((raw, index) => {
    const analysis = analyzeCreditCode(raw);
    if (!analysis.valid) {
      checked.rejected.push({
        index,
        field,
        column,
        code: 'INVALID_CREDIT_CODE',
        message: say('INVALID_CREDIT_CODE', {
          field,
          column,
          value: raw,
          reason: analysis.localizedReason!,
        })[language],
      });
    } else if (!seen.has(analysis.code)) {
      seen.add(analysis.code);
      checked.codes.push({ code: analysis.code, index });
    }
  });
  return checked;
}

/**
 * Adds codes to the calling institution's monitoring list with the purpose it states
 * (monitorSubjects), idempotently: a code monitored already is `unchanged` and keeps its purpose
 * and its place in the feed. Invalid codes, and codes beyond the list's limit, are rejected; the
 * others are added in one statement, with the audit entry in the same transaction.
 */
export async function monitorSubjects(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  codes: readonly string[],
  purpose: string,
  language: Language,
): Promise<MonitorResult> {
  const stated = statedPurpose(viewer, purpose);
  if (stated === null) {
    throw new BadInputError(say('PURPOSE_REQUIRED', named('purpose')), 'purpose');
  }
  const checked = checkCodes(codes, language);
  const institutionCode = viewer.organizationCode!;
  const now = clock.now();
  return db.transaction(async tx => {
    await lockInstitutionList(tx, institutionCode);
    const present = await monitoredAmong(
      tx,
      institutionCode,
      checked.codes.map(c => c.code),
    );
    const fresh = checked.codes.filter(c => !present.has(c.code));
    const room = Math.max(
      0,
      MAX_MONITORED_PER_INSTITUTION - (await countMonitored(tx, institutionCode)),
    );
    const rejected = [...checked.rejected];
    const { field, column } = named('codes');
    for (const over of fresh.slice(room)) {
      rejected.push({
        index: over.index,
        field,
        column,
        code: 'MONITORING_LIMIT',
        message: say('MONITORING_LIMIT', {
          field,
          column,
          value: over.code,
          max: MAX_MONITORED_PER_INSTITUTION,
        })[language],
      });
    }
    const added = await insertMonitored(
      tx,
      { institutionCode, purpose: stated, at: now, keyId: viewer.keyId },
      fresh.slice(0, room).map(c => c.code),
    );
    if (added.length > 0) {
      await recordAudit(tx, viewer, now, {
        action: 'monitoring.add',
        entityType: 'monitoring_list',
        entityId: institutionCode,
        details: { purpose: stated, codes: added },
      });
    }
    rejected.sort((a, b) => a.index - b.index);
    return {
      added: added.length,
      removed: 0,
      unchanged:
        checked.codes.length - added.length - (fresh.length - Math.min(fresh.length, room)),
      rejected,
    };
  });
}

/**
 * Removes codes from the calling institution's list (unmonitorSubjects): a code not on it is
 * `unchanged`; invalid codes are rejected. The feed stops holding the code's changes at once.
 */
export async function unmonitorSubjects(
  db: Db,
  viewer: Viewer,
  clock: Clock,
  codes: readonly string[],
  language: Language,
): Promise<MonitorResult> {
  const checked = checkCodes(codes, language);
  const institutionCode = viewer.organizationCode!;
  const now = clock.now();
  return db.transaction(async tx => {
    await lockInstitutionList(tx, institutionCode);
    const removed = await deleteMonitored(
      tx,
      institutionCode,
      checked.codes.map(c => c.code),
    );
    if (removed.length > 0) {
      await recordAudit(tx, viewer, now, {
        action: 'monitoring.remove',
        entityType: 'monitoring_list',
        entityId: institutionCode,
        details: { codes: removed },
      });
    }
    return {
      added: 0,
      removed: removed.length,
      unchanged: checked.codes.length - removed.length,
      rejected: checked.rejected,
    };
  });
}
