// The selected node's view actions in the details panel: pin, hide, collapse (also on P, H and C).
import type { Core } from 'cytoscape';
import type { GraphNode } from '@contract/graph.ts';
import { h } from '../panels/dom.ts';
import { danglingNeighbours } from './view-actions.ts';

export interface NodeActionHandlers {
  pin(id: string): void;
  hide(id: string): void;
  collapse(id: string): void;
}

export function nodeActions(cy: Core, node: GraphNode, on: NodeActionHandlers): HTMLElement | null {
  const drawn = cy.getElementById(node.id);
  if (drawn.empty()) return null;
  const pinned = drawn.locked();
  const collapsible = drawn.isNode() ? danglingNeighbours(cy, drawn).length : 0;
  return h('div', { class: 'node-actions', role: 'group', 'aria-label': 'View actions for this node' },
    h('button', {
      type: 'button', 'data-testid': 'pin-button', 'aria-pressed': String(pinned), 'aria-keyshortcuts': 'P',
      title: pinned ? 'Let layouts move this node again (P)' : 'Keep this node where it is (P)',
      onclick: () => on.pin(node.id),
    }, pinned ? 'Unpin' : 'Pin'),
    h('button', {
      type: 'button', 'data-testid': 'hide-button', 'aria-keyshortcuts': 'H',
      title: 'Take this node off the canvas; undo brings it back (H)', onclick: () => on.hide(node.id),
    }, 'Hide'),
    h('button', {
      type: 'button', 'data-testid': 'collapse-button', 'aria-keyshortcuts': 'C', disabled: collapsible === 0,
      title: collapsible === 0 ? 'No neighbour hangs off this node alone' : `Remove the ${collapsible} neighbours only this node links to (C)`,
      onclick: () => on.collapse(node.id),
    }, collapsible > 0 ? `Collapse (${collapsible})` : 'Collapse'));
}
