// "Change password": the current one, the new one twice. The server ends the account's other sessions.
import { ApiError, messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';
import { changePassword } from './accounts-api.ts';
import { createNewPasswordFields } from './new-password.ts';

/** A modal dialog, removed from the page when closed. */
export function openDialog(className: string, testId: string, title: string, ...body: HTMLElement[]): HTMLDialogElement {
  const close = h('button', { type: 'button', class: 'dialog-close', 'aria-label': 'Close', 'data-testid': `${testId}-close` }, '×');
  const dialog = h('dialog', { class: `account-dialog ${className}`, 'aria-labelledby': `${testId}-title`, 'data-testid': testId },
    h('header', { class: 'dialog-head' }, h('h2', { id: `${testId}-title` }, title), close), ...body);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

export function openChangePassword(): void {
  const current = h('input', { id: 'change-current', type: 'password', autocomplete: 'current-password', required: true, 'data-testid': 'change-current' });
  const fields = createNewPasswordFields('change');
  const status = h('p', { class: 'auth-error', role: 'alert', hidden: true, 'data-testid': 'change-status' });
  const submit = h('button', { type: 'submit', class: 'primary' , 'data-testid': 'change-submit' }, 'Change password');
  const form = h('form', { class: 'dialog-form', novalidate: true },
    h('label', { class: 'auth-field', for: current.id }, h('span', {}, 'Current password'), current),
    fields.element, status, h('div', { class: 'dialog-actions' }, submit));
  const dialog = openDialog('change-dialog', 'change-password', 'Change password', form);
  current.focus();
  const say = (words: string, ok: boolean): void => {
    status.textContent = words;
    status.className = ok ? 'auth-ok' : 'auth-error';
    status.hidden = false;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!current.value) return void (say('Enter your current password.', false), current.focus());
    const problem = fields.problem();
    if (problem) return void (say(problem.words, false), problem.field.focus());
    submit.disabled = true;
    changePassword(current.value, fields.value())
      .then(() => {
        form.replaceChildren(h('p', { class: 'auth-ok', role: 'status', 'data-testid': 'change-done' }, 'Password changed. Your other sessions have been signed out.'),
          h('div', { class: 'dialog-actions' }, h('button', { type: 'button', class: 'primary', onclick: () => dialog.close() }, 'Done')));
      })
      .catch((err: unknown) => {
        const wrong = err instanceof ApiError && (err.status === 401 || err.status === 403 || err.field === 'current');
        say(wrong ? 'The current password is wrong.' : messageOf(err), false);
        (wrong ? current : fields.first).focus();
        submit.disabled = false;
      });
  });
}
