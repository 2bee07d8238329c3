import { subscribe, unsubscribe } from 'node:diagnostics_channel';

import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

import type { Context } from '../context.types.js';
import type { Db } from '../db/types.js';
import { awaitingDisclosureCounts } from '../modules/disclosure/index.js';
import type { QueryPlanner } from '../modules/planner/index.js';
import type { Clock } from '../shared/dates.js';
import type { Logger } from '../shared/logger.js';
import {
  type ProfileCacheObservation,
  type SubmissionObservation,
  observations,
} from '../shared/observations.js';

/** Operation names counted apart at most: a client names its operations, so they are bounded. */
const MAX_OPERATION_NAMES = 200;
/** Submission kinds counted apart at most (the record kinds, list entries and catalog items). */
const MAX_KINDS = 200;
const OTHER = '(other)';

export interface MetricsSources {
  /** The database the deadline gauge counts records in. */
  db: Db;
  clock: Clock;
  /** The platform's connections to the server by state (undefined on the embedded database). */
  connections?: () => Promise<Record<string, number>>;
  /** The pool's size, for the connections' ceiling. */
  poolMax?: number;
  planner?: QueryPlanner;
  logger?: Logger;
}

/** A label value from an unbounded set, kept to the first `max` distinct values seen. */
function bounded(max: number): (value: string) => string {
  const seen = new Set<string>();
  return value => {
    if (seen.has(value)) {
      return value;
    }
    if (seen.size >= max) {
      return OTHER;
    }
    seen.add(value);
    return value;
  };
}

/**
 * The process's Prometheus metrics (prom-client, in a registry of its own): HTTP requests,
 * GraphQL latency per operation, planner fallbacks, profile-cache hits and misses, database
 * connections, submitted rows and records by disclosure status. Counts kept elsewhere (the
 * planner's, the database's) are read when scraped; submissions and cache look-ups arrive on
 * diagnostics channels (shared/observations.ts).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  private readonly graphqlDuration: Histogram<'operation' | 'type' | 'outcome'>;
  private readonly profileCache: Counter<'result'>;
  private readonly submittedRows: Counter<'kind' | 'outcome'>;
  private readonly operationName = bounded(MAX_OPERATION_NAMES);
  private readonly kindName = bounded(MAX_KINDS);
  private readonly onSubmission = (message: unknown) => {
    const m = message as SubmissionObservation;
    const kind = this.kindName(m.kind);
    this.submittedRows.inc({ kind, outcome: 'accepted' }, m.accepted);
    this.submittedRows.inc({ kind, outcome: 'duplicate' }, m.duplicates);
    this.submittedRows.inc({ kind, outcome: 'rejected' }, m.rejected);
  };
  private readonly onProfileCache = (message: unknown) => {
    this.profileCache.inc({ result: (message as ProfileCacheObservation).hit ? 'hit' : 'miss' });
  };

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.httpRequests = new Counter({
      name: 'credit_http_requests_total',
      help: 'HTTP requests answered, by method, route and status code.',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.graphqlDuration = new Histogram({
      name: 'credit_graphql_operation_duration_seconds',
      help: 'Time from receiving a GraphQL operation to sending its answer, by operation name and type.',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.profileCache = new Counter({
      name: 'credit_profile_cache_lookups_total',
      help: 'Public-profile cache look-ups, by result (hit: answered from the store; miss: computed).',
      labelNames: ['result'],
      registers,
    });
    this.submittedRows = new Counter({
      name: 'credit_submitted_rows_total',
      help: 'Rows submitted (API and importer alike), by kind and outcome (accepted, duplicate, rejected).',
      labelNames: ['kind', 'outcome'],
      registers,
    });
    const planner = sources.planner;
    if (planner !== undefined) {
      new Counter({
        name: 'credit_planner_planned_total',
        help: 'Operations the query planner answered with one statement.',
        registers,
        collect() {
          this.reset();
          this.inc(planner.stats().planned);
        },
      });
      new Counter({
        name: 'credit_planner_fallbacks_total',
        help: 'Operations the planner left to the resolvers, by reason.',
        labelNames: ['reason'],
        registers,
        collect() {
          this.reset();
          for (const [reason, count] of Object.entries(planner.stats().reasons)) {
            this.inc({ reason }, count);
          }
        },
      });
    }
    const logger = sources.logger;
    const connections = sources.connections;
    if (connections !== undefined) {
      new Gauge({
        name: 'credit_db_connections',
        help: "The platform's connections to the primary server by state, as pg_stat_activity shows them.",
        labelNames: ['state'],
        registers,
        async collect() {
          this.reset();
          try {
            for (const [state, count] of Object.entries(await connections())) {
              this.set({ state }, count);
            }
          } catch (error) {
            logger?.warn('metrics: the connection counts failed', {
              error: error instanceof Error ? error.message : String(error),
            });
          }
        },
      });
    }
    if (sources.poolMax !== undefined) {
      new Gauge({
        name: 'credit_db_pool_max',
        help: 'Connections the pool of this process may open (DB_POOL_MAX).',
        registers,
      }).set(sources.poolMax);
    }
    new Gauge({
      name: 'credit_records_awaiting_disclosure',
      help: 'Records awaiting publication by kind and deadline state today: PENDING (within the 7 working days) or OVERDUE (past them).',
      labelNames: ['kind', 'status'],
      registers,
      async collect() {
        this.reset();
        try {
          const counts = await awaitingDisclosureCounts(sources.db, sources.clock.today());
          for (const row of counts) {
            this.set({ kind: row.kind, status: row.status }, row.count);
          }
        } catch (error) {
          logger?.warn('metrics: the disclosure counts failed', {
            error: error instanceof Error ? error.message : String(error),
          });
        }
      },
    });
    subscribe(observations.submission.name, this.onSubmission);
    subscribe(observations.profileCache.name, this.onProfileCache);
  }

  /** Counts one answered HTTP request. */
  httpRequest(method: string, route: string, status: number): void {
    this.httpRequests.inc({ method, route, status: String(status) });
  }

  /** Times every GraphQL operation from its start to its answer. */
  apolloPlugin(): ApolloServerPlugin<Context> {
    const histogram = this.graphqlDuration;
    const nameOf = this.operationName;
    return {
      async requestDidStart() {
        const started = performance.now();
        let failed = false;
        return {
          async didEncounterErrors() {
            failed = true;
          },
          async willSendResponse({ operationName, operation, request }) {
            const name = operationName ?? request.operationName ?? operation?.name?.value;
            histogram.observe(
              {
                operation: name === undefined || name === null ? '(anonymous)' : nameOf(name),
                type: operation?.operation ?? 'unknown',
                outcome: failed ? 'error' : 'ok',
              },
              (performance.now() - started) / 1000,
            );
          },
        };
      },
    };
  }

  /** The metrics in Prometheus's text format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** Stops listening to the diagnostics channels. */
  close(): void {
    unsubscribe(observations.submission.name, this.onSubmission);
    unsubscribe(observations.profileCache.name, this.onProfileCache);
  }
}
