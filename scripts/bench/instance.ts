// The benchmark's own Neo4j and API server, so a run never touches a user's data.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { portIsFree, startLocalNeo4j } from '../../server/neo4j-local/local-neo4j.ts';
import { createDriver } from '../../server/db/driver.ts';
import type { Db } from '../../server/db/run.ts';
import { applySchema } from '../../server/schema/apply.ts';
import { fork, type ChildProcess } from 'node:child_process';
import { DEFAULT_USER_QUERY_CONCURRENCY } from '../../server/config.ts';

export interface BenchInstance {
  db: Db;
  baseUrl: string;
  neo4jPid: number;
  /** The API server's own process (scripts/bench/api-child.ts). */
  serverPid: number;
  importDir: string;
  /** User Cypher's slots, as the app was built with (the config's default: one per core). */
  userQueryConcurrency: number;
  close(): Promise<void>;
}

export async function startBenchInstance(log: (l: string) => void): Promise<BenchInstance> {
  // A random start: several benches may start at once on one machine, and two that probe the same port together both
  // find it free and one Neo4j fails to bind.
  let port = 17687 + Math.floor(Math.random() * 2000);
  while (!(await portIsFree(port))) port++;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-neo4j-'));
  const importDir = mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
  const neo4j = await startLocalNeo4j({ dataDir, boltPort: port, password: 'bench-password', heap: '2g', pagecacheMb: 1024, benchImportDir: importDir, log });
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: 'bench-password' });
  // LOAD CSV and the write ceiling at 1M rows are single statements: far longer than a request's write deadline.
  const db: Db = { driver, timeoutMs: 120_000, writeTimeoutMs: 30 * 60_000 };
  await applySchema(db);
  const server = await startApiChild(neo4j.uri, mkdtempSync(path.join(os.tmpdir(), 'bench-q-')));
  return {
    db,
    baseUrl: server.baseUrl,
    neo4jPid: neo4j.pid,
    serverPid: server.child.pid!,
    importDir,
    userQueryConcurrency: DEFAULT_USER_QUERY_CONCURRENCY,
    async close() {
      await stopChild(server.child);
      await driver.close();
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(importDir, { recursive: true, force: true });
    },
  };
}

/** The API server in a child process of its own (why: scripts/bench/api-child.ts). */
async function startApiChild(uri: string, savedQueriesDir: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = fork(fileURLToPath(new URL('./api-child.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_NEO4J_URI: uri, BENCH_NEO4J_PASSWORD: 'bench-password', BENCH_SAVED_QUERIES_DIR: savedQueriesDir },
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`bench API server exited during start (code ${code})`)));
  });
  return { child, baseUrl: `http://127.0.0.1:${port}` };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}
