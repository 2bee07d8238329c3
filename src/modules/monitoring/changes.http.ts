import { once } from 'node:events';

import type { Request, RequestHandler, Response } from 'express';

import type { Identity } from '../../auth/authenticate.js';
import { fail, institutionOf } from './institution.http.js';
import type { Viewer } from '../../auth/viewer.js';
import { type Language, say } from '../../shared/messages.js';
import { decodeFeedCursor } from './feed.js';
import type { FeedWaker } from './feed-waker.js';

/**
 * The page of the feed each NDJSON line set is read with: the same `changes` field, through the
 * same schema, rules and masking as a GraphQL client's query (and its access log).
 */
export const CHANGES_STREAM_QUERY = `query ChangesStream($after: String, $first: Int!) {
  changes(after: $after, first: $first) {
    edges {
      cursor
      node {
        id subjectCode kind recordId occurredAt
        subject { code name category legalRepresentative legalRepresentativeIdNumber }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A follower woken by the shared look (FeedWaker) reads its page at least this often anyway. */
const WAKER_SAFEGUARD_MS = 10_000;

/** One page as `changes` answers it. */
interface FeedPage {
  edges: { cursor: string; node: Record<string, unknown> }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Runs CHANGES_STREAM_QUERY for a viewer; the errors as GraphQL reports them. */
export type FeedPageRunner = (
  viewer: Viewer,
  variables: { after: string | null; first: number },
) => Promise<{ data?: { changes: FeedPage } | null; errors?: readonly unknown[] }>;

/** Writes a chunk, waiting for the socket to take more when its buffer is full. */
async function write(res: Response, chunk: string, gone: Promise<void>): Promise<void> {
  if (!res.write(chunk)) {
    await Promise.race([once(res, 'drain'), gone]);
  }
}

/**
 * `GET /changes?after=CURSOR[&follow=1]`: the calling institution's feed as NDJSON, one change a
 * line with its `cursor` (DESIGN §4.1), read page by page and written as the client takes it.
 * It ends after the backlog; with `follow=1` it stays open and reads its next page when the
 * process's shared look at the outbox (`waker`, every `pollMs`) sees a change for it, or
 * without one every `pollMs`. A consumer resumes with the last line's cursor. The key is the API's
 * (`Authorization: Bearer`): none or a wrong one is 401, another role than INSTITUTION 403, a
 * malformed cursor 400.
 */
export function changeStream(
  run: FeedPageRunner,
  identityOf: (req: Request) => Identity | undefined,
  languageOf: (req: Request) => Language,
  options: { pollMs: number; pageSize?: number; waker?: FeedWaker },
): RequestHandler {
  const first = options.pageSize ?? 100;
  return (req, res, next) => {
    const viewer = institutionOf(req, res, identityOf, {
      unauthenticated: 'The feed is read with a valid API key (Authorization: Bearer).',
      forbidden: 'Only an INSTITUTION key reads the change feed.',
    });
    if (viewer === undefined) {
      return;
    }
    for (const name of Object.keys(req.query)) {
      if (name !== 'after' && name !== 'follow') {
        const text = say('UNKNOWN_PARAMETER', { name, allowed: ['after', 'follow'] });
        fail(res, 400, 'BAD_USER_INPUT', text[languageOf(req)], {
          field: name,
          reason: 'UNKNOWN_PARAMETER',
        });
        return;
      }
    }
    const afterParam = req.query['after'];
    const follow = req.query['follow'] === '1' || req.query['follow'] === 'true';
    let after: string | null =
      typeof afterParam === 'string' && afterParam !== '' ? afterParam : null;
    const malformed = () =>
      fail(res, 400, 'BAD_USER_INPUT', 'after must be a cursor the feed gave out.', {
        field: 'after',
        reason: 'MALFORMED_CURSOR',
      });
    if (afterParam !== undefined && typeof afterParam !== 'string') {
      malformed();
      return;
    }
    try {
      decodeFeedCursor(after);
    } catch {
      malformed();
      return;
    }
    let closed = false;
    // One listener for the whole response, however long a follower stays.
    const gone = new Promise<void>(resolve =>
      res.on('close', () => {
        closed = true;
        resolve();
      }),
    );
    const stream = async () => {
      let started = false;
      while (!closed) {
        const position = options.waker?.position();
        const result = await run(viewer, { after, first });
        const page = result.data?.changes;
        if (page === undefined || page === null) {
          throw new Error('the feed page failed', { cause: result.errors });
        }
        if (!started) {
          // The first page is read before anything is sent, so a failure is still a clean 500.
          started = true;
          res.status(200);
          res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
          res.setHeader('Cache-Control', 'private, no-store');
          res.setHeader('X-Content-Type-Options', 'nosniff');
          res.flushHeaders();
        }
        for (const edge of page.edges) {
          if (closed) {
            return;
          }
          await write(res, `${JSON.stringify({ cursor: edge.cursor, ...edge.node })}\n`, gone);
        }
        after = page.pageInfo.endCursor ?? after;
        if (page.pageInfo.hasNextPage) {
          continue;
        }
        if (!follow) {
          break;
        }
        if (options.waker !== undefined && position !== undefined) {
          await options.waker.wait(viewer.organizationCode!, position, WAKER_SAFEGUARD_MS, gone);
        } else {
          await Promise.race([
            new Promise(resolve => setTimeout(resolve, options.pollMs).unref()),
            gone,
          ]);
        }
      }
      res.end();
    };
    stream().catch(error => {
      if (res.headersSent) {
        res.destroy(error instanceof Error ? error : new Error(String(error)));
      } else {
        next(error);
      }
    });
  };
}
