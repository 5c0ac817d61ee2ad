// Sending a form's ChangeSet: checked by the same zod contract first, then the server's answer shown where it belongs —
// a 400 on the field it names, a 409 as the diff of what changed with "Reload and re-apply", success as applied or proposed.
import { ChangeSet, type EditConflict } from '@contract/edits.ts';
import type { ChangeRecord } from '@contract/changes.ts';
import { messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import type { FormDialog } from './dialog.ts';
import { EditError, postEdit } from './edits-api.ts';
import { shown } from './diff-view.ts';
import { clearErrors, focusFirstError, showFieldError } from './fields.ts';

export const PROPOSED = 'Proposed — waiting for review';
export const APPLIED = 'Saved and published';

export interface SubmitOptions {
  /** Field-name prefixes per op index, for forms with several ops (see showFieldError). */
  opPrefix?: Record<number, string>;
  /** Reads the element again after a 409 so the next attempt carries the current version. */
  reload?(): Promise<void>;
  saved?(change: ChangeRecord): void;
}

/** A change as a person reads it: the form's own words. Exported for the unit test of the mapping. */
export function savedMessage(change: Pick<ChangeRecord, 'status'>): string {
  return change.status === 'proposed' ? PROPOSED : APPLIED;
}

export async function submitChange(dlg: FormDialog, build: () => unknown, opts: SubmitOptions = {}): Promise<void> {
  const { form, status } = dlg;
  clearErrors(form);
  status.replaceChildren();
  const checked = ChangeSet.safeParse(build());
  if (!checked.success) {
    const loose: string[] = [];
    for (const issue of checked.error.issues) {
      if (!showFieldError(form, issue.path as Array<string | number>, issue.message, opts.opPrefix)) loose.push(`${issue.path.join('.')}: ${issue.message}`);
    }
    if (loose.length > 0) status.replaceChildren(h('p', { class: 'error', role: 'alert', 'data-testid': 'edit-error' }, loose.join(' · ')));
    focusFirstError(form);
    return;
  }
  try {
    const change = await postEdit(checked.data);
    done(dlg, change);
    opts.saved?.(change);
  } catch (err) {
    if (err instanceof EditError && err.conflict) {
      status.replaceChildren(conflictView(err.message, err.conflict, async () => {
        await opts.reload?.();
        form.requestSubmit();
      }));
      return;
    }
    const field = err instanceof EditError ? err.field : undefined;
    if (!field || !showFieldError(form, field, messageOf(err), opts.opPrefix)) {
      status.replaceChildren(h('p', { class: 'error', role: 'alert', 'data-testid': 'edit-error' }, messageOf(err)));
    }
    focusFirstError(form);
  }
}

/** The form turns into its outcome; the only button left closes it. */
function done(dlg: FormDialog, change: ChangeRecord): void {
  const { form, status } = dlg;
  form.querySelectorAll<HTMLElement>('.edit-field, fieldset, .edit-lead').forEach((el) => { el.hidden = true; });
  form.querySelector<HTMLElement>('[data-testid="edit-submit"]')?.setAttribute('hidden', '');
  const close = form.querySelector<HTMLButtonElement>('[data-testid="edit-cancel"]');
  if (close) close.textContent = 'Close';
  status.replaceChildren(h('p', { class: 'edit-saved', 'data-testid': 'edit-saved', 'data-status': change.status, 'data-change': change.id },
    savedMessage(change), change.status === 'proposed' ? '. A reviewer other than you will approve or reject it.' : '.'));
  close?.focus();
}

export function conflictView(message: string, conflict: EditConflict, reapply: () => Promise<void>): HTMLElement {
  const who = conflict.changedBy ? `${conflict.changedBy}${conflict.changedAt ? ` on ${conflict.changedAt}` : ''}` : 'someone';
  const button = h('button', { type: 'button', class: 'primary', 'data-testid': 'conflict-reapply' }, 'Reload and re-apply');
  button.addEventListener('click', () => { button.disabled = true; void reapply().finally(() => { button.disabled = false; }); });
  return h('div', { class: 'conflict error', role: 'alert', 'data-testid': 'edit-conflict' },
    h('p', {}, message),
    h('p', { class: 'hint' }, conflict.currentVersion === null
      ? 'It has been deleted since you opened it.'
      : `You edited version ${conflict.yourVersion}; it is now at version ${conflict.currentVersion}, changed by ${who}.`),
    conflict.fields.length > 0
      ? h('table', { class: 'diff', 'data-testid': 'conflict-diff' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Yours'), h('th', { scope: 'col' }, 'Now'))),
        h('tbody', {}, ...conflict.fields.map((f) => h('tr', { 'data-testid': 'conflict-row', 'data-field': f.field },
          h('th', { scope: 'row' }, f.field), h('td', { class: 'conflict-yours' }, shown(f.yours)), h('td', { class: 'conflict-theirs' }, shown(f.theirs))))))
      : null,
    button);
}
