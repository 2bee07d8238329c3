import type { Request, RequestHandler, Response } from 'express';

import type { Identity } from '../../auth/authenticate.js';
import type { Db } from '../../db/types.js';
import { type CalendarDate, type Clock, isCalendarDate } from '../../shared/dates.js';
import { RecordKind } from '../records/index.js';
import { type ReportDefinition, type ReportQuery, REPORTS } from './report.definitions.js';
import { type ReportStreamWriter, csvStream, xlsxStream } from './report.writer.js';

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;
type Format = keyof typeof CONTENT_TYPES;

function fail(
  res: Response,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/** A bad query parameter: 400 BAD_USER_INPUT naming it, with a stable reason. */
class ParameterError {
  constructor(
    readonly field: string,
    readonly reason: string,
    readonly message: string,
  ) {}
}

function dateParameter(req: Request, name: 'from' | 'to'): CalendarDate {
  const value = req.query[name];
  if (value === undefined || value === '') {
    throw new ParameterError(name, 'REQUIRED', `${name} (YYYY-MM-DD) is required.`);
  }
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new ParameterError(name, 'INVALID_DATE', `${name} must be one date as YYYY-MM-DD.`);
  }
  return value;
}

/**
 * The query of a report: `from` and `to` (both required, YYYY-MM-DD, from not after to) and,
 * where the report takes it, `kind` (LICENSING or PENALTY); any other parameter is refused, so a
 * misspelt one is not silently ignored.
 */
function reportQuery(req: Request, report: ReportDefinition): ReportQuery {
  const allowed = new Set(['from', 'to', ...(report.takesKind ? ['kind'] : [])]);
  for (const name of Object.keys(req.query)) {
    if (!allowed.has(name)) {
      throw new ParameterError(
        name,
        'UNKNOWN_PARAMETER',
        `${name} is not a parameter of this report; it takes ${[...allowed].join(', ')}.`,
      );
    }
  }
  const from = dateParameter(req, 'from');
  const to = dateParameter(req, 'to');
  if (from > to) {
    throw new ParameterError('from', 'PERIOD_REVERSED', 'from must not be after to.');
  }
  const kind = req.query['kind'];
  if (kind === undefined) {
    return { from, to, kind: null };
  }
  if (kind !== RecordKind.LICENSING && kind !== RecordKind.PENALTY) {
    throw new ParameterError('kind', 'INVALID_VALUE', 'kind must be LICENSING or PENALTY.');
  }
  return { from, to, kind };
}

/**
 * `Content-Disposition` with the report's Chinese name (RFC 6266 with an RFC 5987 `filename*`),
 * and an ASCII name for clients that read only `filename`.
 */
function disposition(report: ReportDefinition, query: ReportQuery, format: Format): string {
  const kind = query.kind === null ? '' : `-${query.kind.toLowerCase()}`;
  const ascii = `${report.name}${kind}-${query.from}-${query.to}.${format}`;
  const kindName =
    query.kind === null ? '' : query.kind === RecordKind.LICENSING ? '_行政许可' : '_行政处罚';
  const chinese = `${report.title}${kindName}_${query.from}至${query.to}.${format}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(chinese)}`;
}

/**
 * `GET /reports/<name>.xlsx|csv?from=&to=`: the credit office's reports (DESIGN §4.1), streamed
 * as they are read: `collection` (归集统计, ADMIN, as `collectionReport`), `disclosure`
 * (双公示时效统计, REGULATOR and ADMIN, a PROVIDER its own, as `disclosureStats`; `kind`
 * narrows it) and `rejections` (退回明细, ADMIN, a PROVIDER what its keys sent). The key is the
 * API's (`Authorization: Bearer`): none, or a wrong one, is 401 UNAUTHENTICATED; a role the
 * GraphQL field refuses, 403 FORBIDDEN; a bad parameter, 400 BAD_USER_INPUT naming it; an
 * unknown report or format, 404 NOT_FOUND. Statuses and periods are counted on the injected
 * clock's today, and the file's creation time is its now.
 */
export function reportDownload(
  db: Db,
  clock: Clock,
  identityOf: (req: Request) => Identity | undefined,
): RequestHandler {
  return (req, res, next) => {
    const file = /^([a-z]+)\.(xlsx|csv)$/.exec(String(req.params['file'] ?? ''));
    const report = file === null ? undefined : REPORTS.get(file[1]!);
    if (file === null || report === undefined) {
      fail(
        res,
        404,
        'NOT_FOUND',
        `No such report; there are ${[...REPORTS.keys()].join(', ')}, as .xlsx or .csv.`,
      );
      return;
    }
    const format = file[2] as Format;
    const identity = identityOf(req);
    if (identity === undefined || identity.kind === 'invalid' || identity.viewer.keyId === null) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      fail(
        res,
        401,
        'UNAUTHENTICATED',
        'A report is downloaded with a valid API key (Authorization: Bearer).',
      );
      return;
    }
    const viewer = identity.viewer;
    if (!report.roles.includes(viewer.role)) {
      fail(
        res,
        403,
        'FORBIDDEN',
        `Your role may not download this report (${report.roles.join(', ')} may).`,
      );
      return;
    }
    let query: ReportQuery;
    try {
      query = reportQuery(req, report);
    } catch (error) {
      if (error instanceof ParameterError) {
        fail(res, 400, 'BAD_USER_INPUT', error.message, {
          field: error.field,
          reason: error.reason,
        });
        return;
      }
      throw error;
    }
    const stream = async () => {
      const today = clock.today();
      const pages = report.pages(db, viewer, query, today)[Symbol.asyncIterator]();
      // The first page is read before anything is sent, so a failing query is still a clean 500.
      let page = await pages.next();
      res.status(200);
      res.setHeader('Content-Type', CONTENT_TYPES[format]);
      res.setHeader('Content-Disposition', disposition(report, query, format));
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      const writer: ReportStreamWriter =
        format === 'xlsx'
          ? xlsxStream(res, report.title, report.headers, clock.now())
          : csvStream(res, report.headers);
      while (page.done !== true) {
        await writer.write(page.value);
        page = await pages.next();
      }
      await writer.end();
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
