// A modal form in a native <dialog>: the browser gives Esc-to-close and keeps focus inside; Enter submits the form.
import { h } from '../panels/dom.ts';

export interface FormDialog {
  dialog: HTMLDialogElement;
  form: HTMLFormElement;
  /** Where a message that names no field of this form goes (and the 409 diff). */
  status: HTMLElement;
  close(): void;
}

export interface DialogOptions {
  title: string;
  testId: string;
  /** What the primary button says ("Save", "Connect", "Record reply"). */
  submitLabel: string;
  body: HTMLElement[];
  submit(dialog: FormDialog): Promise<void>;
}

let open: FormDialog | undefined;

/** Opens one form at a time; a second open replaces the first, so two half-filled forms never stack up. */
export function openFormDialog(opts: DialogOptions): FormDialog {
  open?.close();
  // Focus goes back where it was (the button that opened the form) when the form closes.
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const titleId = `${opts.testId}-title`;
  const status = h('div', { class: 'edit-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'edit-status' });
  const submitButton = h('button', { type: 'submit', class: 'primary', 'data-testid': 'edit-submit' }, opts.submitLabel);
  const cancel = h('button', { type: 'button', 'data-testid': 'edit-cancel' }, 'Cancel');
  const form = h('form', { class: 'edit-form', novalidate: true, 'aria-labelledby': titleId },
    h('h2', { id: titleId }, opts.title),
    ...opts.body,
    status,
    h('div', { class: 'edit-buttons' }, cancel, submitButton));
  const dialog = h('dialog', { class: 'edit-dialog', 'data-testid': opts.testId }, form);
  const handle: FormDialog = {
    dialog, form, status,
    close: () => {
      if (dialog.open) dialog.close();
      if (!dialog.isConnected) return;
      dialog.remove();
      if (open === handle) open = undefined;
      // The panel may have re-rendered the opener meanwhile (a save refreshes it): its namesake takes the focus.
      const testId = opener?.dataset.testid;
      const target = opener?.isConnected ? opener : testId ? document.querySelector<HTMLElement>(`[data-testid="${CSS.escape(testId)}"]`) : null;
      target?.focus();
    },
  };
  cancel.addEventListener('click', () => handle.close());
  // Esc fires "cancel" then "close"; either way the dialog leaves the page.
  dialog.addEventListener('close', () => handle.close());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (submitButton.disabled) return;
    submitButton.disabled = true;
    form.setAttribute('aria-busy', 'true');
    void opts.submit(handle).finally(() => {
      submitButton.disabled = false;
      form.removeAttribute('aria-busy');
    });
  });
  document.body.append(dialog);
  dialog.showModal();
  open = handle;
  dialog.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus();
  return handle;
}
