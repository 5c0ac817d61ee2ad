// Writes a backup file (format.ts): the whole graph read in one transaction, streamed through gzip, then the
// saved files. Written to a temporary name and renamed at the end, so FILE is either a complete backup or absent.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Target } from './connection.ts';
import { ContentHasher, SnapshotTornError } from './content-hash.ts';
import { FORMAT, FORMAT_VERSION, type EndLine, type HeaderLine } from './format.ts';
import type { OnProgress } from './progress.ts';
import { readGraph } from './read-graph.ts';
import { readSavedFiles, type SavedFolders } from './saved-files.ts';

export interface BackupOptions {
  file: string;
  folders: SavedFolders;
  /** May return a promise: the read waits for it (so a caller can act while the transaction is open). */
  onProgress?: (p: { phase: string; done: number; total: number }) => void | Promise<void>;
  /** Reads to try when writes keep landing during the read. */
  attempts?: number;
}

export interface BackupReport {
  file: string;
  counts: HeaderLine['counts'];
  contentHash: string;
  bytes: number;
  attempts: number;
  seconds: number;
}

export class BackupError extends Error {}

class ChangedWhileReading extends Error {}

/** One attempt: true when the file holds one consistent state of the graph. */
async function attempt(target: Target, tmp: string, opts: BackupOptions, progress: OnProgress | BackupOptions['onProgress']) {
  const files = readSavedFiles(opts.folders);
  const out = createWriteStream(tmp);
  const gz = createGzip({ level: 6 });
  // A full disk or an unwritable folder fails the backup with its message instead of crashing the process.
  let streamError: Error | null = null;
  out.on('error', (err) => { streamError = err; gz.destroy(err); });
  gz.on('error', (err) => { streamError ??= err; });
  gz.pipe(out);
  const sha = createHash('sha256');
  const write = async (line: unknown) => {
    if (streamError) throw new BackupError(`backup: cannot write ${opts.file}: ${(streamError as Error).message}`);
    const text = `${JSON.stringify(line)}\n`;
    sha.update(text);
    if (!gz.write(text)) await once(gz, 'drain');
  };
  const hasher = new ContentHasher();
  const numbers = new Map<string, number>();
  let expected = { nodes: 0, relationships: 0 };
  let rels = 0;
  try {
    const { unchanged } = await readGraph(target, {
      async start(info) {
        expected = info;
        const header: HeaderLine = {
          kind: FORMAT, format: FORMAT_VERSION, createdAt: new Date().toISOString(),
          neo4j: { version: info.version, edition: info.edition }, database: target.database ?? null,
          counts: { nodes: info.nodes, relationships: info.relationships, files: files.length },
        };
        await write(header);
        await progress?.({ phase: 'backup: nodes', done: 0, total: info.nodes });
      },
      async node(id, labels, props) {
        const n = numbers.size;
        numbers.set(id, n);
        hasher.node(n, labels, props);
        await write({ n, l: labels, p: props });
        if (n % 1000 === 999) await progress?.({ phase: 'backup: nodes', done: n + 1, total: expected.nodes });
      },
      async relationship(type, props, start, end) {
        const [s, e] = [numbers.get(start), numbers.get(end)];
        if (s === undefined || e === undefined) throw new ChangedWhileReading();
        if (rels === 0) await progress?.({ phase: 'backup: relationships', done: 0, total: expected.relationships });
        hasher.relationship(type, props, s, e);
        await write({ r: type, s, e, p: props });
        if (++rels % 1000 === 0) await progress?.({ phase: 'backup: relationships', done: rels, total: expected.relationships });
      },
    });
    await progress?.({ phase: 'backup: nodes', done: numbers.size, total: numbers.size });
    await progress?.({ phase: 'backup: relationships', done: rels, total: rels });
    if (!unchanged || numbers.size !== expected.nodes || rels !== expected.relationships) throw new ChangedWhileReading();
    for (const f of files) await write(f);
    const counts = { nodes: numbers.size, relationships: rels, files: files.length };
    const end: EndLine = { end: true, counts, contentHash: hasher.value(), sha256: sha.digest('hex') };
    gz.end(`${JSON.stringify(end)}\n`);
    await finished(out).catch((err: Error) => {
      throw new BackupError(`backup: cannot write ${opts.file}: ${err.message}`);
    });
    return { counts, contentHash: end.contentHash };
  } catch (err) {
    gz.destroy();
    out.destroy();
    if (err instanceof SnapshotTornError) throw new ChangedWhileReading();
    throw err;
  }
}

export async function writeBackup(target: Target, opts: BackupOptions): Promise<BackupReport> {
  const started = Date.now();
  const tmp = `${opts.file}.partial`;
  const tries = opts.attempts ?? 3;
  mkdirSync(path.dirname(path.resolve(opts.file)), { recursive: true });
  try {
    for (let i = 1; i <= tries; i++) {
      try {
        const { counts, contentHash } = await attempt(target, tmp, opts, opts.onProgress);
        renameSync(tmp, opts.file);
        return { file: opts.file, counts, contentHash, bytes: statSync(opts.file).size, attempts: i, seconds: (Date.now() - started) / 1000 };
      } catch (err) {
        if (!(err instanceof ChangedWhileReading)) throw err;
      }
    }
    throw new BackupError(`backup: the graph changed while it was read, ${tries} times in a row; pause imports and uploads, then back up again`);
  } finally {
    rmSync(tmp, { force: true });
  }
}
