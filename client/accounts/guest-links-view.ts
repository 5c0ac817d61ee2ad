// Guest links on the Team page: read-only links for a class, each limited to chosen datasets and tours. The URL is
// shown once, when made (the server keeps only its hash); revoking ends every guest who opened it.
import { ScopeDatasetList } from '@contract/datasets.ts';
import { CURATED_DATASET } from '@contract/scope.ts';
import { messageOf, request } from '../api.ts';
import { listTours } from '../classroom/classroom-api.ts';
import { h } from '../panels/dom.ts';
import { datasetWords } from '../panels/dataset-marker.ts';
import { createGuestLink, listGuestLinks, revokeGuestLink, type GuestLink } from './accounts-api.ts';

/** A Copy button for a read-only field; falls back to selecting the text where the clipboard is not allowed. */
export function copyButton(field: HTMLInputElement, say: (words: string) => void): HTMLButtonElement {
  return h('button', { type: 'button', 'data-testid': 'copy-link', onclick: () => {
    field.select();
    navigator.clipboard?.writeText(field.value).then(() => say('Link copied.'), () => say('Selected: press Ctrl+C to copy it.'));
  } }, 'Copy');
}

const datasetName = (d: string): string => (d === CURATED_DATASET ? 'Curated graph' : datasetWords(d));

export function createGuestLinksView(say: (words: string) => void) {
  const list = h('ul', { class: 'guest-links', 'data-testid': 'guest-links' });
  const label = h('input', { type: 'text', required: true, maxlength: 80, placeholder: 'e.g. Class 3B, spring term', 'data-testid': 'guest-label-input' });
  const datasets = h('fieldset', { class: 'check-list', 'data-testid': 'guest-datasets' }, h('legend', {}, 'Datasets'));
  const tours = h('fieldset', { class: 'check-list', 'data-testid': 'guest-tours' }, h('legend', {}, 'Tours'));
  const created = h('div', { class: 'guest-created', 'data-testid': 'guest-created' });
  const ticked = (set: HTMLFieldSetElement): string[] => [...set.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  const box = (value: string, words: string, checked: boolean, testId: string) =>
    h('label', {}, h('input', { type: 'checkbox', value, checked, 'data-testid': testId }), h('span', {}, words));

  const item = (link: GuestLink) => h('li', { class: 'guest-link', 'data-testid': 'guest-link', 'data-label': link.label },
    h('div', {}, h('strong', {}, link.label),
      h('p', { class: 'hint' }, `Datasets: ${link.datasets.map(datasetName).join(', ') || 'none'} · Tours: ${link.tours.join(', ') || 'none'}`)),
    h('button', { type: 'button', class: 'danger', 'data-testid': 'guest-revoke', onclick: () => {
      if (!window.confirm(`Revoke the guest link “${link.label}”? Anyone using it loses access at once.`)) return;
      revokeGuestLink(link.id).then(() => { say(`Revoked “${link.label}”.`); return load(); }).catch((err: unknown) => say(messageOf(err)));
    } }, 'Revoke'));

  async function load(): Promise<void> {
    try {
      const [links, known, tourList] = await Promise.all([listGuestLinks(), request('/api/datasets/all', ScopeDatasetList), listTours()]);
      const live = links.filter((l) => !l.revokedAt);
      list.replaceChildren(...(live.length ? live.map(item) : [h('li', { class: 'hint' }, 'No guest links yet.')]));
      if (datasets.querySelector('input')) return;
      datasets.append(...known.datasets.map((d) => box(d.dataset, datasetName(d.dataset), d.dataset === CURATED_DATASET, 'guest-dataset')));
      tours.append(...tourList.map((t) => box(t.id, t.title, false, 'guest-tour')));
    } catch (err) {
      say(messageOf(err));
    }
  }

  const form = h('form', { class: 'guest-form', novalidate: true, 'data-testid': 'guest-form' },
    h('label', { class: 'auth-field' }, h('span', {}, 'Label (guests see it)'), label),
    h('div', { class: 'guest-choices' }, datasets, tours),
    h('div', { class: 'dialog-actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'guest-create' }, 'Create guest link')),
    created);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!label.value.trim()) return void (say('A guest link needs a label, so guests know what they are looking at.'), label.focus());
    if (ticked(datasets).length === 0) return void say('Tick at least one dataset for the guests to see.');
    createGuestLink(label.value.trim(), ticked(datasets), ticked(tours)).then((link) => {
      const url = link.url ?? '';
      const field = h('input', { type: 'text', readonly: true, value: url, 'aria-label': `Guest link ${link.label}`, 'data-testid': 'guest-url' });
      created.replaceChildren(h('p', {}, `Guest link “${link.label}” — shown once; copy it now:`), h('div', { class: 'copy-row' }, field, copyButton(field, say)));
      say(`Created the guest link “${link.label}”.`);
      label.value = '';
      return load();
    }).catch((err: unknown) => say(messageOf(err)));
  });

  const element = h('section', { class: 'team-section', 'aria-labelledby': 'team-guests' },
    h('h3', { id: 'team-guests' }, 'Guest links'),
    h('p', { class: 'hint' }, 'A read-only link for a class or a reader: no sign-in, no Cypher, only the datasets and tours ticked.'),
    list, form);
  return { element, load };
}
