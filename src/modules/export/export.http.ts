import type { Request, RequestHandler } from 'express';

import type { Identity } from '../../auth/authenticate.js';
import { Role } from '../../auth/viewer.js';
import type { Db } from '../../db/types.js';
import { type Language, say } from '../../shared/messages.js';
import { exportContentType, exportFileName, loadBatchFile } from './export.service.js';
import type { ExportFormat } from './export.type.js';

function errorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Chinese unless the request prefers English (`Accept-Language: en`). */
function languageOf(req: Request): Language {
  return req.acceptsLanguages('zh', 'en') === 'en' ? 'en' : 'zh';
}

/**
 * `GET /exports/:id`: the file of an export batch, exactly as it was issued, for the credit
 * office's key (the same keys as the API: no key or a non-ADMIN key is 403 FORBIDDEN, a wrong
 * key 401 UNAUTHENTICATED, an unknown id 404 NOT_FOUND). The sha256 goes along as the ETag and
 * as `Repr-Digest` (RFC 9530), so a client can check what it received; nothing is cached on the
 * way, the file holding personal data of legal representatives.
 */
export function exportDownload(
  db: Db,
  identityOf: (req: Request) => Identity | undefined,
): RequestHandler {
  return (req, res, next) => {
    const identity = identityOf(req);
    const language = languageOf(req);
    if (identity === undefined || identity.kind === 'invalid') {
      res.status(401).json(errorBody('UNAUTHENTICATED', say('UNAUTHENTICATED')[language]));
      return;
    }
    if (identity.viewer.role !== Role.ADMIN) {
      res.status(403).json(errorBody('FORBIDDEN', say('EXPORT_ADMIN_ONLY')[language]));
      return;
    }
    const id = req.params['id'];
    loadBatchFile(db, typeof id === 'string' ? id : '')
      .then(batch => {
        if (batch === undefined) {
          res
            .status(404)
            .json(errorBody('NOT_FOUND', say('NOT_FOUND', { thing: 'EXPORT_BATCH' })[language]));
          return;
        }
        const format = batch.format as ExportFormat;
        res.setHeader('Content-Type', exportContentType(format));
        res.setHeader('Content-Length', String(batch.content.length));
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="${exportFileName({ id: batch.id, format })}"`,
        );
        res.setHeader('ETag', `"${batch.sha256}"`);
        res.setHeader(
          'Repr-Digest',
          `sha-256=:${Buffer.from(batch.sha256, 'hex').toString('base64')}:`,
        );
        res.setHeader('Cache-Control', 'private, no-store');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.status(200).end(batch.content);
      })
      .catch(next);
  };
}
