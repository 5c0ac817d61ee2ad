// Writes the synthetic rows as the CSV files LOAD CSV reads in the import benchmark (same rows, other ids).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SyntheticGraph } from '../../server/synthetic/generate.ts';

const cell = (v: unknown) => {
  const s = v === undefined || v === null ? '' : Array.isArray(v) ? v.join(';') : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const line = (values: unknown[]) => values.map(cell).join(',');

/** `prefix` keeps the CSV copy's ids apart from the import path's copy in the same database. */
export function writeCsv(dir: string, graph: SyntheticGraph, prefix: string, dataset: string): void {
  // Every property the import path writes, so both sides store the same rows.
  const propCols = ['type', 'name', 'aliases', 'description', 'sources', 'named', 'category', 'status', 'isOpinion', 'credibility',
    'assertedOn', 'statusHistoryJson', 'reliability', 'kind', 'publisher', 'held', 'citedBy'];
  const nodes = [line(['id', 'labels', 'dataset', ...propCols]), ...graph.nodes.map((n) => line([
    prefix + n.id, n.labels, dataset, ...propCols.map((c) => n.props[c]),
  ]))];
  writeFileSync(path.join(dir, 'nodes.csv'), `${nodes.join('\n')}\n`);
  const rels = [line(['id', 'type', 'from', 'to', 'status', 'sources']), ...graph.relationships.map((r) => line([
    prefix + r.id, r.type, prefix + r.from, prefix + r.to, r.props.status, r.props.sources,
  ]))];
  writeFileSync(path.join(dir, 'relationships.csv'), `${rels.join('\n')}\n`);
}
