// The graph form of a user query's rows: contract nodes and edges, endpoints fetched when the rows lacked them.
import type { GraphEdge, GraphNode } from '../contract/graph.ts';
import { readQuery, type Db, type Row } from './run.ts';
import { asNode, toGraphEdge, toGraphNode } from './mappers.ts';
import { missingEndpoints, tableOf } from './result-values.ts';

export async function tableAndGraph(db: Db, columns: string[], rows: Row[]): Promise<{ table: unknown[][]; nodes: GraphNode[]; edges: GraphEdge[] }> {
  const { table, found } = tableOf(columns, rows);
  const extra = missingEndpoints(found);
  if (extra.length > 0) {
    for (const row of await readQuery(db, 'nodes-by-element-id', { ids: extra })) {
      const n = asNode(row.node);
      found.nodes.set(n.elementId, n);
    }
  }
  const idOf = (elementId: string) => String(found.nodes.get(elementId)?.properties.id ?? elementId);
  const nodes = [...found.nodes.values()].map(toGraphNode);
  const edges = [...found.relationships.values()]
    .map((r) => toGraphEdge(r, idOf(r.startNodeElementId), idOf(r.endNodeElementId)))
    .map((e) => (e.id ? e : { ...e, id: `${e.type}:${e.source}:${e.target}` }));
  return { table, nodes, edges };
}
