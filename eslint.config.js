import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Layers (see ARCHITECTURE.md). Each entry forbids a layer from importing vendor packages
// or outer layers, so the direction of dependencies is checked, not just documented.
const vendorPackages = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'idb-keyval',
  '@mlc-ai/web-llm',
  'zod',
];
const frameworkFreeRestriction = {
  patterns: [
    {
      group: vendorPackages,
      message: 'The core, mock APIs and evaluator are framework-free: use an adapter.',
    },
    {
      group: ['**/adapters/**', '**/store/**', '**/ui/**'],
      message: 'Inner layers must not import outer layers.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/core/**', 'src/mock-apis/**', 'src/eval/**'],
    rules: { 'no-restricted-imports': ['error', frameworkFreeRestriction] },
  },
  {
    // Only the web-llm adapter touches web-llm; only the idb-keyval adapter touches idb-keyval.
    files: ['src/**'],
    ignores: ['src/adapters/web-llm/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@mlc-ai/web-llm', message: 'Import web-llm only in src/adapters/web-llm.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: [
      'src/adapters/idb-keyval/**',
      'src/core/**',
      'src/mock-apis/**',
      'src/eval/**',
      'src/adapters/web-llm/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'idb-keyval', message: 'Import idb-keyval only in src/adapters/idb-keyval.' },
            { name: '@mlc-ai/web-llm', message: 'Import web-llm only in src/adapters/web-llm.' },
          ],
        },
      ],
    },
  },
  {
    // Components read the store through selectors; they never reach the engine or storage.
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'idb-keyval', message: 'UI never touches storage: call a store action.' },
            {
              name: '@mlc-ai/web-llm',
              message: 'UI never touches the engine: call a store action.',
            },
          ],
          patterns: [
            {
              group: ['**/adapters/**'],
              message: 'UI never touches adapters: call a store action.',
            },
          ],
        },
      ],
    },
  },
);
