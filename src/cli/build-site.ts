import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'vite';

/**
 * Builds the public site (src/site → dist/site) with Vite, unless dist/site was built from the
 * same sources: `npm run build` (and so `npm start` and every script that uses dist/) costs the
 * site's build only when something it is made of changed. `--force` builds anyway.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const stampFile = join(root, 'dist', 'site-sources.sha256');

/** Every file under a folder, as paths relative to the project's root, in a fixed order. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** sha256 over the site's sources, its Vite config and the locked dependency versions. */
function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder('src/site'), 'vite.config.ts', 'package-lock.json']) {
    hash
      .update(file)
      .update('\u0000')
      .update(readFileSync(join(root, file)))
      .update('\u0000');
  }
  return hash.digest('hex');
}

const sources = sourcesHash();
const built =
  existsSync(join(root, 'dist', 'site', 'index.html')) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8').trim() === sources;
if (built && !process.argv.includes('--force')) {
  process.exit(0);
}
await build({
  configFile: join(root, 'vite.config.ts'),
  root: join(root, 'src/site'),
  logLevel: 'warn',
});
writeFileSync(stampFile, `${sources}\n`);
