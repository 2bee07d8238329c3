// Lints src/, seeds/, bench/ and test/ from the repository root:
//   tools/lint/node_modules/.bin/eslint -c tools/lint/eslint.config.js --max-warnings 0 .
import { fileURLToPath } from 'node:url';

import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A file outside src/modules/<m>/ may import that module only through its index.ts. */
const MODULES = [
  'access',
  'api-keys',
  'audit',
  'calendar',
  'catalog',
  'checks',
  'collection-stats',
  'credit-code',
  'credit-lists',
  'disclosure',
  'import',
  'objections',
  'profile-cache',
  'records',
  'repair',
  'subjects',
];

function deepImportsInto(module) {
  return {
    group: [`**/modules/${module}/*`, `!**/modules/${module}/index.js`],
    message: `Import the ${module} module through its index.ts.`,
  };
}

function boundaryFor(files, allowed) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: MODULES.filter(m => m !== allowed).map(deepImportsInto) },
      ],
    },
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
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: `${root}/tsconfig.json` }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: Infinity }],
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
  boundaryFor(['src/**/*.ts', 'seeds/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'], null),
  ...MODULES.map(m => boundaryFor([`src/modules/${m}/**/*.ts`], m)),
);
