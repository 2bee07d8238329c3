import type DataLoader from 'dataloader';

import type { Viewer } from './auth/viewer.js';
import type { Db } from './db/types.js';
import type { RecordLoaders, RecordsStored } from './modules/records/index.js';
import type { SubjectLoaders, SubjectsRead } from './modules/subjects/index.js';
import type { ListEntryLoaders } from './modules/credit-lists/index.js';
import type { CheckLoaders } from './modules/checks/index.js';
import type { EvaluationLoaders } from './modules/evaluation/index.js';
import type { Clock } from './shared/dates.js';
import type { Logger } from './shared/logger.js';
import type { Language } from './shared/messages.js';
import type { CatalogItemRow } from './modules/catalog/index.js';
import type { CatalogProvider } from './modules/catalog/index.js';
import type { WorkingCalendar } from './modules/calendar/index.js';
import type { ObjectionLimits, ObjectionStatusLimiter } from './modules/objections/index.js';

type Loaders = SubjectLoaders &
  RecordLoaders &
  ListEntryLoaders &
  CheckLoaders &
  EvaluationLoaders & {
    /** Catalog items by code (their field lists label and mask catalog records). */
    catalogItemByCode: DataLoader<string, CatalogItemRow | null>;
    /** Whether an objection is open against `KIND:id` (LICENSING, PENALTY, LIST_ENTRY). */
    openObjection: DataLoader<string, boolean>;
    /** Departments allowed to provide each catalog item. */
    catalogProviders: DataLoader<string, CatalogProvider[]>;
    /** The official working-day calendar, read once per request when first needed. */
    calendar: () => Promise<WorkingCalendar>;
  };

/** Everything a resolver may use; made fresh for every request. */
export interface Context {
  /** Reads go to a replica when there are replicas; a mutation's context reads the primary. */
  db: Db;
  /** The primary database: where writes go, and where a mutation reads its own writes. */
  primary: Db;
  viewer: Viewer;
  clock: Clock;
  /** The client's address as the HTTP layer determined it (express's `req.ip`); null in-process. */
  clientIp: string | null;
  /** The language of messages (`Accept-Language`, read once per request): Chinese unless `en`. */
  language: Language;
  /** How many objections one address and one contact may file a day. */
  objectionLimits: ObjectionLimits;
  /** Counts objectionStatus look-ups per client address and per contact a day. */
  objectionStatusLimiter: ObjectionStatusLimiter;
  /** What follows from storing 双公示 records, in their transaction (objections: 当前状态 异议). */
  recordsStored: RecordsStored;
  /** 出具单位 of the credit reports generated in this request: the site's operator (SITE_OPERATOR). */
  reportIssuer: string;
  /** Hosts a webhook may reach over plain HTTP or at a private address (WEBHOOK_ALLOW_HTTP_HOSTS). */
  webhookAllowHttpHosts: readonly string[];
  loaders: Loaders;
  /** The subjects this request has read and logged, for the access log of logged roles. */
  subjectsRead: SubjectsRead;
  /** The request's logger (its lines carry the request id); the server's own otherwise. */
  logger?: Logger;
}
