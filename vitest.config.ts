import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * `@actions/workflow-parser` (inlined: it imports JSON without import attributes) ships source
 * maps whose sources it leaves out; Vite would warn once per file, about code that is not ours.
 */
const quietWorkflowParserSourceMaps: Plugin = {
  name: 'quiet-workflow-parser-source-maps',
  configResolved({ logger }) {
    const warnOnce = logger.warnOnce.bind(logger);
    logger.warnOnce = (message, options) => {
      if (!/^Sourcemap for ".*\/node_modules\/@actions\/workflow-parser\//.test(message))
        warnOnce(message, options);
    };
  },
};

export default defineConfig({
  plugins: [quietWorkflowParserSourceMaps],
  test: {
    include: ['__tests__/**/*.test.ts'],
    globalSetup: ['__tests__/support/global-setup.ts'],
    testTimeout: 20_000,
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      // Entry files run only inside dist/, which the end-to-end tests drive.
      exclude: ['src/*/index.ts'],
      reporter: ['text-summary'],
      // Just under what was measured when each floor was set: a floor may only rise. The whole
      // (and one floor per folder, so no folder can hide behind another) as of the dataflow and
      // teardown actions; the dataflow action's branches are what keeps the whole under 94.
      thresholds: {
        statements: 98.3,
        branches: 91.1,
        functions: 97.5,
        lines: 98.8,
        'src/connection/**': { statements: 99.7, branches: 95.4, functions: 100, lines: 99.9 },
        'src/platform/**': { statements: 98.8, branches: 93.5, functions: 97.3, lines: 99.2 },
        'src/github/**': { statements: 90, branches: 80, functions: 82.6, lines: 88.6 },
        'src/dataflow/**': { statements: 96.8, branches: 82.3, functions: 97.4, lines: 98.1 },
        'src/teardown/**': { statements: 99.9, branches: 92.5, functions: 99.9, lines: 99.9 },
      },
    },
  },
});
