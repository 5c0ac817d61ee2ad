// Reads a backup file line by line and checks it as it goes: gzip's CRC, each line against format.ts, the order
// (header, nodes numbered 0.., relationships between read nodes, files, end), and the end line's counts and checksum.
// Anything wrong throws BackupFileError saying what and where, so a restore can check a whole file before writing.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { z } from 'zod';
import { EndLine, FileLine, FORMAT, FORMAT_VERSION, HeaderLine, NodeLine, RelLine } from './format.ts';
import { decodeProperties, ValueError } from './values.ts';

export class BackupFileError extends Error {}

export type BackupItem =
  | { kind: 'header'; header: HeaderLine }
  | { kind: 'node'; n: number; labels: string[]; props: Record<string, unknown> }
  | { kind: 'relationship'; type: string; start: number; end: number; props: Record<string, unknown> }
  | { kind: 'file'; file: FileLine }
  | { kind: 'end'; end: EndLine };

/** Raw lines (with the bytes they came from), gunzipped; a cut-short or damaged gzip stream throws. */
async function* lines(file: string): AsyncGenerator<{ text: string; bytes: Buffer; no: number }> {
  if (!existsSync(file)) throw new BackupFileError(`no such file: ${file}`);
  const src = createReadStream(file);
  const gunzip = createGunzip();
  src.on('error', (err) => gunzip.destroy(err));
  src.pipe(gunzip);
  let rest = Buffer.alloc(0);
  let no = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      let at: number;
      while ((at = buf.indexOf(10)) >= 0) {
        const bytes = buf.subarray(0, at + 1);
        yield { text: bytes.toString('utf8', 0, at), bytes, no: ++no };
        buf = buf.subarray(at + 1);
      }
      rest = Buffer.from(buf);
    }
  } catch (err) {
    if (err instanceof BackupFileError) throw err;
    const why = (err as { code?: string }).code === 'Z_BUF_ERROR' ? 'it ends early (cut short while copying or writing?)' : `it is damaged (${(err as Error).message})`;
    throw new BackupFileError(`${file} is not a complete backup: ${why}`);
  }
  if (rest.length) throw new BackupFileError(`${file} is not a complete backup: its last line is cut short`);
}

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new BackupFileError(`${where}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Every item of the file, checked; the last one yielded is the end line, or this throws. */
export async function* readBackup(file: string): AsyncGenerator<BackupItem> {
  const sha = createHash('sha256');
  let header: HeaderLine | null = null;
  let nodes = 0;
  let relationships = 0;
  let files = 0;
  let ended = false;
  for await (const { text, bytes, no } of lines(file)) {
    const where = `${file}, line ${no}`;
    if (ended) throw new BackupFileError(`${where}: text after the end line`);
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new BackupFileError(`${where}: not JSON`);
    }
    try {
      if (!header) {
        if (json?.kind !== FORMAT) throw new BackupFileError(`${file} is not a scamgraph backup (no header line)`);
        if (json.format !== FORMAT_VERSION) throw new BackupFileError(`${file} is in backup format ${String(json.format)}; this version reads format ${FORMAT_VERSION}`);
        header = parse(HeaderLine, json, where);
        yield { kind: 'header', header };
      } else if ('end' in json) {
        const end = parse(EndLine, json, where);
        const seen = { nodes, relationships, files };
        for (const k of ['nodes', 'relationships', 'files'] as const) {
          if (end.counts[k] !== seen[k] || header.counts[k] !== seen[k]) throw new BackupFileError(`${where}: the file holds ${seen[k]} ${k}, but says ${end.counts[k]}`);
        }
        if (end.sha256 !== sha.digest('hex')) throw new BackupFileError(`${where}: the checksum does not match: the file was changed after it was written`);
        ended = true;
        yield { kind: 'end', end };
      } else if ('n' in json) {
        const line = parse(NodeLine, json, where);
        if (relationships || files || line.n !== nodes) throw new BackupFileError(`${where}: node ${line.n} is out of order`);
        nodes++;
        yield { kind: 'node', n: line.n, labels: line.l, props: decodeProperties(line.p) };
      } else if ('r' in json) {
        const line = parse(RelLine, json, where);
        if (files) throw new BackupFileError(`${where}: a relationship after the files`);
        if (line.s >= nodes || line.e >= nodes) throw new BackupFileError(`${where}: the relationship refers to a node the file does not hold`);
        relationships++;
        yield { kind: 'relationship', type: line.r, start: line.s, end: line.e, props: decodeProperties(line.p) };
      } else if ('f' in json) {
        files++;
        yield { kind: 'file', file: parse(FileLine, json, where) };
      } else {
        throw new BackupFileError(`${where}: not a line of a backup`);
      }
    } catch (err) {
      if (err instanceof ValueError) throw new BackupFileError(`${where}: ${err.message}`);
      throw err;
    }
    if (!ended) sha.update(bytes);
  }
  if (!header) throw new BackupFileError(`${file} is empty`);
  if (!ended) throw new BackupFileError(`${file} is not a complete backup: it has no end line (cut short?)`);
}
