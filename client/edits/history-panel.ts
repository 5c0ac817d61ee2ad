// The side panel's "History" of one element: each recorded change with who, when, why and before/after, and Revert for reviewers.
import type { ChangeRecord } from '@contract/changes.ts';
import { messageOf } from '../api.ts';
import { h, section } from '../panels/dom.ts';
import { can } from './access.ts';
import { changeView } from './change-view.ts';
import { decisionForm } from './decision.ts';
import { getHistory, revert } from './edits-api.ts';

export interface HistoryHooks {
  nameOf(id: string): string;
  /** A revert changed these elements: the panel and canvas read them again. */
  changed(change: ChangeRecord): void;
}

/** A section that fills itself once the history arrives; the panel re-renders often, so answers are cached per element. */
export function historySection(id: string, hooks: HistoryHooks, cache: Map<string, Promise<ChangeRecord[]>>): HTMLElement | null {
  const body = h('div', { class: 'history-body' }, h('p', { class: 'hint loading' }, 'Loading history…'));
  const box = section('History of changes', 'panel-change-history', body);
  let job = cache.get(id);
  if (!job) {
    job = getHistory(id);
    cache.set(id, job);
    job.catch(() => cache.delete(id));
  }
  const render = (changes: ChangeRecord[]): void => {
    if (changes.length === 0) {
      body.replaceChildren(h('p', { class: 'hint', 'data-testid': 'history-empty' }, 'No change recorded since it was loaded from its dataset.'));
      return;
    }
    const newestFirst = [...changes].sort((a, b) => b.seq - a.seq);
    body.replaceChildren(h('ol', { class: 'change-list' }, ...newestFirst.map((change) => changeView(change, {
      element: id, nameOf: hooks.nameOf,
      actions: can('review') && change.status === 'applied' ? revertControl(change, hooks, () => cache.delete(id)) : null,
    }))));
  };
  void job.then(render, (err: unknown) => body.replaceChildren(h('p', { class: 'error', role: 'alert' }, messageOf(err))));
  return box;
}

/** 'Revert' of one applied change, for a reviewer; also on the Changes page, where a deleted element's delete is found. */
export function revertControl(change: ChangeRecord, hooks: HistoryHooks, forget: () => void): HTMLElement {
  const details = h('details', { class: 'revert', 'data-testid': 'revert' }, h('summary', { 'data-testid': 'revert-open' }, 'Revert…'));
  details.append(decisionForm(`revert-${change.id}`, [{
    label: 'Revert this change', testId: 'revert-submit', primary: true,
    run: async (comment) => {
      const done = await revert(change.id, comment);
      forget();
      hooks.changed(done);
    },
  }]));
  return details;
}
