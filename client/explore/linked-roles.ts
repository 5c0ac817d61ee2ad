// Who is on the collusion paths shown now though no allegation names them, and the words that say so: on the
// canvas label, in the side panel and in the explanation. Presentation only: cleared with the path view.
import type { Core } from 'cytoscape';
import type { LinkedRole } from '@contract/paths.ts';
import { nodeLabel } from '../cy/elements.ts';
import { h, section } from '../panels/dom.ts';
import type { GraphStore } from '../state/graph-store.ts';

let roles = new Map<string, LinkedRole>();

export function linkedRole(id: string): string | undefined {
  return roles.get(id)?.words;
}

/** Replaces the labelled set, and puts the words under each one's name on the canvas (and takes them off the rest). */
export function showLinkedRoles(cy: Core, store: GraphStore, next: LinkedRole[]): void {
  const before = roles;
  roles = new Map(next.map((r) => [r.nodeId, r]));
  cy.batch(() => {
    for (const id of new Set([...before.keys(), ...roles.keys()])) {
      const el = cy.getElementById(id);
      const node = store.node(id);
      if (el.empty() || !node) continue;
      const words = roles.get(id)?.words;
      el.data('label', words ? `${nodeLabel(node)}\n(${words})` : nodeLabel(node));
      el.data('linkedRole', words ?? '');
    }
  });
}

/** The side panel's line for a node shown as linked, not accused. */
export function linkedRoleSection(id: string): HTMLElement | null {
  const words = linkedRole(id);
  if (!words) return null;
  return section('On the collusion paths shown', 'panel-linked', h('p', { class: 'hop-warning', 'data-testid': 'panel-linked-role' },
    `${words[0]!.toUpperCase()}${words.slice(1)}. No allegation on these paths names this party; it is shown because “Include those linked to the accused” is on.`));
}
