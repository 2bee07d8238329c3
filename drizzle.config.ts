// drizzle-kit loads src/db/schema.ts, which re-exports the tables from the modules' index files;
// those also load type-graphql classes, which need the metadata polyfill first.
import 'reflect-metadata';

import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
  casing: 'snake_case',
  strict: true,
  verbose: false,
});
