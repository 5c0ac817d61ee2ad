// Draws a set of fetched nodes and edges (a path, a query's graph) beside what is shown, never moving seen nodes.
import type { GraphView } from '../cy/graph-view.ts';
import type { GraphPart, GraphStore } from '../state/graph-store.ts';

/** Returns how many nodes were new. */
export async function drawPart(view: GraphView, store: GraphStore, part: GraphPart): Promise<number> {
  store.absorbGraph(part);
  const first = part.nodes[0];
  if (!first) return 0;
  const fresh = part.nodes.filter((n) => !view.has(n.id)).length;
  // Anchoring on a node already drawn, or one placed beside the drawing, keeps what was seen still.
  let anchor = part.nodes.find((n) => view.has(n.id))?.id;
  if (!anchor && !view.isEmpty) {
    view.addLoose(first);
    anchor = first.id;
  }
  await view.addAround(anchor ?? first.id, part.nodes, part.edges, store.node);
  return fresh;
}
