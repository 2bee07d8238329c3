import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { buildBareSchema, printSortedSchema } from '../schema.js';

const target = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));
writeFileSync(target, printSortedSchema(await buildBareSchema()));
process.stdout.write(`wrote ${target}\n`);
