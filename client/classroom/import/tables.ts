// CSV tables -> the upload's node and link lists, each item keeping the line it came from for error messages.
import type { UploadEdge, UploadNode } from '@contract/datasets.ts';

export class ImportFileError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
  }
}

/** Column names, lower-cased and trimmed, with the synonyms people use. */
const NODE_COLUMNS = { id: ['id', 'node', 'key'], name: ['label', 'name', 'title'], type: ['type', 'kind', 'category'] };
const EDGE_COLUMNS = { source: ['source', 'from', 'src'], target: ['target', 'to', 'dst'], type: ['type', 'label', 'kind', 'relationship'] };

function columnIndex(header: string[], names: string[]): number {
  const clean = header.map((h) => h.trim().toLowerCase());
  return clean.findIndex((h) => names.includes(h));
}

export function looksLikeEdges(header: string[]): boolean {
  return columnIndex(header, EDGE_COLUMNS.source) >= 0 && columnIndex(header, EDGE_COLUMNS.target) >= 0;
}

function requireColumn(file: string, header: string[], names: string[]): number {
  const at = columnIndex(header, names);
  if (at < 0) throw new ImportFileError(file, `no '${names[0]}' column; the header row names ${header.map((h) => `'${h.trim()}'`).join(', ') || 'nothing'}`);
  return at;
}

const cell = (row: string[], at: number): string | undefined => (at >= 0 ? row[at]?.trim() || undefined : undefined);
const blank = (row: string[]): boolean => row.every((f) => f.trim() === '');

/** Rows after the header; the header is row 1, so data row i is row i + 2. */
export function nodesFromRows(file: string, rows: string[][]): UploadNode[] {
  const [header = []] = rows;
  const id = requireColumn(file, header, NODE_COLUMNS.id);
  const name = columnIndex(header, NODE_COLUMNS.name);
  const type = columnIndex(header, NODE_COLUMNS.type);
  return rows.slice(1).flatMap((r, i) => (blank(r) ? [] : [{ id: r[id]?.trim() ?? '', name: cell(r, name), type: cell(r, type), row: i + 2 }]));
}

export function edgesFromRows(file: string, rows: string[][]): UploadEdge[] {
  const [header = []] = rows;
  const source = requireColumn(file, header, EDGE_COLUMNS.source);
  const target = requireColumn(file, header, EDGE_COLUMNS.target);
  const type = columnIndex(header, EDGE_COLUMNS.type);
  return rows.slice(1).flatMap((r, i) => (blank(r) ? [] : [{ source: r[source]?.trim() ?? '', target: r[target]?.trim() ?? '', type: cell(r, type), row: i + 2 }]));
}

/** An edge list alone: its endpoints are the nodes, named by their ids. */
export function nodesFromEdges(edges: UploadEdge[]): UploadNode[] {
  const seen = new Map<string, UploadNode>();
  for (const e of edges) {
    for (const id of [e.source, e.target]) if (id && !seen.has(id)) seen.set(id, { id, row: e.row });
  }
  return [...seen.values()];
}
