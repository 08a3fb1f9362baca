import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Action folders: what platform/ and github/ serve, and so may never import. */
const ACTION_FOLDERS = ['**/connection/**', '**/dataflow/**', '**/teardown/**'];
/** The real runtime's parts: an action's entry file (src/<action>/index.ts) alone builds them. */
const REAL_RUNTIME = ['**/actions-core.js', '**/transport.js', '**/clock.js'];

/** Layering, checked on every file of src/: besides these, only github/actions-core.ts uses @actions/core. */
function restrictImports(...patterns) {
  const paths = [
    { name: '@actions/core', message: 'Use the ActionCore port (github/runtime.ts).' },
  ];
  return { 'no-restricted-imports': ['error', { patterns, paths }] };
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // `async` on a promise-returning port keeps a throw a rejection, awaited or not.
      '@typescript-eslint/require-await': 'off',
      'no-console': 'error',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/connection/**', 'src/dataflow/**'],
    rules: restrictImports({
      group: REAL_RUNTIME,
      message: 'Only an entry file builds the real runtime.',
    }),
  },
  {
    files: ['src/platform/**'],
    rules: restrictImports(
      { group: ACTION_FOLDERS, message: 'platform/ serves the actions and never imports one.' },
      { group: REAL_RUNTIME, message: 'Only an entry file builds the real runtime.' },
    ),
  },
  {
    files: ['src/github/**'],
    ignores: ['src/github/actions-core.ts'],
    rules: restrictImports({
      group: [...ACTION_FOLDERS, '**/platform/**'],
      message: 'github/ is the lowest layer: it imports neither platform/ nor an action.',
    }),
  },
  {
    files: ['src/*/index.ts', 'src/github/actions-core.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Asymmetric matchers (expect.any, expect.stringMatching) are typed `any` by design.
    files: ['__tests__/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    files: ['script/**', 'simulator/cli.ts'],
    rules: { 'no-console': 'off' },
  },
);
