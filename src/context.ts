import DataLoader from 'dataloader';

import type { Viewer } from './auth/viewer.js';
import type { Context } from './context.types.js';
import type { Db } from './db/types.js';
import { createRecordLoaders } from './modules/records/index.js';
import { SubjectsRead, createSubjectLoaders } from './modules/subjects/index.js';
import { createListEntryLoaders } from './modules/credit-lists/index.js';
import { createCheckLoaders } from './modules/checks/index.js';
import { createEvaluationLoaders } from './modules/evaluation/index.js';
import type { Clock } from './shared/dates.js';
import type { Logger } from './shared/logger.js';
import { DEFAULT_LANGUAGE, type Language } from './shared/messages.js';
import { loadWorkingCalendar } from './modules/calendar/index.js';
import { listCatalogItems, providersOf } from './modules/catalog/index.js';
import {
  DEFAULT_OBJECTION_LIMITS,
  DEFAULT_OBJECTION_STATUS_LIMITS,
  type ObjectionLimits,
  ObjectionStatusLimiter,
  openMarkedObjections,
  openObjectionTargets,
} from './modules/objections/index.js';
import type { CatalogItemRow } from './modules/catalog/index.js';
import type { CatalogProvider } from './modules/catalog/index.js';
import { DEFAULT_SITE_OPERATOR } from './http/site-info.js';

/** What a context is made of; the client address and the limits come from the HTTP layer. */
interface ContextDeps {
  db: Db;
  primary?: Db;
  clock: Clock;
  clientIp?: string | null;
  objectionLimits?: ObjectionLimits;
  /** The language of the request's messages; Chinese by default. */
  language?: Language;
  /** The HTTP app's look-up limiter (its limits, Redis); a process-wide default otherwise. */
  objectionStatusLimiter?: ObjectionStatusLimiter;
  /** 出具单位 of credit reports (the site's operator); the default operator otherwise. */
  reportIssuer?: string;
  /** Hosts a webhook may reach over plain HTTP or at a private address; none by default. */
  webhookAllowHttpHosts?: readonly string[];
  /** The request's logger (its lines carry the request id); the server's own otherwise. */
  logger?: Logger;
}

let defaultStatusLimiter: ObjectionStatusLimiter | undefined;

export function createContext(deps: ContextDeps, viewer: Viewer): Context {
  // The loaders are made when a resolver first asks for them: a query answered by its plan
  // (modules/planner) or from the profile cache needs none. The accessor sits on the
  // context's prototype, so that a shallow copy of the context (Apollo makes one per
  // operation) neither makes the loaders nor gets loaders of its own.
  let loaders: Context['loaders'] | undefined;
  const lazy = Object.create(null, {
    loaders: {
      get: () => (loaders ??= createLoaders(deps, viewer)),
      set: (value: Context['loaders']) => {
        loaders = value;
      },
    },
  }) as Pick<Context, 'loaders'>;
  return Object.assign(Object.create(lazy) as Context, {
    db: deps.db,
    primary: deps.primary ?? deps.db,
    viewer,
    clock: deps.clock,
    subjectsRead: new SubjectsRead(),
    clientIp: deps.clientIp ?? null,
    language: deps.language ?? DEFAULT_LANGUAGE,
    objectionLimits: deps.objectionLimits ?? DEFAULT_OBJECTION_LIMITS,
    objectionStatusLimiter:
      deps.objectionStatusLimiter ??
      (defaultStatusLimiter ??= new ObjectionStatusLimiter(DEFAULT_OBJECTION_STATUS_LIMITS)),
    recordsStored: openMarkedObjections,
    reportIssuer: deps.reportIssuer ?? DEFAULT_SITE_OPERATOR,
    webhookAllowHttpHosts: deps.webhookAllowHttpHosts ?? [],
    ...(deps.logger === undefined ? {} : { logger: deps.logger }),
  });
}

function createLoaders(deps: { db: Db; clock: Clock }, viewer: Viewer): Context['loaders'] {
  return {
    ...createSubjectLoaders(deps.db),
    ...createRecordLoaders(deps.db, viewer, deps.clock.today()),
    ...createListEntryLoaders(deps.db, viewer, deps.clock.today()),
    ...createCheckLoaders(deps.db),
    ...createEvaluationLoaders(deps.db, viewer, deps.clock),
    calendar: memo(() => loadWorkingCalendar(deps.db)),
    openObjection: new DataLoader<string, boolean>(async keys => {
      const parsed = keys.map(
        key => key.split(':') as ['LICENSING' | 'PENALTY' | 'LIST_ENTRY', string],
      );
      const open = new Set<string>();
      for (const kind of ['LICENSING', 'PENALTY', 'LIST_ENTRY'] as const) {
        const ids = parsed.filter(([k]) => k === kind).map(([, id]) => Number(id));
        for (const id of await openObjectionTargets(deps.db, kind, ids)) {
          open.add(`${kind}:${id}`);
        }
      }
      return keys.map(key => open.has(key));
    }),
    catalogItemByCode: new DataLoader<string, CatalogItemRow | null>(async codes => {
      const items = await listCatalogItems(deps.db);
      return codes.map(code => items.find(item => item.code === code) ?? null);
    }),
    catalogProviders: new DataLoader<string, CatalogProvider[]>(async codes => {
      const rows = await providersOf(deps.db, codes);
      return codes.map(code => rows.filter(row => row.itemCode === code));
    }),
  };
}

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

/**
 * Read-your-writes: once the operation is known to be a mutation, its context is rebuilt on the
 * primary, so that everything it reads (its checks, its payload) sees what it wrote, whatever
 * the replicas' lag. Queries keep reading from the replicas.
 */
export function readOwnWritesInMutations(
  context: Context,
  operation: 'query' | 'mutation' | 'subscription',
): void {
  if (operation === 'mutation' && context.db !== context.primary) {
    const onPrimary = createContext(
      {
        db: context.primary,
        clock: context.clock,
        clientIp: context.clientIp,
        language: context.language,
        objectionLimits: context.objectionLimits,
        objectionStatusLimiter: context.objectionStatusLimiter,
        reportIssuer: context.reportIssuer,
        webhookAllowHttpHosts: context.webhookAllowHttpHosts,
      },
      context.viewer,
    );
    Object.assign(context, onPrimary);
    context.loaders = onPrimary.loaders;
  }
}
