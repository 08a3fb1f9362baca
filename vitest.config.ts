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
  },
});
