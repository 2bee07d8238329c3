import cluster from 'node:cluster';

import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './shared/logger.js';
import { supervise } from './supervisor.js';

/**
 * The process entry. With WORKERS > 0 (the default) this process is the cluster primary: it
 * loads nothing of the server (it stays small) and supervises the workers, each of which runs
 * this file again and serves. With WORKERS=0 this process serves, unsupervised.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (cluster.isPrimary && config.process.workers > 0) {
    supervise({ ...config.process, logger });
    return;
  }
  const { serve } = await import('./serve.js');
  await serve(config, logger);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
