// One recorded change as people read it: who, when, why, its state, and before/after property by property per element.
import type { ChangeRecord } from '@contract/changes.ts';
import { h } from '../panels/dom.ts';
import { fieldsTable } from './diff-view.ts';

const OP_WORD = { create: 'created', update: 'changed', delete: 'deleted' } as const;
const STATE_WORD: Record<ChangeRecord['status'], string> = {
  applying: 'being applied', applied: 'published', proposed: 'proposed — waiting for review', rejected: 'rejected', failed: 'failed',
};

/** A date-time in the reader's own clock, to the minute; the exact value stays in the title. */
export function when(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export interface ChangeViewOptions {
  /** Buttons under the change (Revert, Approve…), or none. */
  actions?: HTMLElement | null;
  /** Only the items about this element (a history panel); all when absent. */
  element?: string;
  nameOf?(id: string): string;
}

export function changeView(change: ChangeRecord, opts: ChangeViewOptions = {}): HTMLLIElement {
  const items = opts.element ? change.items.filter((i) => i.element === opts.element) : change.items;
  const name = opts.nameOf ?? ((id: string) => id);
  return h('li', { class: 'change', 'data-testid': 'change', 'data-change': change.id, 'data-status': change.status },
    h('p', { class: 'change-head' },
      h('span', { class: 'change-who', 'data-testid': 'change-who' }, change.actor.name),
      h('time', { class: 'change-when', datetime: change.at, title: change.at }, when(change.at)),
      h('span', { class: 'change-dataset' }, change.dataset),
      h('span', { class: 'change-state', 'data-status': change.status, 'data-testid': 'change-state' }, STATE_WORD[change.status]),
      change.reverts ? h('span', { class: 'hint', 'data-testid': 'change-reverts' }, `reverts ${change.reverts}`) : null),
    h('p', { class: 'change-comment', 'data-testid': 'change-comment' }, change.comment),
    change.review
      ? h('p', { class: 'hint', 'data-testid': 'change-review' }, `${change.status === 'rejected' ? 'Rejected' : 'Approved'} by ${change.review.byName} (${when(change.review.at)}): ${change.review.comment}`)
      : null,
    ...items.map((item) => h('div', { class: 'change-item', 'data-testid': 'change-item', 'data-element': item.element },
      h('h4', {}, `${item.kind} ${name(item.element)} ${OP_WORD[item.op]}`),
      fieldsTable(item.fields))),
    opts.actions ?? null);
}
