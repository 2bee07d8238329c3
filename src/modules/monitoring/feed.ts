import { BadInputError } from '../../shared/errors.js';
import { named, say } from '../../shared/messages.js';
import { decodeCursor, encodeCursor } from '../../shared/pagination.js';
import type { FeedPosition } from './monitoring.repository.js';

/** The start of a feed: before every change. */
const FEED_START: FeedPosition = { txid: '0', id: 0 };

/** The opaque cursor of a change: its place in the feed's order (txid, id). */
export function encodeFeedCursor(position: FeedPosition): string {
  return encodeCursor([position.txid, position.id]);
}

/** Reads a cursor the feed gave out; anything else is BAD_USER_INPUT MALFORMED_CURSOR. */
export function decodeFeedCursor(after: string | null | undefined): FeedPosition {
  if (after === null || after === undefined || after === '') {
    return FEED_START;
  }
  const [txid, id] = decodeCursor(after, ['string', 'number'] as const);
  if (!/^\d{1,20}$/.test(txid) || id < 0) {
    throw new BadInputError(say('MALFORMED_CURSOR', named('after')), 'after', {
      reason: 'MALFORMED_CURSOR',
    });
  }
  return { txid, id };
}
