// Resolves the source ids that nodes and edges cite into summaries, in one query.
import type { GraphEdge, GraphNode, SourceSummary } from '../contract/graph.ts';
import { readQuery, type Db } from '../db/run.ts';
import { asNode, toSourceSummary } from '../db/mappers.ts';

export function citedSourceIds(nodes: GraphNode[], edges: GraphEdge[]): string[] {
  const ids = new Set<string>();
  for (const n of nodes) {
    n.sources.forEach((s) => ids.add(s));
    if (n.type === 'Source') ids.add(n.id);
  }
  for (const e of edges) e.sources.forEach((s) => ids.add(s));
  return [...ids].sort();
}

export async function sourcesById(db: Db, ids: string[]): Promise<Record<string, SourceSummary>> {
  if (ids.length === 0) return {};
  const rows = await readQuery(db, 'sources-by-id', { ids });
  return Object.fromEntries(rows.map((r) => {
    const s = toSourceSummary(asNode(r.source));
    return [s.id, s];
  }));
}
