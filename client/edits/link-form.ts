// "Edit" of a link: its standing (reported or established), its sources (at least one) and its note, role and dates.
// Type and ends never change (delete and create); the rest goes through the same versioned edit as a node's "Edit".
import type { GraphEdge } from '@contract/graph.ts';
import { createEntityPicker } from '../explore/entity-picker.ts';
import { relLabel } from '../wording.ts';
import { h } from '../panels/dom.ts';
import type { EditHooks } from './element-forms.ts';
import { field, text } from './fields.ts';
import { versionOf } from './ids.ts';
import { LINK_PROPERTY_FIELDS, linkSet } from './link-set.ts';
import { openVersionedEdit } from './versioned-edit.ts';

/** The link's sources as boxes to keep or drop, and a picker to add one; errors on `sources` land here. */
function sourcesField(edge: GraphEdge, nameOf: (id: string) => string): { element: HTMLElement; ids(): string[] } {
  let added: string | undefined;
  const boxes = edge.sources.map((id, i) => {
    const box = h('input', { type: 'checkbox', id: `edit-link-source-${i}`, value: id, 'data-testid': 'link-source', checked: true });
    box.checked = true;
    return { box, row: h('div', { class: 'edit-check' }, box, h('label', { for: `edit-link-source-${i}` }, nameOf(id))) };
  });
  const picker = createEntityPicker('edit-source-pick', 'Add a source', (node) => { added = node?.type === 'Source' ? node.id : undefined; });
  const error = h('p', { class: 'field-error', 'data-testid': 'field-error-sources', hidden: true });
  return {
    element: h('fieldset', { class: 'source-choice edit-field', 'data-field': 'sources' },
      h('legend', {}, 'Sources (at least one)'), ...boxes.map((b) => b.row), picker.element, error),
    ids: () => [...new Set([...boxes.filter((b) => b.box.checked).map((b) => b.box.value), ...(added ? [added] : [])])],
  };
}

export function openLinkEdit(edge: GraphEdge, ctx: { dataset: string; nameOf(id: string): string }, hooks: EditHooks): void {
  const str = (key: string): string => (typeof edge.properties[key] === 'string' ? String(edge.properties[key]) : '');
  const sources = sourcesField(edge, ctx.nameOf);
  openVersionedEdit({
    title: `Edit the link ${ctx.nameOf(edge.source)} ${relLabel(edge.type)} ${ctx.nameOf(edge.target)}`, testId: 'form-edit-link', element: edge,
    lead: (e) => `Relationship in ${ctx.dataset}, version ${versionOf(e.properties)}. Its type and ends stay; to change them, delete it and connect anew.`,
    body: [
      field({ name: 'status', label: 'Standing', kind: 'select', value: edge.status ?? 'reported',
        options: [['reported', 'reported (one source says so)'], ['established', 'established (public record)']] as const }),
      sources.element,
      h('div', { class: 'edit-row' }, field({ name: 'role', label: 'Role', value: str('role') }),
        field({ name: 'since', label: 'Since', kind: 'date', value: str('since') }), field({ name: 'until', label: 'Until', kind: 'date', value: str('until') })),
      field({ name: 'note', label: 'Note', kind: 'textarea', value: str('note') }),
    ],
    change: (e, form) => ({
      dataset: ctx.dataset,
      ops: [{ op: 'update', kind: 'relationship', id: e.id, version: versionOf(e.properties), set: linkSet(e, {
        status: text(form, 'status'), sources: sources.ids(),
        properties: Object.fromEntries(LINK_PROPERTY_FIELDS.map((k) => [k, text(form, k)])),
      }) }],
    }),
    refetch: (e) => hooks.fetchEdge(e.id),
    saved: hooks.saved,
  });
}
