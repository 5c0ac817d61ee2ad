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
  const nodeCols = ['id', 'labels', 'type', 'name', 'aliases', 'description', 'dataset', 'sources', 'status', 'category', 'credibility', 'reliability'];
  const nodes = [line(nodeCols), ...graph.nodes.map((n) => line([
    prefix + n.id, n.labels, n.props.type, n.props.name, n.props.aliases, n.props.description, dataset, n.props.sources,
    n.props.status, n.props.category, n.props.credibility, n.props.reliability,
  ]))];
  writeFileSync(path.join(dir, 'nodes.csv'), `${nodes.join('\n')}\n`);
  const rels = [line(['id', 'type', 'from', 'to', 'status', 'sources']), ...graph.relationships.map((r) => line([
    prefix + r.id, r.type, prefix + r.from, prefix + r.to, r.props.status, r.props.sources,
  ]))];
  writeFileSync(path.join(dir, 'relationships.csv'), `${rels.join('\n')}\n`);
}
