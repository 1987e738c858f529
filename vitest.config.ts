import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Lets tests that measure memory (src/demo/generate-demo.test.ts) force a collection with global.gc() first.
    execArgv: ['--expose-gc'],
    // The JSON report lets CI print a one-line summary (.ci/run) and keeps a record of the run.
    reporters: ['default', 'json'],
    outputFile: { json: './test-artifacts/vitest-results.json' },
  },
});
