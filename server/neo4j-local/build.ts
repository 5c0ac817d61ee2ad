// Builds the embedded Neo4j launcher with Maven once, and again only when pom.xml or the launcher changes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAUNCHER_DIR = fileURLToPath(new URL('./', import.meta.url));
const STAMP = path.join(LAUNCHER_DIR, 'target', 'build.stamp');
const LAUNCHER_SRC = path.join(LAUNCHER_DIR, 'src/main/java/org/scamgraph/Launcher.java');
/** Roughly how many jars the first build downloads; only used to show a percentage. */
const EXPECTED_DOWNLOADS = 1210;

export class LocalNeo4jError extends Error {}

/** Graph Data Science's jars (pom.xml copies them here apart from target/lib, so a start can leave them out). */
export const GDS_PLUGIN_DIR = path.join(LAUNCHER_DIR, 'target/plugins');

export function classpath(withGds = true): string {
  return [path.join(LAUNCHER_DIR, 'target/classes'), path.join(LAUNCHER_DIR, 'target/lib/*'),
    ...(withGds ? [path.join(GDS_PLUGIN_DIR, '*')] : [])].join(path.delimiter);
}

function fingerprint(): string {
  return createHash('sha256').update(readFileSync(path.join(LAUNCHER_DIR, 'pom.xml'))).update(readFileSync(LAUNCHER_SRC)).digest('hex');
}

export function isBuilt(): boolean {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint()
    && existsSync(path.join(LAUNCHER_DIR, 'target/lib')) && readdirSync(path.join(LAUNCHER_DIR, 'target/lib')).length > 50
    && existsSync(GDS_PLUGIN_DIR) && readdirSync(GDS_PLUGIN_DIR).some((f) => f.startsWith('proc-'));
}

export function requireTool(cmd: string, args: string[], hint: string): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new LocalNeo4jError(`${cmd} is missing or broken: ${hint}`);
}

export async function ensureBuilt(log: (line: string) => void): Promise<void> {
  if (isBuilt()) return;
  requireTool('java', ['-version'], 'install a Java 17+ JDK (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use a Neo4j you already run');
  // Maven only matters when there is something to build.
  requireTool('mvn', ['-v'], 'install Maven (Debian: apt-get install maven), or set NEO4J_URI to use a Neo4j you already run');
  log('neo4j-local: building the embedded Neo4j 5.26 with Maven (first time: downloads ~170 MB from Maven Central, a minute or two)');
  const started = Date.now();
  let downloads = 0;
  let lastShown = 0;
  const tail: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', 'package', '-DskipTests', '-Dmaven.test.skip=true'], { cwd: LAUNCHER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 30) tail.shift();
        if (line.includes('Downloaded from')) downloads++;
      }
      if (Date.now() - lastShown > 2000) {
        lastShown = Date.now();
        const pct = Math.min(99, Math.round((downloads / EXPECTED_DOWNLOADS) * 100));
        log(`neo4j-local: building… ${downloads} files downloaded${downloads ? ` (~${pct}%)` : ''}, ${Math.round((Date.now() - started) / 1000)}s`);
      }
    };
    mvn.stdout.on('data', onLine);
    mvn.stderr.on('data', onLine);
    mvn.on('error', reject);
    mvn.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    throw new LocalNeo4jError(`Maven build of the embedded Neo4j failed (exit ${code}). Last output:\n${tail.join('\n')}\nIs Maven Central reachable? Retry with: cd server/neo4j-local && mvn -B package`);
  }
  writeFileSync(STAMP, fingerprint());
  log(`neo4j-local: built in ${Math.round((Date.now() - started) / 1000)}s (${downloads} files downloaded)`);
}
