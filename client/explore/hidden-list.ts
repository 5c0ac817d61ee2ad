// The nodes the user hid, to bring back one by one or all at once: "Hidden (3)" on the strip opens the list.
// Showing is a step of its own in the view history, so undo hides them again.
import type { Collection, Core } from 'cytoscape';
import { h } from '../panels/dom.ts';
import { placeBelow } from './explore-bar.ts';

export interface HiddenEntry { id: string; name: string }

/** What is still hidden: recorded as hidden and not on the canvas now (undo may have brought some back), by name. */
export function stillHidden(recorded: Iterable<HiddenEntry>, isDrawn: (id: string) => boolean): HiddenEntry[] {
  return [...recorded].filter((e) => !isDrawn(e.id)).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export class HiddenNodes {
  /** The removed node with the lines it took with it, kept so it comes back where it was, as it was. */
  private readonly removed = new Map<string, { entry: HiddenEntry; eles: Collection }>();
  readonly button: HTMLButtonElement;
  readonly popover: HTMLElement;
  private readonly list: HTMLElement;

  constructor(private readonly cy: Core, private readonly nameOf: (id: string) => string, private readonly committed: () => void) {
    this.list = h('ul', { class: 'plain hidden-list', 'data-testid': 'hidden-list' });
    this.popover = h('div', { class: 'explore-popover hidden-popover', id: 'hidden-popover', role: 'dialog', 'aria-labelledby': 'hidden-title', hidden: true, 'data-testid': 'hidden-popover' },
      h('h2', { id: 'hidden-title' }, 'Hidden nodes'),
      this.list,
      h('div', { class: 'form-actions' }, h('button', { type: 'button', 'data-testid': 'show-all-hidden', onclick: () => this.show(this.entries().map((e) => e.id)) }, 'Show all')));
    this.button = h('button', {
      type: 'button', 'data-testid': 'hidden-button', 'aria-controls': 'hidden-popover', 'aria-expanded': 'false', hidden: true,
      title: 'Nodes you hid: bring them back', onclick: () => this.toggle(),
    }, 'Hidden');
    this.popover.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      this.toggle(false);
      this.button.focus();
    });
  }

  /** Remembers what a hide took off the canvas (call with the removed collection). */
  record(eles: Collection): void {
    eles.nodes().forEach((node) => {
      const id = node.id();
      this.removed.set(id, { entry: { id, name: this.nameOf(id) }, eles: node.union(eles.edges().filter((e) => e.source().id() === id || e.target().id() === id)) });
    });
    this.render();
  }

  /** Forgets everything (the canvas was cleared or replaced). */
  reset(): void {
    this.removed.clear();
    this.render();
  }

  entries(): HiddenEntry[] {
    return stillHidden([...this.removed.values()].map((r) => r.entry), (id) => this.cy.getElementById(id).nonempty());
  }

  /** Puts hidden nodes back with their lines to what is drawn; one undoable step. */
  show(ids: string[]): number {
    const wanted = new Set(ids);
    const back = this.entries().filter((e) => wanted.has(e.id));
    if (back.length === 0) return 0;
    this.cy.batch(() => {
      for (const { id } of back) this.removed.get(id)!.eles.nodes().restore();
      for (const { id } of back) {
        this.removed.get(id)!.eles.edges().forEach((edge) => {
          const ends = [edge.data('source') as string, edge.data('target') as string];
          if (this.cy.getElementById(edge.id()).empty() && ends.every((end) => this.cy.getElementById(end).nonempty())) edge.restore();
        });
      }
    });
    this.committed();
    this.render();
    return back.length;
  }

  render(): void {
    const entries = this.entries();
    this.button.hidden = entries.length === 0;
    this.button.textContent = `Hidden (${entries.length})`;
    if (entries.length === 0) this.toggle(false);
    this.list.replaceChildren(...entries.map((e) => h('li', { class: 'hidden-row', 'data-id': e.id },
      h('span', {}, e.name),
      h('button', { type: 'button', 'data-testid': 'show-hidden', 'aria-label': `Show ${e.name}`, onclick: () => this.show([e.id]) }, 'Show'))));
  }

  private toggle(open = this.popover.hidden !== false): void {
    this.popover.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
    if (open) {
      placeBelow(this.popover, this.button);
      this.popover.querySelector<HTMLElement>('button')?.focus();
    }
  }
}
