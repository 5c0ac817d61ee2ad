// An inline decision with a required comment: Revert in a history, Approve / Reject on a proposal.
import { ReviewBody } from '@contract/changes.ts';
import { messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import { clearErrors, field, showFieldError, text } from './fields.ts';

export interface Decision {
  label: string;
  testId: string;
  primary?: boolean;
  run(comment: string): Promise<void>;
}

export function decisionForm(key: string, decisions: Decision[]): HTMLFormElement {
  const status = h('p', { class: 'error', role: 'alert', 'data-testid': 'decision-error', hidden: true });
  let chosen: Decision | undefined;
  const buttons = decisions.map((d) => {
    const b = h('button', { type: 'submit', class: d.primary ? 'primary' : undefined, 'data-testid': d.testId }, d.label);
    b.addEventListener('click', () => { chosen = d; });
    return b;
  });
  const form = h('form', { class: 'review-decision', 'data-testid': `decision-${key}`, novalidate: true },
    field({ name: 'comment', label: 'Comment (required)', kind: 'textarea' }), status, h('div', { class: 'edit-buttons' }, ...buttons));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Enter in the comment (or a submit without a click) takes the first decision, the form's default.
    const decision = (event as SubmitEvent).submitter ? chosen ?? decisions[0] : decisions[0];
    if (!decision) return;
    clearErrors(form);
    status.hidden = true;
    const body = ReviewBody.safeParse({ comment: text(form, 'comment') });
    if (!body.success) {
      showFieldError(form, 'comment', body.error.issues[0]?.message ?? 'a comment is required');
      form.querySelector<HTMLElement>('[name="comment"]')?.focus();
      return;
    }
    buttons.forEach((b) => { b.disabled = true; });
    void decision.run(body.data.comment)
      .catch((err: unknown) => { status.textContent = messageOf(err); status.hidden = false; })
      .finally(() => { buttons.forEach((b) => { b.disabled = false; }); chosen = undefined; });
  });
  return form;
}
