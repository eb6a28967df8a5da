import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One worker per core: the default leaves one core to the runner, which on 2 cores runs every file
    // one after another (CI: 112 s → 71 s with both).
    maxWorkers: '100%',
    // Test files share their worker's modules (DuckDB's wasm is compiled once per worker, not once per
    // file); every test makes its own database, so nothing else is shared.
    isolate: false,
  },
});
