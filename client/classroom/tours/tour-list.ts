// The Tours tab: every tour with Present and Download buttons, and a download of whatever the canvas shows now.
import type { TourSummary } from '@contract/tours.ts';
import { messageOf } from '../../api.ts';
import { h } from '../../panels/dom.ts';
import { plural } from '../../wording.ts';
import { listTours } from '../classroom-api.ts';
import { gate } from '../../state/session.ts';

export interface TourListActions {
  present(id: string): void;
  download(id: string): Promise<void>;
  downloadView(): Promise<void>;
  editCopy(id: string): void;
}

export interface TourListView {
  element: HTMLElement;
  load(): Promise<void>;
}

/** Runs a download, showing on the button that it is working; failures are told in the status line. */
function busyButton(button: HTMLButtonElement, status: HTMLElement, work: () => Promise<void>): void {
  button.addEventListener('click', async () => {
    const label = button.textContent;
    button.disabled = true;
    button.textContent = 'Preparing…';
    status.textContent = '';
    try {
      await work();
    } catch (err) {
      status.textContent = messageOf(err);
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  });
}

export function createTourList(actions: TourListActions): TourListView {
  const status = h('p', { class: 'cls-status', role: 'status', 'data-testid': 'tour-list-status' });
  const list = h('ul', { class: 'cls-tour-list', 'data-testid': 'tour-list' });
  const viewButton = h('button', { type: 'button', 'data-testid': 'view-download' }, 'Download this view for class');
  busyButton(viewButton, status, actions.downloadView);
  const element = h('div', { class: 'cls-tours' },
    h('p', { class: 'cls-hint' }, 'Present a tour to the room (arrow keys move between steps), or download it as one HTML file that opens without a server or network.'),
    list,
    status,
    h('section', { class: 'cls-card' }, h('h3', {}, 'The current view'), h('p', { class: 'cls-hint' }, 'Save what the canvas shows now, with its layout, as one file for class.'), viewButton));

  const item = (t: TourSummary): HTMLElement => {
    const present = h('button', { type: 'button', class: 'primary', 'data-testid': 'tour-present', onclick: () => actions.present(t.id) }, 'Present');
    const download = h('button', { type: 'button', 'data-testid': 'tour-download' }, 'Download for class');
    busyButton(download, status, () => actions.download(t.id));
    const copy = gate(h('button', { type: 'button', class: 'cls-edit-only', 'data-testid': 'tour-edit-copy', onclick: () => actions.editCopy(t.id) }, 'Edit a copy'), 'saveQuery');
    return h('li', { class: 'cls-tour', 'data-tour-id': t.id, 'data-testid': 'tour-item' },
      h('h3', {}, t.title),
      h('p', { class: 'cls-tour-meta' }, plural(t.steps, 'step'), ' · ', t.origin === 'shipped' ? 'shipped with Scamgraph' : 'saved by a teacher',
        t.dataset.startsWith('import-') ? ` · your data: ${t.dataset.slice('import-'.length)}` : ''),
      h('p', { class: 'cls-tour-description' }, t.description),
      h('div', { class: 'cls-actions' }, present, download, copy));
  };

  return {
    element,
    async load() {
      status.textContent = 'Loading tours…';
      try {
        const tours = await listTours();
        list.replaceChildren(...tours.map(item));
        status.textContent = tours.length ? '' : 'No tours yet: build one in the next tab.';
      } catch (err) {
        status.textContent = messageOf(err);
      }
    },
  };
}
