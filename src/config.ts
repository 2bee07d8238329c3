import { isIP } from 'node:net';

import { z } from 'zod';

import { DEFAULT_SITE_OPERATOR, type SiteInfo } from './http/site-info.js';

const optionalString = z
  .string()
  .trim()
  .transform(value => (value === '' ? undefined : value))
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  DATABASE_OWNER_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  DATABASE_ADMIN_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  DATABASE_READ_URLS: optionalString,
  DATA_DIR: z.string().default('./.data'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  BOOTSTRAP_ADMIN_KEY: optionalString.pipe(
    z.string().min(24, 'must be at least 24 characters long').optional(),
  ),
  SEED_DEMO: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform(value => (value === undefined ? undefined : value === 'true' || value === '1')),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  WEBHOOK_ALLOW_HTTP_HOSTS: z
    .string()
    .default('')
    .refine(
      v =>
        v
          .split(',')
          .every(item => item.trim() === '' || /^[^\s/,]+:(\*|\d{1,5})$/.test(item.trim())),
      'must be host:port or host:* entries, comma-separated',
    ),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(10).max(3_600_000).default(2_000),
  WEBHOOK_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(1_000),
  RATE_LIMIT_PER_KEY: z.coerce.number().int().min(1).default(1200),
  RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(300),
  OBJECTION_LIMIT_PER_IP: z.coerce.number().int().min(1).default(5),
  OBJECTION_LIMIT_PER_CONTACT: z.coerce.number().int().min(1).default(3),
  OBJECTION_STATUS_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
  OBJECTION_STATUS_LIMIT_PER_CONTACT: z.coerce.number().int().min(1).default(10),
  SITE_DIR: optionalString,
  REDIS_URL: optionalString.pipe(
    z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
  ),
  PROFILE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  PROFILE_CACHE_TTL_S: z.coerce.number().int().min(1).max(86_400).default(600),
  QUERY_PLANNER: z.enum(['on', 'off']).default('on'),
  CHANGES_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(100),
  EVALUATION_POLL_MS: z.coerce.number().int().min(100).max(3_600_000).default(2_000),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(4 * 1024 * 1024),
  MAX_QUERY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024)
    .default(32 * 1024),
  DOCUMENT_CACHE_MB: z.coerce.number().int().min(1).max(1024).default(16),
  PLAN_CACHE_MB: z.coerce.number().int().min(1).max(1024).default(32),
  TRUST_PROXY: optionalString,
  WORKERS: z.coerce.number().int().min(0).max(64).default(1),
  HEAP_LIMIT_MB: z.coerce.number().int().min(128).max(65_536).default(512),
  SITE_NAME: z.string().trim().min(2).max(40).default('信用示范城市'),
  SITE_OPERATOR: z.string().trim().min(2).max(100).default(DEFAULT_SITE_OPERATOR),
  SITE_ICP: z.string().trim().min(2).max(60).default('示ICP备00000000号-1（演示）'),
  SITE_PSB: optionalString.pipe(z.string().max(60).optional()),
  SITE_CONTACT_PHONE: optionalString.pipe(z.string().max(40).optional()).default('010-12345678'),
  SITE_CONTACT_EMAIL: optionalString
    .pipe(z.email().max(100).optional())
    .default('credit@example.gov.cn'),
  SITE_ADDRESS: optionalString.pipe(z.string().max(100).optional()),
  METRICS_TOKEN: optionalString.pipe(
    z.string().min(16, 'must be at least 16 characters long').optional(),
  ),
  TRACING: z.enum(['off', 'otlp']).default('off'),
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalString.pipe(
    z
      .string()
      .regex(/^https?:\/\//, 'must start with http:// or https://')
      .optional(),
  ),
  OTEL_SERVICE_NAME: z.string().trim().min(1).max(100).default('credit-platform'),
});

/**
 * Express's `trust proxy` setting, from TRUST_PROXY: `false` (the default: X-Forwarded-For is
 * never believed), `true` (every hop is trusted; only behind a proxy that overwrites the
 * header), a number of hops, or a comma-separated list of proxy addresses or subnets
 * (`loopback`, `linklocal`, `uniquelocal`, `10.0.0.0/8`, `::1`).
 */
export type TrustProxy = boolean | number | string;

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function trustProxyOf(value: string | undefined): TrustProxy {
  if (value === undefined || value === 'false') {
    return false;
  }
  if (value === 'true') {
    return true;
  }
  if (/^\d+$/.test(value)) {
    return Number(value);
  }
  const items = value.split(',').map(item => item.trim());
  const bad = items.find(item => {
    if (PROXY_NAMES.has(item)) {
      return false;
    }
    const [address = '', prefix, ...rest] = item.split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) {
      return true;
    }
    return (
      prefix !== undefined &&
      !(/^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128)) &&
      isIP(prefix) === 0
    );
  });
  if (bad !== undefined) {
    throw new ConfigError(
      `Invalid configuration:\n  TRUST_PROXY: "${bad}" is not true, false, a number of hops, loopback, linklocal, uniquelocal or an address or subnet`,
    );
  }
  return items.join(',');
}

/** Validated, frozen configuration of one process. */
export interface Config {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  /** PostgreSQL server connection string; absent means the embedded database in `dataDir`. */
  readonly databaseUrl: string | undefined;
  /**
   * The owner role of the tables on the server: migrations run as it, then grant the login of
   * `databaseUrl` what the API needs (src/db/roles.ts). Absent means that login migrates itself
   * when it may (one role), or else only checks that nothing is pending.
   */
  readonly databaseOwnerUrl: string | undefined;
  /** A superuser (or CREATEROLE) login to the same database, for `npm run db:roles` only. */
  readonly databaseAdminUrl: string | undefined;
  /** Read replicas (streaming standbys) of the server; queries read from them. */
  readonly databaseReadUrls: readonly string[];
  readonly dataDir: string;
  readonly dbPoolMax: number;
  readonly bootstrapAdminKey: string | undefined;
  /** Load the demo data set into an empty database on start. */
  readonly seedDemo: boolean;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** statement_timeout of every database session. */
  readonly statementTimeoutMs: number;
  /** Requests per minute allowed to one API key, and to one address without a key. */
  readonly rateLimits: { perKeyPerMinute: number; perIpPerMinute: number };
  /** Objections one client address, and one contact, may file per calendar day (China time). */
  readonly objectionLimits: { perIpPerDay: number; perContactPerDay: number };
  /** objectionStatus look-ups one client address, and one contact, may make per calendar day. */
  readonly objectionStatusLimits: { perIpPerDay: number; perContactPerDay: number };
  /** The built public site; absent means dist/site next to the compiled server. */
  readonly siteDir: string | undefined;
  /** Redis shared by the instances (rate limits, the profile cache); absent means in memory. */
  readonly redisUrl: string | undefined;
  /** The public-profile cache: memory per instance when there is no Redis (0 turns it off). */
  readonly profileCache: { megabytes: number; ttlMs: number };
  /** Plan queries into one SQL statement each (modules/planner); off leaves all to the resolvers. */
  readonly queryPlanner: boolean;
  /** How often a following `GET /changes?follow=1` stream looks for newly committed changes. */
  readonly changesPollMs: number;
  /** How often an instance runs a pass of the evaluation worker (EVALUATION_POLL_MS). */
  readonly evaluationPollMs: number;
  /**
   * Bytes a request may bring before anything is parsed: the whole body, and the GraphQL
   * document (the `query` string, in UTF-8 bytes, whitespace and comments included).
   */
  readonly requestLimits: { maxBodyBytes: number; maxQueryBytes: number };
  /** Memory for parsed documents (Apollo's document store) and for the planner's plans. */
  readonly caches: { documentBytes: number; planBytes: number };
  /** When X-Forwarded-For is believed for the client's address (express's `trust proxy`). */
  readonly trustProxy: TrustProxy;
  /**
   * Supervision of `npm start`: worker processes of a cluster primary that restarts them when
   * they exit (0 runs the server in this process, unsupervised), and each worker's heap limit.
   */
  readonly process: { workers: number; heapLimitMb: number };
  /** Who runs the public site, shown in its footer, titles and privacy page (GET /site.json). */
  readonly site: SiteInfo;
  /** The bearer token `GET /metrics` requires; absent leaves it open (keep it off the internet). */
  readonly metricsToken: string | undefined;
  /** Signed webhooks: hosts allowed over HTTP or at private addresses, tries, timeout, backoff, poll. */
  readonly webhooks: {
    readonly allowHttpHosts: readonly string[];
    readonly maxAttempts: number;
    readonly timeoutMs: number;
    readonly backoffMs: number;
    readonly pollMs: number;
  };
  /** OpenTelemetry tracing: off, or spans sent over OTLP/HTTP to `endpoint` as `serviceName`. */
  readonly tracing:
    | { readonly kind: 'off' }
    | { readonly kind: 'otlp'; readonly endpoint: string; readonly serviceName: string };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses the environment once. A bad value fails with a message that names the variable and
 * what is wrong with it.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      issue => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const readUrls = (e.DATABASE_READ_URLS ?? '')
    .split(',')
    .map(url => url.trim())
    .filter(url => url !== '');
  const badReadUrl = readUrls.find(url => !/^postgres(ql)?:\/\//.test(url));
  if (badReadUrl !== undefined) {
    throw new ConfigError(
      `Invalid configuration:\n  DATABASE_READ_URLS: every URL must start with postgres:// or postgresql:// (got "${badReadUrl}")`,
    );
  }
  if (e.DATABASE_OWNER_URL !== undefined && e.DATABASE_URL === undefined) {
    throw new ConfigError(
      "Invalid configuration:\n  DATABASE_OWNER_URL: the owner role needs the API's server in DATABASE_URL",
    );
  }
  if (readUrls.length > 0 && e.DATABASE_URL === undefined) {
    throw new ConfigError(
      'Invalid configuration:\n  DATABASE_READ_URLS: replicas need a primary server in DATABASE_URL',
    );
  }
  if (e.WORKERS > 1 && e.DATABASE_URL === undefined) {
    throw new ConfigError(
      'Invalid configuration:\n  WORKERS: the embedded database belongs to one process; more than 1 worker needs DATABASE_URL',
    );
  }
  if (e.TRACING === 'otlp' && e.OTEL_EXPORTER_OTLP_ENDPOINT === undefined) {
    throw new ConfigError(
      "Invalid configuration:\n  OTEL_EXPORTER_OTLP_ENDPOINT: TRACING=otlp needs the collector's URL (e.g. http://localhost:4318)",
    );
  }
  return Object.freeze({
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseOwnerUrl: e.DATABASE_OWNER_URL,
    databaseAdminUrl: e.DATABASE_ADMIN_URL,
    databaseReadUrls: readUrls,
    dataDir: e.DATA_DIR,
    dbPoolMax: e.DB_POOL_MAX,
    bootstrapAdminKey: e.BOOTSTRAP_ADMIN_KEY,
    seedDemo: e.SEED_DEMO ?? e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL,
    statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    rateLimits: { perKeyPerMinute: e.RATE_LIMIT_PER_KEY, perIpPerMinute: e.RATE_LIMIT_PER_IP },
    objectionLimits: {
      perIpPerDay: e.OBJECTION_LIMIT_PER_IP,
      perContactPerDay: e.OBJECTION_LIMIT_PER_CONTACT,
    },
    objectionStatusLimits: {
      perIpPerDay: e.OBJECTION_STATUS_LIMIT_PER_IP,
      perContactPerDay: e.OBJECTION_STATUS_LIMIT_PER_CONTACT,
    },
    siteDir: e.SITE_DIR,
    redisUrl: e.REDIS_URL,
    profileCache: { megabytes: e.PROFILE_CACHE_MB, ttlMs: e.PROFILE_CACHE_TTL_S * 1000 },
    queryPlanner: e.QUERY_PLANNER === 'on',
    changesPollMs: e.CHANGES_POLL_MS,
    evaluationPollMs: e.EVALUATION_POLL_MS,
    requestLimits: { maxBodyBytes: e.MAX_BODY_BYTES, maxQueryBytes: e.MAX_QUERY_BYTES },
    caches: {
      documentBytes: e.DOCUMENT_CACHE_MB * 1024 * 1024,
      planBytes: e.PLAN_CACHE_MB * 1024 * 1024,
    },
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    process: { workers: e.WORKERS, heapLimitMb: e.HEAP_LIMIT_MB },
    site: Object.freeze({
      name: e.SITE_NAME,
      operator: e.SITE_OPERATOR,
      icp: e.SITE_ICP,
      publicSecurityRecord: e.SITE_PSB ?? null,
      contactPhone: e.SITE_CONTACT_PHONE ?? null,
      contactEmail: e.SITE_CONTACT_EMAIL ?? null,
      address: e.SITE_ADDRESS ?? null,
    }),
    metricsToken: e.METRICS_TOKEN,
    webhooks: {
      allowHttpHosts: e.WEBHOOK_ALLOW_HTTP_HOSTS.split(',')
        .map(item => item.trim())
        .filter(item => item !== ''),
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      backoffMs: e.WEBHOOK_BACKOFF_MS,
      pollMs: e.WEBHOOK_POLL_MS,
    },
    tracing:
      e.TRACING === 'otlp' && e.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined
        ? Object.freeze({
            kind: 'otlp' as const,
            endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT,
            serviceName: e.OTEL_SERVICE_NAME,
          })
        : Object.freeze({ kind: 'off' as const }),
  });
}
