// The exchange model every format reads and writes: a dataset's nodes and relationships exactly as the one import
// path (server/import/import-graph.ts) takes them. Pure TypeScript, no node: imports, so the browser's "export the
// view" runs the very same writers (client/explore/export/).
import { kindsOf, type ValueKind } from './values.ts';

/** A node as stored: its id, every label, every property (plain JSON values: text, numbers, booleans, lists). */
export interface InteropNode { id: string; labels: string[]; props: Record<string, unknown> }

/** A relationship as stored; `type` is checked against the vocabulary when the rows are imported. */
export interface InteropRel { id: string; type: string; from: string; to: string; props: Record<string, unknown> }

export const FORMAT_NAMES = ['scamgraph-json', 'graphml', 'gexf', 'cyjs', 'csv', 'ftm'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface DumpHeader {
  /** The dataset the rows come from ('view' for the explorer's view export). */
  dataset: string;
  nodes: number;
  relationships: number;
  /** ISO date-time of the export. */
  exportedAt: string;
  /** Every property key with the one kind holding all its values: text formats declare their keys before any row. */
  nodeKeys: Record<string, ValueKind>;
  relKeys: Record<string, ValueKind>;
}

/**
 * A whole dataset, read in pages: a writer walks nodes() and then relationships() once each, so a big dataset is
 * never held in memory twice. An in-memory graph is a dump with one page of each (see dumpOf).
 */
export interface Dump {
  header: DumpHeader;
  nodes(): AsyncIterable<InteropNode[]>;
  relationships(): AsyncIterable<InteropRel[]>;
  /**
   * The recorded changes to these elements (issue 12's audit trail: historyOf(store, ids) in server/audit/store.ts on
   * branch i12-edits), asked for once the writer has seen every id; carried by scamgraph-json only. Absent: no history.
   */
  history?(ids: readonly string[]): unknown[] | Promise<unknown[]>;
}

export interface WriteOptions {
  /** GEXF only: '1.3' (default) or '1.2' (the 1.2draft namespace networkx 2.8 and older readers need). */
  gexfVersion?: '1.3' | '1.2';
  /** View exports: node positions on the canvas, by node id. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  /** View exports: GEXF node colours by node id. */
  colours?: ReadonlyMap<string, { r: number; g: number; b: number }>;
}

export interface ReadOptions {
  /** The file's name, for error messages and format sniffing. */
  file?: string;
  /** The format's companion file beside it, when there is one (FtM's FILE.scamgraph.json, see Format.companion). */
  companion?: Uint8Array;
}

/** What a reader got out of a file: the rows, the dataset the file says it holds, and what it had to change or drop. */
export interface ReadResult {
  dataset?: string;
  nodes: InteropNode[];
  relationships: InteropRel[];
  notices: string[];
  /** scamgraph-json only: the recorded history, for the team store to take back. */
  history?: unknown[];
}

export type Chunk = string | Uint8Array;

export interface Format {
  name: FormatName;
  /** File extension without the dot, and the media type for Content-Disposition / downloads. */
  extension: string;
  mediaType: string;
  /** What this format cannot hold, said in the export itself (file header or README in the zip) and in the docs. */
  leavesOut: readonly string[];
  read(bytes: Uint8Array, options?: ReadOptions): ReadResult | Promise<ReadResult>;
  write(dump: Dump, options?: WriteOptions): AsyncIterable<Chunk>;
  /** A second file written beside the first as FILE + suffix, and read back as ReadOptions.companion (FtM's extension). */
  companion?: { suffix: string; write(dump: Dump, options?: WriteOptions): AsyncIterable<Chunk> };
}

/** A reader's refusal: names the file, the element, row or line, and the field, so the API can answer 400. */
export class InteropReadError extends Error {
  constructor(readonly file: string, readonly where: string, readonly field: string | undefined, reason: string) {
    super(`${file}, ${where}${field ? `, ${field}` : ''}: ${reason}`);
  }
}

/** An in-memory graph as a dump (one page of each), for view exports and tests. */
export function dumpOf(dataset: string, nodes: InteropNode[], relationships: InteropRel[], exportedAt = new Date().toISOString()): Dump {
  return {
    header: {
      dataset, nodes: nodes.length, relationships: relationships.length, exportedAt,
      nodeKeys: Object.fromEntries(kindsOf(nodes).sorted()), relKeys: Object.fromEntries(kindsOf(relationships).sorted()),
    },
    async *nodes() { yield nodes; },
    async *relationships() { yield relationships; },
  };
}

/** Every chunk of a writer joined: text formats as a string, binary (zip) as bytes. */
export async function collectChunks(chunks: AsyncIterable<Chunk>): Promise<string | Uint8Array> {
  const parts: Chunk[] = [];
  for await (const c of chunks) parts.push(c);
  if (parts.every((p) => typeof p === 'string')) return (parts as string[]).join('');
  const bytes = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p));
  const out = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of bytes) { out.set(b, at); at += b.length; }
  return out;
}

export const textOf = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: false }).decode(bytes);
