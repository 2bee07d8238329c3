import cluster, { type Worker } from 'node:cluster';

import type { Logger } from './shared/logger.js';

/** A worker that lived shorter than this counts as failing to start: the next waits longer. */
const HEALTHY_AFTER_MS = 30_000;
const FIRST_DELAY_MS = 500;
const LONGEST_DELAY_MS = 30_000;

/**
 * The cluster primary of `npm start`: forks `workers` server processes, each with a heap limit
 * (`--max-old-space-size`), and forks a new one whenever one exits, out of memory included.
 * A worker that dies soon after starting is replaced after a delay that doubles up to 30 s,
 * so a server that cannot start (its database down) is retried without spinning. SIGTERM and
 * SIGINT are passed to the workers, which drain their requests; the primary exits when they
 * have. The workers share the listening port (the cluster module hands connections round).
 */
export function supervise(options: { workers: number; heapLimitMb: number; logger: Logger }) {
  const { logger } = options;
  const heapFlag = `--max-old-space-size=${options.heapLimitMb}`;
  cluster.setupPrimary({
    execArgv: [
      ...process.execArgv.filter(arg => !arg.startsWith('--max-old-space-size')),
      heapFlag,
    ],
  });
  let stopping = false;
  let delay = FIRST_DELAY_MS;
  const startedAt = new Map<Worker, number>();
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker, performance.now());
  };
  cluster.on('exit', (worker, code, signal) => {
    const lived = performance.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      if (startedAt.size === 0) {
        logger.info('stopped');
        process.exit(0);
      }
      return;
    }
    delay = lived >= HEALTHY_AFTER_MS ? FIRST_DELAY_MS : Math.min(delay * 2, LONGEST_DELAY_MS);
    logger.error('worker exited; starting another', {
      pid: worker.process.pid ?? null,
      code,
      signal,
      livedMs: Math.round(lived),
      restartInMs: delay,
    });
    setTimeout(() => {
      if (!stopping) {
        fork();
      }
    }, delay);
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info('stopping workers', { signal });
    if (startedAt.size === 0) {
      process.exit(0);
    }
    for (const worker of startedAt.keys()) {
      worker.process.kill(signal);
    }
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  logger.info('supervising', { workers: options.workers, heapLimitMb: options.heapLimitMb });
  for (let i = 0; i < options.workers; i += 1) {
    fork();
  }
}
