// The header's dataset chooser: which datasets search and expansion read (the curated graph by default).
// A disclosure button opens a list of checkboxes, one per dataset in the database with its node count; each change
// applies at once through state/dataset-scope.ts, which keeps the choice in the address so it survives a reload.
import { ScopeDatasetList, type ScopeDataset } from '@contract/datasets.ts';
import { CURATED_DATASET, MAX_SCOPE } from '@contract/scope.ts';
import { messageOf, request } from '../api.ts';
import { currentDatasets, onDatasetsChange, setDatasets } from '../state/dataset-scope.ts';
import { guestMaySee } from '../state/session.ts';
import { plural } from '../wording.ts';
import { h } from './dom.ts';
import { datasetWords } from './dataset-marker.ts';

export interface DatasetChooserDeps {
  /** Tells the page the scope changed, with the scope before, so it can say what happens to the canvas. */
  changed(next: string[], previous: string[]): void;
}

/** The header is tight: the button shows a count, its accessible name says what is chosen. */
function label(button: HTMLElement, chosen: string[]): void {
  button.replaceChildren('Datasets', h('span', { class: 'chooser-count' }, String(chosen.length)));
  const only = chosen.length === 1 ? (chosen[0] === CURATED_DATASET ? 'the curated graph' : datasetWords(chosen[0]!)) : undefined;
  button.setAttribute('aria-label', only ? `Datasets: ${only} only` : `Datasets: ${chosen.length} chosen`);
  button.title = `Search and expansion read ${only ?? chosen.map((d) => (d === CURATED_DATASET ? 'the curated graph' : datasetWords(d))).join(' + ')}`;
}

export function createDatasetChooser(deps: DatasetChooserDeps): HTMLElement {
  const panelId = 'dataset-chooser-panel';
  const button = h('button', {
    type: 'button', class: 'dataset-chooser-toggle', 'aria-expanded': 'false', 'aria-controls': panelId, 'data-testid': 'dataset-chooser',
  });
  label(button, currentDatasets());
  const list = h('ul', { 'data-testid': 'dataset-options' });
  const hint = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite' });
  const onlyCurated = h('button', { type: 'button', 'data-testid': 'dataset-only-curated' }, 'Curated graph only');
  const close = h('button', { type: 'button' }, 'Done');
  const panel = h('div', { id: panelId, class: 'dataset-chooser-panel', hidden: true, role: 'group', 'aria-labelledby': `${panelId}-title` },
    h('fieldset', {},
      h('legend', { id: `${panelId}-title` }, 'Datasets to explore'),
      h('p', { class: 'hint' }, 'Search and expansion read only the datasets ticked. Nodes from outside the curated graph are marked with their dataset.'),
      list),
    hint,
    h('div', { class: 'chooser-actions' }, onlyCurated, close));
  const root = h('div', { class: 'dataset-chooser' }, button, panel);

  let known: ScopeDataset[] = [];
  let listed = false;

  const render = (): void => {
    // Rebuilding the list must not drop keyboard focus from the box just ticked.
    const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLInputElement).value : undefined;
    const chosen = new Set(currentDatasets());
    // A dataset named in the address but not (or no longer) in the database is still listed, so it can be unticked.
    const missing = [...chosen].filter((d) => !known.some((k) => k.dataset === d));
    const absentWords = listed ? 'not in the database' : '…';
    const rows = [...known.map((d) => ({ ...d, absent: false })), ...missing.map((d) => ({ dataset: d, nodes: 0, absent: true }))];
    list.replaceChildren(...rows.map((d) => {
      const box = h('input', { type: 'checkbox', value: d.dataset, checked: chosen.has(d.dataset), 'data-testid': 'dataset-option', 'data-dataset': d.dataset });
      box.addEventListener('change', () => toggle(d.dataset, box.checked));
      return h('li', {}, h('label', {}, box,
        h('span', { class: 'dataset-name', title: d.dataset }, d.dataset === CURATED_DATASET ? 'Curated graph' : datasetWords(d.dataset)),
        h('span', { class: 'dataset-size' }, d.absent ? absentWords : plural(d.nodes, 'node'))));
    }));
    if (focused !== undefined) list.querySelector<HTMLInputElement>(`input[value="${CSS.escape(focused)}"]`)?.focus();
  };

  const toggle = (dataset: string, on: boolean): void => {
    const chosen = currentDatasets().filter((d) => d !== dataset);
    if (on) chosen.push(dataset);
    if (chosen.length === 0) {
      hint.textContent = 'Keep at least one dataset ticked: the explorer needs something to read.';
      render();
      return;
    }
    if (chosen.length > MAX_SCOPE) {
      hint.textContent = `At most ${MAX_SCOPE} datasets at once.`;
      render();
      return;
    }
    hint.textContent = '';
    apply(chosen);
  };

  const apply = (next: string[]): void => {
    const previous = currentDatasets();
    setDatasets(next);
    if (previous.join(',') !== currentDatasets().join(',')) deps.changed(currentDatasets(), previous);
  };

  const load = async (): Promise<void> => {
    hint.textContent = 'Listing datasets…';
    try {
      known = (await request('/api/datasets/all', ScopeDatasetList)).datasets.filter((d) => guestMaySee(d.dataset));
      listed = true;
      hint.textContent = '';
    } catch (err) {
      hint.textContent = messageOf(err);
    }
    render();
  };

  const open = (show: boolean): void => {
    panel.hidden = !show;
    button.setAttribute('aria-expanded', String(show));
    if (show) {
      render();
      // Listed afresh each time: a class upload may have arrived since the page loaded.
      void load().then(() => list.querySelector<HTMLInputElement>('input')?.focus());
    }
  };

  button.addEventListener('click', () => open(button.getAttribute('aria-expanded') !== 'true'));
  close.addEventListener('click', () => { open(false); button.focus(); });
  onlyCurated.addEventListener('click', () => apply([CURATED_DATASET]));
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    open(false);
    button.focus();
  });
  // Clicking elsewhere closes the list, as a menu would.
  document.addEventListener('pointerdown', (event) => {
    if (!panel.hidden && !root.contains(event.target as Node)) open(false);
  });
  onDatasetsChange((chosen) => {
    label(button, chosen);
    if (!panel.hidden) render();
  });
  return root;
}

/**
 * What the page says when the scope changes. The canvas is kept as it is: it is the person's work, and nothing on it
 * is wrong, only no longer in the scope; its nodes keep their dataset marker and the notice says they will not expand.
 */
export function scopeChangeNotice(next: string[], canvasDatasets: string[]): string {
  const names = next.map((d) => (d === CURATED_DATASET ? 'the curated graph' : datasetWords(d))).join(' + ');
  const outside = canvasDatasets.filter((d) => !next.includes(d)).length;
  const kept = outside === 0
    ? ''
    : ` ${plural(outside, 'node')} already drawn ${outside === 1 ? 'comes' : 'come'} from datasets no longer chosen: kept on the canvas with their dataset marker, but not expanded until you choose their dataset again (Clear removes everything).`;
  return `Now exploring ${names}: search and expansion read only ${next.length === 1 ? 'this' : 'these'}.${kept}`;
}
