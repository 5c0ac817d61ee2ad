// The strip's "View" controls: layout and node sizing selects, and the note shown while a big layout runs.
import { h } from '../panels/dom.ts';
import { toolSelect } from './explore-bar.ts';
import type { Investigator } from './investigator.ts';
import { layoutWords } from './layouts.ts';
import { LAYOUTS, SIZE_BY, type LayoutName, type SizeBy } from './types.ts';

const sizeOptions: Record<SizeBy, string> = { none: 'Type', degree: 'Degree', betweenness: 'Betweenness', pagerank: 'PageRank' };

export function createViewControls(inv: Investigator): HTMLElement[] {
  const layout = toolSelect('Layout', LAYOUTS.map((l): [string, string] => [l, layoutWords[l]]), inv.settings.layout,
    (v) => void inv.setLayout(v as LayoutName), 'layout-select');
  const size = toolSelect('Size', SIZE_BY.map((s): [string, string] => [s, sizeOptions[s]]), inv.settings.sizeBy,
    (v) => inv.update({ sizeBy: v as SizeBy }), 'size-select');
  layout.select.title = 'Lay the visible graph out again this way';
  size.select.title = 'Size nodes by their centrality in the visible graph';
  const note = h('span', { class: 'layout-progress', role: 'status', 'aria-live': 'polite', hidden: true, 'data-testid': 'layout-progress' });
  inv.progress = (text) => {
    note.hidden = text === undefined;
    note.textContent = text ?? '';
  };
  // Undo and shared links change the settings under the selects; keep them showing the truth.
  inv.history.on(() => {
    layout.select.value = inv.settings.layout;
    size.select.value = inv.settings.sizeBy;
  });
  // The note is not part of the group: the group may fold under "More", and progress must stay in sight.
  inv.bar.status(note);
  return [layout.wrap, size.wrap];
}
