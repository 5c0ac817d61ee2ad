// Backup and restore (issue 11, item 17) on a Neo4j of the test's own: the curated seed, a small synthetic import
// (with its ImportRun record) and synthetic elements holding every kind of value, plus saved query and tour files.
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inspect, promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/local-neo4j.ts';
import { createDriver } from '../../server/db/driver.ts';
import { cypher } from '../../server/db/cypher-files.ts';
import { readQuery, writeQuery, type Db } from '../../server/db/run.ts';
import { applySchema } from '../../server/schema/apply.ts';
import { loadSeed } from '../../server/seed/load.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { importGraph } from '../../server/import/import-graph.ts';
import { losslessTarget, type Target } from '../../server/backup/connection.ts';
import { graphContentHash } from '../../server/backup/content-hash.ts';
import { writeBackup } from '../../server/backup/backup.ts';
import { BackupFileError } from '../../server/backup/read-backup.ts';
import { restoreBackup, RestoreRefusedError, wipeDatabase } from '../../server/backup/restore.ts';
import type { SavedFolders } from '../../server/backup/saved-files.ts';
import { InterruptedRestoreError, refuseInterruptedRestore } from '../../server/backup/interrupted.ts';
import { boot } from '../../server/startup/boot.ts';
import { loadConfig } from '../../server/config.ts';
import { freePort } from '../support/free-port.ts';

const PASSWORD = 'backup-test-pw';
const work = mkdtempSync(path.join(os.tmpdir(), 'scamgraph-backup-'));
const folders: SavedFolders = { 'saved-queries': path.join(work, 'saved-queries'), 'saved-tours': path.join(work, 'saved-tours') };
const QUERY_FILE = '// ---\n// title: Synthetic saved query\n// ---\nMATCH (n:Entity) RETURN n.name AS name LIMIT 1\n';
const TOUR_FILE = '{"id": "synthetic-tour", "title": "Synthetic tour", "steps": []}\n';

let local: LocalNeo4j;
let db: Db;
let target: Target;

/** The synthetic elements' raw values and Cypher types, read without the backup's own encoding. */
async function syntheticValues() {
  const { records } = await target.driver.executeQuery(cypher('backup-test-values'));
  const sorted = (xs: unknown[]) => [...xs].sort((a, b) => inspect(a, { depth: 9 }).localeCompare(inspect(b, { depth: 9 })));
  return { nodes: sorted(records[0]!.get('nodes')), relationships: sorted(records[0]!.get('relationships')) };
}

const counts = async () => (await readQuery(db, 'test-graph-counts'))[0];

beforeAll(async () => {
  local = await startLocalNeo4j({ dataDir: path.join(work, 'neo4j'), boltPort: await freePort(), password: PASSWORD, heap: '512m', pagecacheMb: 64, gds: false, log: () => {} });
  db = { driver: createDriver({ uri: local.uri, user: 'neo4j', password: PASSWORD }), timeoutMs: 60_000 };
  target = losslessTarget(local.uri, { NEO4J_USER: 'neo4j', NEO4J_PASSWORD: PASSWORD, NEO4J_DATABASE: undefined });
  await applySchema(db);
  await loadSeed(db);
  await importGraph(db, generateSynthetic({ nodes: 300, seed: 11, dataset: 'synthetic-backup-300' }), { batchSize: 100 });
  await target.driver.executeQuery(cypher('backup-test-kinds'), { bytes: new Int8Array([0, 1, -1, 127, -128]) });
  mkdirSync(folders['saved-queries']!, { recursive: true });
  mkdirSync(folders['saved-tours'], { recursive: true });
  writeFileSync(path.join(folders['saved-queries']!, 'synthetic-saved.cypher'), QUERY_FILE);
  writeFileSync(path.join(folders['saved-tours'], 'synthetic-tour.json'), TOUR_FILE);
}, 240_000);

afterAll(async () => {
  await target?.driver.close();
  await db?.driver.close();
  await local?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('backup and restore', () => {
  const file = path.join(work, 'graph.jsonl.gz');
  let before: Awaited<ReturnType<typeof graphContentHash>>;

  it('restores every node and relationship exactly: content hash, counts and raw typed values equal after backup → wipe → restore', async () => {
    before = await graphContentHash(target);
    const values = await syntheticValues();
    const countsBefore = await counts();
    expect(before.nodes).toBeGreaterThan(350);
    const phases = new Set<string>();
    const report = await writeBackup(target, { file, folders, onProgress: (p) => void phases.add(p.phase) });
    expect(report.contentHash).toBe(before.hash);
    expect(report.counts).toEqual({ nodes: before.nodes, relationships: before.relationships, files: 2 });

    await wipeDatabase(target);
    rmSync(folders['saved-queries']!, { recursive: true });
    rmSync(folders['saved-tours'], { recursive: true });
    expect((await counts())!.nodes).toBe(0);

    const restored = await restoreBackup(target, { file, folders, batchSize: 97, onProgress: (p) => void phases.add(p.phase) });
    expect(restored.wiped).toBe(0);
    expect(await graphContentHash(target)).toEqual(before);
    expect(await counts()).toEqual(countsBefore);
    expect(await syntheticValues()).toEqual(values);
    expect(readFileSync(path.join(folders['saved-queries']!, 'synthetic-saved.cypher'), 'utf8')).toBe(QUERY_FILE);
    expect(readFileSync(path.join(folders['saved-tours'], 'synthetic-tour.json'), 'utf8')).toBe(TOUR_FILE);
    expect([...phases]).toEqual(expect.arrayContaining(['backup: nodes', 'backup: relationships', 'restore: check file', 'restore: nodes', 'restore: relationships']));
  }, 180_000);

  it('refuses a database that is not empty unless forced, and changes nothing when it refuses', async () => {
    const err = await restoreBackup(target, { file, folders }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RestoreRefusedError);
    expect((err as Error).message).toMatch(/not empty.*--force/);
    expect(await graphContentHash(target)).toEqual(before);

    await writeQuery(db, 'test-marker-write', { id: 'marker-extra' });
    writeFileSync(path.join(folders['saved-tours'], 'synthetic-tour.json'), '{"changed": true}\n');
    const forced = await restoreBackup(target, { file, folders, force: true });
    expect(forced.wiped).toBe(before.nodes + 1);
    expect(await graphContentHash(target)).toEqual(before);
    expect(readFileSync(path.join(folders['saved-tours'], 'synthetic-tour.json'), 'utf8')).toBe(TOUR_FILE);
  }, 180_000);

  it('refuses a cut-short, damaged or edited file with a clear message, before writing anything (even with --force)', async () => {
    const bytes = readFileSync(file);
    const lines = gunzipSync(bytes).toString('utf8').split('\n');
    const bad = {
      'cut-short.gz': bytes.subarray(0, Math.floor(bytes.length / 2)),
      'damaged.gz': Buffer.from(bytes.map((b, i) => (i === Math.floor(bytes.length / 2) ? b ^ 0xff : b))),
      'edited.gz': gzipSync(lines.map((l, i) => (i === 5 ? l.replace(/"p":\{/, '"p":{"extra":1,') : l)).join('\n')),
      'no-end-line.gz': gzipSync(`${lines.slice(0, -2).join('\n')}\n`),
      'not-gzip.gz': Buffer.from('hello\n'),
    };
    const messages: string[] = [];
    for (const [name, content] of Object.entries(bad)) {
      const f = path.join(work, name);
      writeFileSync(f, content);
      const err = await restoreBackup(target, { file: f, folders, force: true }).catch((e: unknown) => e);
      expect(err, name).toBeInstanceOf(BackupFileError);
      messages.push((err as Error).message);
      // The database is as it was: not wiped, not half-restored.
      expect(await graphContentHash(target), name).toEqual(before);
    }
    expect(messages[0]).toMatch(/not a complete backup: it ends early/);
    expect(messages[2]).toMatch(/checksum does not match/);
    expect(messages[3]).toMatch(/no end line/);
  }, 180_000);

  it('reads again when a write lands during the read, so the file holds one consistent state', async () => {
    // Two writes: one that adds a node (the counts read first no longer match), and one that only changes a
    // property (only the bookmarks before and after the read differ).
    for (const [i, write] of [
      () => writeQuery(db, 'test-marker-write', { id: 'marker-during-backup' }),
      () => writeQuery(db, 'backup-test-touch'),
    ].entries()) {
      const start = await graphContentHash(target);
      let wrote = false;
      const report = await writeBackup(target, {
        file: path.join(work, `during-write-${i}.jsonl.gz`),
        folders,
        onProgress: async () => {
          if (wrote) return;
          wrote = true;
          await write();
        },
      });
      expect(report.attempts, `write ${i}`).toBe(2);
      const now = await graphContentHash(target);
      expect(now.hash, `write ${i}`).not.toBe(start.hash);
      expect(report.contentHash, `write ${i}`).toBe(now.hash);
    }
  }, 180_000);

  it('a restore killed outright (kill -9 with relationships part written) stops npm start, naming the file; restoring again with --force finishes it exactly', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/restore-child.ts', file, '40', mkdtempSync(path.join(work, 'kill-'))], {
      env: { ...process.env, NEO4J_URI: local.uri, NEO4J_PASSWORD: PASSWORD, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((r) => child.once('exit', r));
    let out = '';
    child.stderr!.on('data', (c: Buffer) => { out += c.toString(); });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`restore never reached its relationships:\n${out}`)), 90_000);
        child.stdout!.on('data', (c: Buffer) => { out += c.toString(); if (out.includes('"event":"frozen"')) { clearTimeout(timer); resolve(); } });
        void exited.then(() => { clearTimeout(timer); reject(new Error(`restore ended before it was killed:\n${out}`)); });
      });
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    // Part of the backup is there: neither the old graph nor the new one.
    expect((await counts())!.nodes).toBeGreaterThan(0);
    expect(await graphContentHash(target)).not.toEqual(before);
    const refused = await refuseInterruptedRestore(db).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InterruptedRestoreError);
    // npm start's own boot refuses to serve it (before the fix it served the half graph), and says what to run.
    const config = loadConfig({ NEO4J_URI: local.uri, NEO4J_PASSWORD: PASSWORD, PORT: String(await freePort()), AUTH: 'off', TEAM_STORE_FILE: path.join(work, 'team.sqlite'), SAVED_QUERIES_DIR: folders['saved-queries']! });
    const started = await boot(config, () => {}, { buildClient: false }).then(async (r) => { await r.close(); return 'served'; }, (e: unknown) => e);
    expect(started).toBeInstanceOf(InterruptedRestoreError);
    expect((started as Error).message).toContain(`npm run restore -- ${file} --force`);

    const finished = await restoreBackup(target, { file, folders, force: true });
    expect(finished.wiped).toBeGreaterThan(0);
    expect(await graphContentHash(target)).toEqual(before);
    await expect(refuseInterruptedRestore(db)).resolves.toBeUndefined();
  }, 240_000);

  it('npm run backup and npm run restore work against a database named by NEO4J_URI, with progress, and restore refuses without --force', async () => {
    const cwd = mkdtempSync(path.join(work, 'cli-'));
    const env = { ...process.env, NEO4J_URI: local.uri, NEO4J_PASSWORD: PASSWORD, SAVED_QUERIES_DIR: folders['saved-queries']! };
    const tsx = path.resolve('node_modules/.bin/tsx');
    const run = (script: string, ...args: string[]) =>
      promisify(execFile)(tsx, [path.resolve('scripts', script), ...args], { cwd, env, timeout: 120_000 }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      );
    const cliFile = path.join(cwd, 'cli.jsonl.gz');
    const backup = await run('backup.ts', cliFile);
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toMatch(/backup: nodes .*\/s/);
    expect(backup.out).toMatch(/content hash sha256:/);
    const refused = await run('restore.ts', cliFile);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/not empty.*--force/);
    copyFileSync(cliFile, path.join(cwd, 'copy.jsonl.gz'));
    const restored = await run('restore.ts', path.join(cwd, 'copy.jsonl.gz'), '--force');
    expect(restored.code, restored.out).toBe(0);
    expect(restored.out).toMatch(/restore: relationships .*\/s/);
    expect(restored.out).toMatch(/matches the backup/);
  }, 240_000);
});
