// The bench's API server in a process of its own, as in production: at 16 clients on 2 cores, an API server sharing
// the bench's event loop would queue behind the very HTTP clients that load it, which the raw driver never does.
// Started by instance.ts with fork(); it says its port over IPC and ends when told, or when its parent goes away.
import type { AddressInfo } from 'node:net';
import { createDriver } from '../../server/db/driver.ts';
import { createApp } from '../../server/app.ts';

const { BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD, BENCH_SAVED_QUERIES_DIR } = process.env;
const driver = createDriver({ uri: BENCH_NEO4J_URI!, user: 'neo4j', password: BENCH_NEO4J_PASSWORD! });
const app = createApp({ driver, config: { AUTH: 'off', QUERY_TIMEOUT_MS: 120_000, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: BENCH_SAVED_QUERIES_DIR!,
  // A benchmark measures the server, not the rate limiter (server/security/rate-limit.ts).
  RATE_LIMIT_QUERIES: 1_000_000, RATE_LIMIT_WRITES: 1_000_000 } });
const server = app.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));

const stop = () => {
  server.closeAllConnections();
  server.close();
  void driver.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
