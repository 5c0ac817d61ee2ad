// Restores a backup file into an empty database (or, with force, one it empties first).
//
// What a failure leaves: the whole file is read and checked (readBackup) before anything is written, so a damaged
// or cut-short file leaves the database exactly as it was, even with force. Writes go in batches (a graph of any
// size fits the transaction memory cap); if one fails, everything written is deleted again and the database is
// left empty. A restore killed outright leaves a RestoreRun marker, which the next restore reports.
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Db } from '../db/run.ts';
import { applySchema } from '../schema/apply.ts';
import { awaitSearchIndex } from '../schema/search-index.ts';
import type { Target } from './connection.ts';
import { graphContentHash } from './content-hash.ts';
import type { EndLine, FileLine, HeaderLine } from './format.ts';
import type { OnProgress } from './progress.ts';
import { readBackup } from './read-backup.ts';
import { conflictingFiles, writeSavedFiles, type SavedFolders } from './saved-files.ts';

export const RESTORE_BATCH = 5_000;

export interface RestoreOptions {
  file: string;
  force?: boolean;
  folders: SavedFolders;
  onProgress?: OnProgress;
  batchSize?: number;
}

export interface RestoreReport {
  counts: HeaderLine['counts'];
  contentHash: string;
  wiped: number;
  seconds: { check: number; write: number; verify: number; total: number };
}

/** The database or folders hold something and force was not given: nothing was changed. */
export class RestoreRefusedError extends Error {}
/** Writing failed part-way: what was written has been deleted again. */
export class RestoreFailedError extends Error {}

const num = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v));

async function run(target: Target, name: string, params: Record<string, unknown> = {}) {
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx) => (await tx.run(cypher(name), params)).records.map((r) => r.toObject()));
  } finally {
    await session.close();
  }
}

async function autoCommit(target: Target, name: string) {
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(cypher(name));
  } finally {
    await session.close();
  }
}

export async function wipeDatabase(target: Target): Promise<void> {
  await autoCommit(target, 'restore-wipe-relationships');
  await autoCommit(target, 'restore-wipe-nodes');
}

async function check(file: string, onProgress: OnProgress) {
  let header: HeaderLine | null = null;
  let end: EndLine | null = null;
  const files: FileLine[] = [];
  let done = 0;
  for await (const item of readBackup(file)) {
    if (item.kind === 'header') {
      header = item.header;
      onProgress({ phase: 'restore: check file', done: 0, total: header.counts.nodes + header.counts.relationships });
    }
    else if (item.kind === 'file') files.push(item.file);
    else if (item.kind === 'end') end = item.end;
    else if (++done % 5000 === 0) onProgress({ phase: 'restore: check file', done, total: header!.counts.nodes + header!.counts.relationships });
  }
  onProgress({ phase: 'restore: check file', done, total: done });
  return { header: header!, end: end!, files };
}

/** Streams the file's nodes and relationships into the database in batches. */
async function writeGraph(target: Target, file: string, total: HeaderLine['counts'], batchSize: number, onProgress: OnProgress) {
  const ids: string[] = [];
  let nodes: { n: number; l: string[]; p: Record<string, unknown> }[] = [];
  let rels: { s: string; e: string; t: string; p: Record<string, unknown> }[] = [];
  let relsDone = 0;
  const flushNodes = async () => {
    if (!nodes.length) return;
    for (const row of await run(target, 'restore-nodes', { rows: nodes })) ids[num(row.n)] = row.id as string;
    nodes = [];
    onProgress({ phase: 'restore: nodes', done: ids.length, total: total.nodes });
  };
  const flushRels = async () => {
    if (!rels.length) return;
    const [row] = await run(target, 'restore-relationships', { rows: rels });
    if (num(row!.written) !== rels.length) throw new Error(`restore: ${rels.length - num(row!.written)} relationships found no end node`);
    relsDone += rels.length;
    rels = [];
    onProgress({ phase: 'restore: relationships', done: relsDone, total: total.relationships });
  };
  onProgress({ phase: 'restore: nodes', done: 0, total: total.nodes });
  for await (const item of readBackup(file)) {
    if (item.kind === 'node') {
      nodes.push({ n: item.n, l: item.labels, p: item.props });
      if (nodes.length >= batchSize) await flushNodes();
    } else if (item.kind === 'relationship') {
      await flushNodes();
      if (relsDone === 0 && rels.length === 0) onProgress({ phase: 'restore: relationships', done: 0, total: total.relationships });
      rels.push({ s: ids[item.start]!, e: ids[item.end]!, t: item.type, p: item.props });
      if (rels.length >= batchSize) await flushRels();
    }
  }
  await flushNodes();
  await flushRels();
}

export async function restoreBackup(target: Target, opts: RestoreOptions): Promise<RestoreReport> {
  const onProgress = opts.onProgress ?? (() => {});
  const t0 = Date.now();
  // Refused first when it will be refused anyway, so a large file is not read for nothing.
  const [state] = await run(target, 'restore-count');
  const present = num(state!.nodes);
  const interrupted = state!.interrupted as string[];
  if (!opts.force && present > 0) {
    const why = interrupted.length ? ` (a restore of ${interrupted[0]} was cut short there)` : '';
    throw new RestoreRefusedError(`restore: the database is not empty: it holds ${present.toLocaleString()} nodes${why}. A restore loads into an empty database; run it again with --force to delete everything in it first. Nothing was changed.`);
  }
  const { header, end, files } = await check(opts.file, onProgress);
  const t1 = Date.now();
  const conflicts = conflictingFiles(opts.folders, files);
  if (!opts.force && conflicts.length) {
    throw new RestoreRefusedError(`restore: these saved files exist with other content: ${conflicts.join(', ')}. Move them away, or run again with --force to replace them. Nothing was changed.`);
  }
  if (present > 0) {
    onProgress({ phase: 'restore: wipe', done: 0, total: present });
    await wipeDatabase(target);
    onProgress({ phase: 'restore: wipe', done: present, total: present });
  }
  const db: Db = { driver: target.driver, database: target.database, timeoutMs: 600_000 };
  await applySchema(db);

  try {
    await run(target, 'restore-begin', { file: opts.file, startedAt: new Date().toISOString() });
    await writeGraph(target, opts.file, header.counts, opts.batchSize ?? RESTORE_BATCH, onProgress);
    await run(target, 'restore-end');
  } catch (err) {
    await wipeDatabase(target);
    throw new RestoreFailedError(`restore: writing failed (${(err as Error).message}); everything it had written was deleted again, so the database is empty.`);
  }
  const t2 = Date.now();
  await awaitSearchIndex(db);
  onProgress({ phase: 'restore: verify', done: 0, total: 1 });
  const after = await graphContentHash(target);
  if (after.hash !== end.contentHash) {
    await wipeDatabase(target);
    throw new RestoreFailedError(`restore: the restored graph's content hash (${after.hash}) differs from the backup's (${end.contentHash}); it was deleted again, so the database is empty.`);
  }
  onProgress({ phase: 'restore: verify', done: 1, total: 1 });
  writeSavedFiles(opts.folders, files);
  const t3 = Date.now();
  return {
    counts: end.counts,
    contentHash: end.contentHash,
    wiped: present,
    seconds: { check: (t1 - t0) / 1000, write: (t2 - t1) / 1000, verify: (t3 - t2) / 1000, total: (t3 - t0) / 1000 },
  };
}
