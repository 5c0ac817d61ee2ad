// An entity chosen by name (search as you type), as a form field that errors can land on.
import type { GraphNode } from '@contract/graph.ts';
import { createEntityPicker } from '../explore/entity-picker.ts';
import { h } from '../panels/dom.ts';

export interface PickField {
  element: HTMLElement;
  /** The chosen entity's id, or '' (the contract then names the field). */
  id(): string;
  node(): GraphNode | undefined;
  set(node: GraphNode | undefined): void;
}

export function pickField(name: string, label: string, initial?: GraphNode, also?: string): PickField {
  let chosen = initial;
  const picker = createEntityPicker(`edit-${name}`, label, (node) => { chosen = node; });
  if (initial) picker.set(initial);
  // Typing after a pick clears it, so the name shown is always the entity sent.
  picker.element.querySelector('input')?.addEventListener('input', () => { chosen = undefined; });
  return {
    element: h('div', { class: 'edit-field', 'data-field': name, 'data-also': also },
      picker.element, h('p', { class: 'field-error', 'data-testid': `field-error-${name}`, hidden: true })),
    id: () => chosen?.id ?? '',
    node: () => chosen,
    set: (node) => { chosen = node; picker.set(node); },
  };
}
