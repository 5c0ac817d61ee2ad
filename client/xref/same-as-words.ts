// The words a SAME_AS link carries on the canvas and in the panel: it is a person's decision, said as such.
import type { GraphEdge } from '@contract/graph.ts';

export function sameAsWords(edge: Pick<GraphEdge, 'properties'>): string {
  const who = typeof edge.properties.decidedByName === 'string' ? edge.properties.decidedByName : 'someone';
  const at = typeof edge.properties.decidedAt === 'string' ? edge.properties.decidedAt.slice(0, 10) : 'an unknown date';
  return `same as — decided by ${who} on ${at}`;
}
