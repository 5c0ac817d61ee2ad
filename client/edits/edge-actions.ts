// The edit buttons of a link's side panel. The panel (client/panels) knows nothing of editing: mount-edits registers
// what to show here, so a page without editing shows none.
import type { GraphEdge } from '@contract/graph.ts';

let provider: ((edge: GraphEdge) => HTMLElement | null) | undefined;

export function setEdgeActions(fn: (edge: GraphEdge) => HTMLElement | null): void {
  provider = fn;
}

export function edgeActions(edge: GraphEdge): HTMLElement | null {
  return provider?.(edge) ?? null;
}
