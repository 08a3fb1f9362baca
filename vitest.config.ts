import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 20_000,
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
