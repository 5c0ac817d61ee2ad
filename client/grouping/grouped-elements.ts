// A grouped view as Cytoscape elements: a meta-node per closed group, the opened group's members and real links,
// and meta-links that carry their counts. Meta elements cannot be selected (they are no entity with details); their
// look rides on the element itself, so the investigator's stylesheet needs no rules for them.
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '@contract/graph.ts';
import { edgeElement, nodeElement } from '../cy/elements.ts';
import { endId, type GroupBy, type GroupedView } from './group-view.ts';
import { groupDescription, groupLabel, metaLinkLabel } from './grouping-words.ts';

export const META_GROUP = 'meta-group';
export const META_LINK = 'meta-link';
export const groupNodeId = (key: string): string => `group:${key}`;

/** A meta-node's side grows with the square root of its members, so its area says how many. */
const sideOf = (members: number): number => Math.min(220, 36 + 6 * Math.sqrt(members));

export function groupedElements(grouped: GroupedView, by: GroupBy, node: (id: string) => GraphNode | undefined, edges: readonly GraphEdge[]): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const group of grouped.groups) {
    if (group.key === grouped.opened) continue;
    const side = sideOf(group.size);
    out.push({
      group: 'nodes',
      classes: META_GROUP,
      selectable: false,
      // type: a group of one type wears that type's colour from the stylesheet.
      data: { id: groupNodeId(group.key), label: groupLabel(group), type: by === 'type' ? group.key : 'Group', metaGroup: group.key, members: group.size, linksInside: group.linksInside, description: groupDescription(group) },
      style: {
        width: side, height: side, shape: 'round-rectangle', label: groupLabel(group), 'text-valign': 'center', 'text-halign': 'center',
        'text-wrap': 'wrap', 'text-max-width': `${Math.max(80, side - 8)}px`, 'font-size': 13, 'font-weight': 700, color: '#FFFFFF',
        'text-outline-color': '#1B1F24', 'text-outline-width': 2, 'border-width': 3, 'border-color': '#F0F3F6', 'border-style': 'double',
      },
    });
  }
  for (const id of grouped.members) {
    const member = node(id);
    if (member) out.push(nodeElement(member));
  }
  const byId = new Map(edges.map((e) => [e.id, e]));
  for (const e of grouped.edges) {
    const edge = byId.get(e.id);
    if (edge) out.push(edgeElement(edge, node));
  }
  for (const link of grouped.metaLinks) {
    out.push({
      group: 'edges',
      classes: META_LINK,
      selectable: false,
      data: { id: link.id, source: endId(link.from), target: endId(link.to), label: metaLinkLabel(link), type: 'META', count: link.count, types: link.types },
      style: {
        width: Math.min(12, 1 + Math.log2(link.count)), label: metaLinkLabel(link), 'line-style': 'dashed', 'line-color': '#9AA4AF',
        'target-arrow-shape': 'triangle', 'target-arrow-color': '#9AA4AF', 'curve-style': 'bezier', 'font-size': 10, color: '#E6EAEE',
        'text-rotation': 'autorotate', 'text-background-color': '#1B1F24', 'text-background-opacity': 0.8, 'text-background-padding': '2px',
      },
    });
  }
  return out;
}
