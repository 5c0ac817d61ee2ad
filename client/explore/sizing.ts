// Sizes nodes by degree, betweenness or PageRank of the visible graph, keeping each type's shape and proportions.
import type { Collection, Core, NodeSingular } from 'cytoscape';
import { NodeType } from '@contract/vocabulary.ts';
import { typeLook } from '../cy/palette.ts';
import type { Settings, SizeBy } from './types.ts';
import { visibleGraph } from './visible.ts';

export const sizeWords: Record<SizeBy, string> = {
  none: 'by type only',
  degree: 'degree (how many links)',
  betweenness: 'betweenness (how often on shortest paths)',
  pagerank: 'PageRank (linked from well-linked nodes)',
};

/** Scores in [0, 1] per visible node, scaled by the largest so the most central node is always the biggest. */
export function centrality(graph: Collection, by: Exclude<SizeBy, 'none'>): Map<string, number> {
  const nodes = graph.nodes();
  const raw = new Map<string, number>();
  if (by === 'degree') {
    const result = graph.degreeCentralityNormalized({ directed: false, weight: () => 1 }) as { degree(n: NodeSingular): number };
    nodes.forEach((n) => { raw.set(n.id(), result.degree(n)); });
  } else if (by === 'betweenness') {
    const result = graph.betweennessCentrality({ directed: false });
    nodes.forEach((n) => { raw.set(n.id(), result.betweenness(n)); });
  } else {
    const result = graph.pageRank({});
    nodes.forEach((n) => { raw.set(n.id(), result.rank(n)); });
  }
  const max = Math.max(0, ...[...raw.values()].filter(Number.isFinite));
  return new Map([...raw].map(([id, v]) => [id, max > 0 && Number.isFinite(v) ? v / max : 0]));
}

/** Scratch key marking a node whose size this pass set. */
const SIZED = 'sizedByCentrality';

function baseSize(n: NodeSingular): { w: number; h: number } {
  if (n.data('type') === 'Allegation' && n.data('opinion')) return { w: 46, h: 34 };
  const type = NodeType.safeParse(n.data('type'));
  const look = type.success ? typeLook[type.data] : { width: 36, height: 36 };
  return { w: look.width, h: look.height };
}

/**
 * The view pass; sizes are style bypasses, removed again when sizing is off. Only nodes that were sized are
 * touched then: removing a bypass restyles a node, and this pass runs after every change to the graph.
 */
export function sizingPass() {
  return (cy: Core, settings: Settings): void => {
    const nodes = cy.nodes();
    if (settings.sizeBy === 'none') {
      nodes.filter((n) => n.scratch(SIZED) === true).removeScratch(SIZED).removeStyle('width height');
      return;
    }
    const scores = centrality(visibleGraph(cy), settings.sizeBy);
    nodes.forEach((n) => {
      const score = scores.get(n.id());
      if (score === undefined) {
        if (n.scratch(SIZED) === true) n.removeScratch(SIZED).removeStyle('width height');
        return;
      }
      // Square root: area, not width, should follow the score, or big nodes swallow the picture.
      const factor = 0.7 + 1.6 * Math.sqrt(score);
      const base = baseSize(n);
      n.scratch(SIZED, true).style({ width: Math.round(base.w * factor), height: Math.round(base.h * factor) });
    });
  };
}
