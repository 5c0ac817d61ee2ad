// The "Review" page: proposals waiting for a second person, each with its diff; approve or reject with a required comment.
// One's own proposals show no buttons, and the server refuses a self-approval anyway (its message is shown if it comes).
import type { ChangeRecord } from '@contract/changes.ts';
import { messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import { can, currentActor } from './access.ts';
import { changeView } from './change-view.ts';
import type { Page } from './changes-page.ts';
import { decisionForm } from './decision.ts';
import { decide, getProposals, getReviewSetting, putReviewSetting } from './edits-api.ts';
import { currentDatasets } from '../state/dataset-scope.ts';

export interface ReviewHooks {
  nameOf(id: string): string;
  decided(change: ChangeRecord): void;
  /** How many proposals wait, for the header badge. */
  counted(n: number): void;
}

export function createReviewPage(close: () => void, hooks: ReviewHooks): Page {
  const list = h('ol', { class: 'change-list', 'data-testid': 'proposals' });
  const status = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite', 'data-testid': 'review-status' });
  const load = async (): Promise<void> => {
    status.textContent = 'Loading…';
    try {
      const proposals = await getProposals();
      hooks.counted(proposals.length);
      const me = currentActor()?.id;
      list.replaceChildren(...proposals.map((p) => changeView(p, {
        nameOf: hooks.nameOf,
        actions: !can('review')
          ? null
          : p.actor.id === me
            ? h('p', { class: 'hint', 'data-testid': 'own-proposal' }, 'Your own proposal: another reviewer approves or rejects it.')
            : decisionForm(p.id, [
              { label: 'Approve and publish', testId: 'approve', primary: true, run: async (comment) => { hooks.decided(await decide(p.id, 'approve', comment)); await load(); } },
              { label: 'Reject', testId: 'reject', run: async (comment) => { hooks.decided(await decide(p.id, 'reject', comment)); await load(); } },
            ]),
      })));
      status.textContent = proposals.length === 0 ? 'No proposal is waiting for review.' : `${proposals.length} waiting for review.`;
    } catch (err) {
      status.textContent = messageOf(err);
    }
  };
  // Admins turn review on or off per dataset (for solo work and classes), for the datasets the header has chosen.
  const settings = h('fieldset', { class: 'review-settings', 'data-testid': 'review-settings', hidden: true },
    h('legend', {}, 'Review before publication, per dataset'));
  const loadSettings = async (): Promise<void> => {
    settings.hidden = !can('admin');
    if (settings.hidden) return;
    const rows = await Promise.all(currentDatasets().map(async (dataset) => {
      const box = h('input', { type: 'checkbox', id: `review-on-${dataset}`, 'data-testid': 'review-on', 'data-dataset': dataset });
      const note = h('span', { class: 'hint' });
      const show = (on: boolean, source: string): void => { box.checked = on; note.textContent = source === 'default' ? ' (default: on once a second account exists)' : ''; };
      try {
        const setting = await getReviewSetting(dataset);
        show(setting.on, setting.source);
      } catch (err) {
        note.textContent = ` ${messageOf(err)}`;
      }
      box.addEventListener('change', () => {
        box.disabled = true;
        void putReviewSetting(dataset, box.checked).then((s) => show(s.on, s.source), (err: unknown) => { note.textContent = ` ${messageOf(err)}`; })
          .finally(() => { box.disabled = false; });
      });
      return h('div', { class: 'edit-check' }, box, h('label', { for: `review-on-${dataset}` }, dataset), note);
    }));
    settings.replaceChildren(settings.firstElementChild ?? '', ...rows);
  };
  const element = h('section', { class: 'edit-page', 'data-testid': 'review-page', 'aria-labelledby': 'review-title', hidden: true },
    h('header', { class: 'edit-page-head' }, h('h2', { id: 'review-title' }, 'Review'),
      h('button', { type: 'button', onclick: close, 'data-testid': 'page-close' }, 'Back to the graph')),
    h('p', { class: 'hint' }, 'An editor’s change waits here until a reviewer other than its author approves it. Approving publishes it; both decisions are recorded with your comment.'),
    settings, status, list);
  return { element, refresh: () => { void load(); void loadSettings(); } };
}
