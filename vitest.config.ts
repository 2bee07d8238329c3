import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// type-graphql needs decorators compiled the TypeScript way: SWC does that, esbuild does not.
const plugins = [
  swc.vite({
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
  }),
];
// One copy of graphql: Node loads its CommonJS build for type-graphql, so the tests must too.
const resolve = { alias: { graphql: 'graphql/index.js' } };
// The tests' clock (test/support/clock.ts): one instant for the whole run, the start of the run
// unless TEST_NOW names another, so every test file and the global setup share one "today".
process.env['TEST_NOW'] ||= new Date().toISOString();

export default defineConfig({
  test: {
    projects: [
      {
        plugins,
        resolve,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/setup/reflect.ts', 'test/setup/log-guard.ts'],
          // The unit files run beside the integration files on the same cores: a test that checks
          // every day of the calendar or formats a generated module takes seconds under that load.
          testTimeout: 30_000,
        },
      },
      {
        plugins,
        resolve,
        test: {
          name: 'integration',
          // The browser tests share the integration database, one file at a time.
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          setupFiles: ['test/setup/reflect.ts', 'test/setup/log-guard.ts'],
          globalSetup: ['test/setup/global-setup.ts', 'test/setup/site-build.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
