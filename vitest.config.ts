import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The JSON report lets CI print a one-line summary (.ci/run) and keeps a record of the run.
    reporters: ['default', 'json'],
    outputFile: { json: './test-artifacts/vitest-results.json' },
  },
});
