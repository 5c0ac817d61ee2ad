// The one way a form changes an element it read: the element's fields, the required comment, the contract pre-check and
// the server's answer (submitChange), and on a 409 "Reload and re-apply" on the version the server has now. "Edit" of a
// node, "Edit" of a link and "Delete…" all go through here, so they behave alike.
import type { ChangeRecord } from '@contract/changes.ts';
import { h } from '../panels/dom.ts';
import { openFormDialog, type FormDialog } from './dialog.ts';
import { commentField, text } from './fields.ts';
import { submitChange } from './submit.ts';

export interface VersionedEdit<T> {
  title: string;
  testId: string;
  submitLabel?: string;
  element: T;
  /** One line saying what is edited (kind, dataset, version). */
  lead(element: T): string;
  body: HTMLElement[];
  /** The change's dataset and ops, built from the element as last read and the form. */
  change(element: T, form: HTMLFormElement): { dataset: string; ops: unknown[] };
  /** Reads the element again (after a 409). */
  refetch(element: T): Promise<T>;
  /** A check of the form's own (say, the confirm box) before the contract's; false stops the submit. */
  precheck?(dlg: FormDialog): boolean;
  opPrefix?: Record<number, string>;
  saved(change: ChangeRecord): void;
}

export function openVersionedEdit<T>(opts: VersionedEdit<T>): FormDialog {
  let current = opts.element;
  return openFormDialog({
    title: opts.title, testId: opts.testId, submitLabel: opts.submitLabel ?? 'Save',
    body: [h('p', { class: 'edit-lead' }, opts.lead(current)), ...opts.body, commentField()],
    submit: async (dlg) => {
      if (opts.precheck && !opts.precheck(dlg)) return;
      await submitChange(dlg, () => ({ ...opts.change(current, dlg.form), comment: text(dlg.form, 'comment') }), {
        saved: opts.saved, opPrefix: opts.opPrefix,
        // Re-apply: the same edits, on the version the server has now.
        reload: async () => { current = await opts.refetch(current); },
      });
    },
  });
}
