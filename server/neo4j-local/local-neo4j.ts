// Starts and stops the embedded Neo4j as a child process: waits for Bolt, stops cleanly on signal.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { classpath, ensureBuilt, GDS_PLUGIN_DIR, LocalNeo4jError, requireTool } from './build.ts';

export interface LocalNeo4jOptions {
  dataDir: string;
  boltPort: number;
  password: string;
  heap: string;
  pagecacheMb: number;
  log?: (line: string) => void;
  /** Bench only: a folder LOAD CSV may read, so the benchmark can time it against our import. */
  benchImportDir?: string;
  /** Load Graph Data Science (default true; NEO4J_GDS=off in the environment also leaves it out, as a server without the plugin). */
  gds?: boolean;
  /** How long to wait for Bolt before giving up. */
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
  /** Called once if the JVM exits after it was ready without stop() asking (kill -9, OOM, crash), with how it ended. */
  onUnexpectedExit(listener: (how: string) => void): void;
}

export const JAVA_HINT = 'install a Java 17+ JDK (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use a Neo4j you already run';

/** JVM flags Neo4j itself uses on Java 17+. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
];

export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? ((line: string) => console.log(line));
  await ensureBuilt(log);
  // Checked on every start, not only on builds: a JDK removed after the first build must still get a clear message.
  requireTool('java', ['-version'], JAVA_HINT);
  if (!(await portIsFree(opts.boltPort))) {
    throw new LocalNeo4jError(`port ${opts.boltPort} is taken, so the local Neo4j can't listen there. Stop whatever uses it (another Neo4j or scamgraph?), or set NEO4J_BOLT_PORT to a free port, or set NEO4J_URI to use that database instead.`);
  }
  const dataDir = path.resolve(opts.dataDir);
  const firstStart = !existsSync(path.join(dataDir, 'data'));
  mkdirSync(path.join(dataDir, 'logs'), { recursive: true });
  const javaLog = createWriteStream(path.join(dataDir, 'logs', 'launcher.log'), { flags: 'a' });
  log(`neo4j-local: starting Neo4j on bolt://127.0.0.1:${opts.boltPort} (data in ${path.relative(process.cwd(), dataDir) || dataDir})`);

  const gds = opts.gds ?? process.env.NEO4J_GDS !== 'off';
  const child = spawn('java', [`-Xmx${opts.heap}`, ...JVM_FLAGS, '-cp', classpath(gds), 'org.scamgraph.Launcher'], {
    env: {
      ...process.env,
      NEO4J_HOME: dataDir,
      NEO4J_BOLT_PORT: String(opts.boltPort),
      NEO4J_PASSWORD: opts.password,
      NEO4J_PAGECACHE_MB: String(opts.pagecacheMb),
      NEO4J_WATCH_STDIN: '1',
      NEO4J_BENCH_IMPORT_DIR: opts.benchImportDir ?? '',
      NEO4J_PLUGIN_DIR: gds ? GDS_PLUGIN_DIR : '',
    },
    // stdin stays a pipe we hold: if this process dies, the JVM sees EOF and shuts down cleanly.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(javaLog);
  child.stderr!.pipe(javaLog);
  await waitForReady(child, opts.startTimeoutMs ?? 180_000, log, dataDir, firstStart);
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  log(`neo4j-local: ready at ${uri}`);
  // Nothing used to notice a dead JVM (issue 11, item 4): the exit is now reported unless we asked for it.
  let stopping = false;
  const exitListeners: Array<(how: string) => void> = [];
  child.once('exit', (code, signal) => {
    if (stopping) return;
    const how = signal ? `killed by ${signal}` : `exit code ${code}`;
    for (const listener of exitListeners) listener(how);
  });
  return {
    uri,
    pid: child.pid!,
    stop: () => {
      stopping = true;
      return stopChild(child);
    },
    onUnexpectedExit: (listener) => void exitListeners.push(listener),
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number, log: (l: string) => void, dataDir: string, firstStart: boolean): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let buffer = '';
    const why = firstStart ? ' (the first start creates the store)' : '';
    const ticker = setInterval(() => log(`neo4j-local: still starting… ${Math.round((Date.now() - started) / 1000)}s${why}`), 5000);
    const done = (err?: Error) => {
      clearInterval(ticker);
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.off('exit', onExit);
      if (err) {
        child.kill('SIGTERM');
        reject(err);
      } else resolve();
    };
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      if (buffer.includes('READY ')) done();
      const failed = /FAILED (.*)/.exec(buffer);
      if (failed) done(new LocalNeo4jError(`Neo4j refused to start: ${failed[1]}`));
    };
    const onExit = (code: number | null) =>
      done(new LocalNeo4jError(`Neo4j exited during start (code ${code}). See ${path.join(dataDir, 'logs', 'launcher.log')} and ${path.join(dataDir, 'logs', 'neo4j.log')}.`));
    const timer = setTimeout(() => done(new LocalNeo4jError(`Neo4j did not open Bolt within ${timeoutMs / 1000}s; see ${path.join(dataDir, 'logs', 'launcher.log')}`)), timeoutMs);
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  });
}

/** SIGTERM runs the launcher's shutdown hook, which checkpoints; only a hung JVM gets SIGKILL. */
function stopChild(child: ChildProcess, graceMs = 60_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
