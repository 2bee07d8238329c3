// Lints src/, seeds/, bench/ and test/ from the repository root (`npm run lint`):
//   tools/lint/node_modules/.bin/eslint -c tools/lint/eslint.config.js --max-warnings 0 src seeds test bench
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every folder of src/modules/ is a module whose door is its index.ts. */
const MODULES = readdirSync(`${root}/src/modules`, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name);

/**
 * Code outside src/modules/<m>/ (other modules, the platform's own files, seeds, tests, benches)
 * may import <m> only through src/modules/<m>/index.ts. The zones are checked on resolved file
 * paths, so `../records/shared/x.js` from a sibling module is caught like
 * `../src/modules/records/shared/x.js` from a test.
 */
function boundaryOf(module) {
  return {
    target: [
      `${root}/src/*.ts`,
      `${root}/src/!(modules)/**`,
      `${root}/src/modules/!(${module})/**`,
      `${root}/seeds/**`,
      `${root}/test/**`,
      `${root}/bench/**`,
    ],
    from: `${root}/src/modules/${module}`,
    except: ['./index.ts'],
    message: `Import the ${module} module through src/modules/${module}/index.ts.`,
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/__generated__/**',
      'tools/**',
      'schema/**',
      'drizzle/**',
      // The public site has its own tsconfig (DOM, bundler resolution) and imports only pure
      // files of credit-code and the records' labels, never a door: a door would pull
      // type-graphql and drizzle into the browser bundle.
      'src/site/**',
      '*.config.ts',
    ],
  },
  {
    files: ['src/**/*.ts', 'seeds/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    plugins: { '@typescript-eslint': tseslint.plugin, 'import-x': importX },
    settings: {
      // import-x follows only files with these extensions, parsed with this parser; without
      // them it does not read the imported .ts files and no-cycle finds nothing.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: `${root}/tsconfig.json` }),
      ],
    },
    rules: {
      // A cycle of runtime imports makes the load order decide whether a binding is ready
      // (type-graphql's decorators read classes at load time). import-x skips `import type` and
      // imports whose specifiers are all `type`: TypeScript erases them, so they cannot take
      // part in a load-order cycle; a type may name a neighbour that depends on this module.
      'import-x/no-cycle': ['error', { maxDepth: Infinity }],
      'import-x/no-restricted-paths': ['error', { zones: MODULES.map(boundaryOf) }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSAsExpression.expression > TSUnknownKeyword.typeAnnotation',
          message: 'No `as unknown as`: type the value instead.',
        },
      ],
    },
  },
);
