/**
 * What a first visit to the public site downloads: the files index.html loads (the entry, its
 * preloaded chunks and the stylesheet), raw and gzip-compressed as the server sends them, and the
 * chunks of the other pages, loaded when first opened. Reads the build in dist/site.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dir = fileURLToPath(new URL('../site/', import.meta.url));

async function sizes(file: string): Promise<{ raw: number; gzip: number }> {
  const bytes = await readFile(join(dir, file));
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

const html = await readFile(join(dir, 'index.html'), 'utf8');
const initial = [
  'index.html',
  ...[...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map(m => m[1]!),
];
const all = (await readdir(join(dir, 'assets'))).map(f => `assets/${f}`);
const lazy = all.filter(f => !initial.includes(f));

let raw = 0;
let gzip = 0;
console.log('first load of /:');
for (const file of initial) {
  const s = await sizes(file);
  raw += s.raw;
  gzip += s.gzip;
  console.log(`  ${file.padEnd(44)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`);
}
console.log(`  ${'total'.padEnd(44)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)} gzip`);
console.log('loaded when a page is first opened:');
for (const file of lazy) {
  const s = await sizes(file);
  console.log(`  ${file.padEnd(44)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`);
}
