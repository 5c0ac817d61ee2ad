import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Client modules import the shared contract through this alias, as in client/vite.config.ts.
  resolve: { alias: { '@contract': fileURLToPath(new URL('./server/contract', import.meta.url)) } },
  test: {
    include: ['tests/**/*.test.ts'],
    // One Neo4j of the tests' own per run, started once; suites that write take turns with those that read.
    globalSetup: ['tests/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
