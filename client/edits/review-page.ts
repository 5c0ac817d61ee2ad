// The "Review" page: proposals waiting for a second person, each with its diff; approve or reject with a required comment.
// One's own proposals show no buttons, and the server refuses a self-approval anyway (its message is shown if it comes).
import type { ChangeRecord } from '@contract/changes.ts';
import { messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import { can, currentActor } from './access.ts';
import { changeView } from './change-view.ts';
import type { Page } from './changes-page.ts';
import { decisionForm } from './decision.ts';
import { decide, getProposals } from './edits-api.ts';

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
  const element = h('section', { class: 'edit-page', 'data-testid': 'review-page', 'aria-labelledby': 'review-title', hidden: true },
    h('header', { class: 'edit-page-head' }, h('h2', { id: 'review-title' }, 'Review'),
      h('button', { type: 'button', onclick: close, 'data-testid': 'page-close' }, 'Back to the graph')),
    h('p', { class: 'hint' }, 'An editor’s change waits here until a reviewer other than its author approves it. Approving publishes it; both decisions are recorded with your comment.'),
    status, list);
  return { element, refresh: () => void load() };
}
