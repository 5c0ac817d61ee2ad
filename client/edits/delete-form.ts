// "Delete…": an element leaves the published graph, with a required comment and a confirm box that says what that means.
// The server refuses a linked element (400 on ops.0.id): the message lands on the confirm step, where the editor reads it.
import type { ElementKind } from '@contract/edits.ts';
import type { EditHooks } from './element-forms.ts';
import { checked, clearErrors, field, focusFirstError, showFieldError } from './fields.ts';
import { openVersionedEdit } from './versioned-edit.ts';

export const DELETE_MEANS = 'It leaves the published graph; its history keeps it and a reviewer can revert it.';

export interface DeleteTarget {
  kind: ElementKind;
  id: string;
  name: string;
  dataset: string;
  version: number;
}

export function openDelete(target: DeleteTarget, hooks: EditHooks & { refetch(t: DeleteTarget): Promise<DeleteTarget> }): void {
  const confirm = field({ name: 'confirm', label: `Delete ${target.name}. ${DELETE_MEANS}`, kind: 'checkbox' });
  // A refusal names the element's id: it is shown here, on the step that asked to delete it.
  confirm.setAttribute('data-also', 'id');
  openVersionedEdit({
    title: `Delete ${target.name}`, testId: 'form-delete', submitLabel: 'Delete', element: target,
    lead: (t) => `${t.kind[0]!.toUpperCase()}${t.kind.slice(1)} in ${t.dataset}, version ${t.version}. ${DELETE_MEANS} With review on, the delete waits for a reviewer.`,
    body: [confirm],
    precheck: (dlg) => {
      if (checked(dlg.form, 'confirm')) return true;
      clearErrors(dlg.form);
      showFieldError(dlg.form, 'confirm', 'Tick the box to confirm the delete.');
      focusFirstError(dlg.form);
      return false;
    },
    change: (t) => ({ dataset: t.dataset, ops: [{ op: 'delete', kind: t.kind, id: t.id, version: t.version }] }),
    refetch: hooks.refetch,
    saved: hooks.saved,
  });
}
