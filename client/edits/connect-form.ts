// "Connect": a sourced relationship between two nodes, its type from the vocabulary's allowlist of factual links.
import type { GraphNode } from '@contract/graph.ts';
import { ALLEGATION_REL_TYPES, RelType } from '@contract/vocabulary.ts';
import { h } from '../panels/dom.ts';
import { datasetField } from './dataset-field.ts';
import { openFormDialog } from './dialog.ts';
import type { EditHooks } from './element-forms.ts';
import { commentField, field, text } from './fields.ts';
import { pickField } from './pick-field.ts';
import { sourceChoice } from './source-fields.ts';
import { submitChange } from './submit.ts';

/** Allegation structure is made by the allegation forms; LINKED_TO is for imported networks whose kind the vocabulary lacks. */
export const CONNECT_TYPES = RelType.options.filter((t) => !ALLEGATION_REL_TYPES.includes(t) && t !== 'LINKED_TO');

export function openConnect(hooks: EditHooks, from?: GraphNode, to?: GraphNode): void {
  const start = pickField('from', 'From', from);
  const end = pickField('to', 'To', to);
  const source = sourceChoice();
  const swap = h('button', { type: 'button', 'data-testid': 'connect-swap', title: 'Swap the two ends' }, '⇅ Swap');
  swap.addEventListener('click', () => {
    const a = start.node();
    start.set(end.node());
    end.set(a);
  });
  openFormDialog({
    title: 'Connect two nodes', testId: 'form-connect', submitLabel: 'Connect',
    body: [
      start.element, swap, end.element,
      h('div', { class: 'edit-row' },
        field({ name: 'type', label: 'Relationship', kind: 'select', options: CONNECT_TYPES.map((t) => [t, t.replace(/_/g, ' ').toLowerCase()] as const) }),
        field({ name: 'status', label: 'Standing', kind: 'select', options: [['reported', 'reported (one source says so)'], ['established', 'established (public record)']] as const })),
      datasetField(from?.dataset),
      source.element,
      commentField(),
    ],
    submit: (dlg) => submitChange(dlg, () => {
      const form = dlg.form;
      return {
        dataset: text(form, 'dataset'), comment: text(form, 'comment'),
        ops: [
          ...(source.usesNew() ? [{ op: 'create', kind: 'source', record: source.newSource(form) }] : []),
          { op: 'create', kind: 'relationship', record: { type: text(form, 'type'), from: start.id(), to: end.id(), sources: [source.sourceId(form)], status: text(form, 'status'), properties: {} } },
        ],
      };
    }, { opPrefix: source.usesNew() ? { 0: 'source.' } : {}, saved: hooks.saved }),
  });
}
