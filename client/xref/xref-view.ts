// The Duplicates view: pick a dataset, work through its candidate pairs one at a time, and decide each same,
// different or unsure (buttons, or the keys S, D, U; N or → for the next pair, P or ← for the one before).
import type { XrefCandidate, XrefDecisionKind } from '@contract/xref.ts';
import { CURATED_DATASET } from '@contract/scope.ts';
import { messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import { plural } from '../wording.ts';
import { pairView } from './pair-view.ts';
import { getCandidates, listAllDatasets, runXref, sendDecision } from './xref-api.ts';

const KEYS: Record<string, XrefDecisionKind> = { s: 'same', d: 'different', u: 'unsure' };

export interface XrefView { element: HTMLElement; open(): void; close(): void }

export function createXrefView(deps: { decided(): void }): XrefView {
  const dataset = h('select', { 'data-testid': 'xref-dataset', 'aria-label': 'Dataset to check for duplicates' }) as HTMLSelectElement;
  const undecided = h('input', { type: 'checkbox', 'data-testid': 'xref-undecided' }) as HTMLInputElement;
  const status = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite', 'data-testid': 'xref-status' });
  const body = h('div', { class: 'xref-body', 'data-testid': 'xref-pair' });
  const button = (label: string, key: string, testid: string, onclick: () => void) =>
    h('button', { type: 'button', 'data-testid': testid, 'aria-keyshortcuts': key, onclick }, label, h('kbd', {}, key));
  const decisions = h('div', { class: 'xref-actions', role: 'group', 'aria-label': 'Decision' },
    button('Same', 'S', 'xref-same', () => void decide('same')),
    button('Different', 'D', 'xref-different', () => void decide('different')),
    button('Unsure', 'U', 'xref-unsure', () => void decide('unsure')),
    button('Previous', 'P', 'xref-previous', () => step(-1)),
    button('Next pair', 'N', 'xref-next', () => step(1)));
  const rerun = h('button', { type: 'button', 'data-testid': 'xref-run', onclick: () => void run() }, 'Look again');
  const closeButton = h('button', { type: 'button', class: 'xref-close', onclick: () => view.close() }, 'Close');
  const element = h('div', { class: 'xref-view', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'xref-title', hidden: true, 'data-testid': 'xref-view' },
    h('header', {}, h('h2', { id: 'xref-title' }, 'Possible duplicates across datasets'), closeButton),
    h('p', { class: 'hint' }, '“Same” links the two with a recorded same-as link (nothing is merged); “Different” after “Same” removes it. Every decision is kept with who made it and when.'),
    h('div', { class: 'xref-controls' }, dataset, h('label', {}, undecided, ' Only undecided'), rerun),
    status, body, decisions);

  let pairs: XrefCandidate[] = [];
  let at = 0;

  function show(): void {
    const c = pairs[at];
    decisions.querySelectorAll('button').forEach((b) => { (b as HTMLButtonElement).disabled = !c; });
    if (!c) {
      body.replaceChildren(h('p', {}, 'No possible duplicates to show for this dataset.'));
      return;
    }
    status.textContent = `Pair ${at + 1} of ${plural(pairs.length, 'pair')}.`;
    body.replaceChildren(pairView(c));
  }

  /** Which load is the latest: an earlier answer that arrives late (the default dataset's, after the person chose another) is dropped. */
  let loads = 0;
  async function load(): Promise<void> {
    if (!dataset.value) return;
    const mine = ++loads;
    status.textContent = 'Loading…';
    try {
      const found = (await getCandidates(dataset.value, undecided.checked)).candidates;
      if (mine !== loads) return;
      pairs = found;
      at = 0;
      show();
    } catch (err) {
      if (mine === loads) status.textContent = messageOf(err);
    }
  }

  async function run(): Promise<void> {
    status.textContent = 'Looking for duplicates…';
    try {
      const r = await runXref(dataset.value);
      await load();
      status.textContent = `${plural(r.possibleDuplicates, 'possible duplicate')} found. ${status.textContent}`;
    } catch (err) {
      status.textContent = messageOf(err);
    }
  }

  function step(by: number): void {
    if (pairs.length === 0) return;
    at = Math.min(pairs.length - 1, Math.max(0, at + by));
    show();
  }

  async function decide(kind: XrefDecisionKind): Promise<void> {
    const c = pairs[at];
    if (!c) return;
    try {
      const r = await sendDecision(c.left.id, c.right.id, kind);
      pairs[at] = { ...c, decision: r.decision };
      deps.decided();
      if (at < pairs.length - 1) step(1);
      else show();
      // Said after moving on, which rewrites the status with the pair now shown.
      status.textContent = `${r.linked ? `Linked ${c.left.name} and ${c.right.name} as the same.` : `Recorded “${kind}”.`} ${status.textContent}`;
    } catch (err) {
      status.textContent = messageOf(err);
    }
  }

  element.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || (event.target as HTMLElement).matches('input, select, textarea')) return;
    const key = event.key.toLowerCase();
    const kind = KEYS[key];
    if (kind) void decide(kind);
    else if (key === 'n' || event.key === 'ArrowRight') step(1);
    else if (key === 'p' || event.key === 'ArrowLeft') step(-1);
    else if (event.key === 'Escape') view.close();
    else return;
    event.preventDefault();
  });
  dataset.addEventListener('change', () => void load());
  undecided.addEventListener('change', () => void load());

  const view: XrefView = {
    element,
    open() {
      element.hidden = false;
      void listAllDatasets().then((list) => {
        const names = list.datasets.map((d) => d.dataset);
        const keep = dataset.value;
        dataset.replaceChildren(...names.map((n) => h('option', { value: n }, n === CURATED_DATASET ? `${n} (curated)` : n)));
        // Imports are what one checks first; the curated graph is the fallback.
        dataset.value = keep && names.includes(keep) ? keep : names.find((n) => n !== CURATED_DATASET) ?? names[0] ?? '';
        return load();
      }).catch((err: unknown) => { status.textContent = messageOf(err); });
      element.focus();
    },
    close() { element.hidden = true; },
  };
  element.tabIndex = -1;
  return view;
}
