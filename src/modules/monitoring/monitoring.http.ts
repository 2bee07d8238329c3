import type { Request, RequestHandler } from 'express';

import type { Identity } from '../../auth/authenticate.js';
import { fail, institutionOf } from './institution.http.js';
import type { Db } from '../../db/types.js';
import type { Clock } from '../../shared/dates.js';
import { AppError } from '../../shared/errors.js';
import type { Language } from '../../shared/messages.js';
import { MAX_CODES_PER_CALL, monitorSubjects, unmonitorSubjects } from './monitoring.service.js';

/** A header line names its column instead of holding a code: 统一社会信用代码, code, … */
const LOOKS_LIKE_CODE = /^[0-9A-Z]{18}$/;

/**
 * The codes of an uploaded list, each with its line number: one code a line, or a CSV whose
 * first column is the code (a header line is skipped); blank lines are ignored.
 */
function codesOfFile(text: string): { code: string; line: number }[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const codes: { code: string; line: number }[] = [];
  lines.forEach((raw, i) => {
    const first = (raw.split(/[,\t;]/)[0] ?? '')
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim();
    if (first === '' || (i === 0 && !LOOKS_LIKE_CODE.test(first.toUpperCase()))) {
      return;
    }
    codes.push({ code: first, line: i + 1 });
  });
  return codes;
}

/**
 * `POST /monitoring/codes?purpose=…` (add) or `?action=remove`: a monitoring list uploaded as a
 * file (text/plain, one code a line, or text/csv with the code first), for lists larger than
 * one call takes. It is applied in chunks of 10,000 codes through the same service as
 * monitorSubjects / unmonitorSubjects, each chunk its own transaction with its audit entry;
 * the answer sums them, and names each rejected code by its line. INSTITUTION keys only.
 */
export function monitoringUpload(
  db: Db,
  clock: Clock,
  identityOf: (req: Request) => Identity | undefined,
  languageOf: (req: Request) => Language,
): RequestHandler {
  return (req, res, next) => {
    const viewer = institutionOf(req, res, identityOf, {
      unauthenticated: 'A list is uploaded with a valid API key (Authorization: Bearer).',
      forbidden: 'Only an INSTITUTION key keeps a monitoring list.',
    });
    if (viewer === undefined) {
      return;
    }
    const action = req.query['action'] ?? 'add';
    const purpose = req.query['purpose'];
    if (action !== 'add' && action !== 'remove') {
      fail(res, 400, 'BAD_USER_INPUT', 'action must be add or remove.', {
        field: 'action',
        reason: 'INVALID_VALUE',
      });
      return;
    }
    if (typeof req.body !== 'string') {
      fail(res, 400, 'BAD_USER_INPUT', 'Send the list as text/plain or text/csv.', {
        field: 'body',
        reason: 'INVALID_VALUE',
      });
      return;
    }
    const language = languageOf(req);
    const codes = codesOfFile(req.body);
    const apply = async () => {
      const total = { added: 0, removed: 0, unchanged: 0, rejected: [] as object[] };
      for (let start = 0; start < codes.length; start += MAX_CODES_PER_CALL) {
        const chunk = codes.slice(start, start + MAX_CODES_PER_CALL);
        const list = chunk.map(c => c.code);
        const result =
          action === 'add'
            ? await monitorSubjects(db, viewer, clock, list, String(purpose ?? ''), language)
            : await unmonitorSubjects(db, viewer, clock, list, language);
        total.added += result.added;
        total.removed += result.removed;
        total.unchanged += result.unchanged;
        for (const { index, ...rejection } of result.rejected) {
          total.rejected.push({ line: chunk[index]!.line, ...rejection });
        }
      }
      res.json(total);
    };
    if (codes.length === 0) {
      fail(res, 400, 'BAD_USER_INPUT', 'The file holds no code.', {
        field: 'body',
        reason: 'EMPTY',
      });
      return;
    }
    apply().catch(error => {
      if (error instanceof AppError) {
        error.language = language;
        const { http: _status, ...extensions } = error.extensions;
        fail(res, 400, error.extensions.code, error.localizedMessage, extensions);
        return;
      }
      next(error);
    });
  };
}
