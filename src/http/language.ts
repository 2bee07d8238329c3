import type { Request } from 'express';

import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../shared/messages.js';

/**
 * The language a request reads its messages in, from `Accept-Language` (express's own
 * negotiation, q-values included): English when it prefers `en`, Chinese otherwise.
 */
export function requestLanguage(req: Request): Language {
  const chosen = req.acceptsLanguages(...LANGUAGES);
  return chosen === 'en' ? 'en' : DEFAULT_LANGUAGE;
}
