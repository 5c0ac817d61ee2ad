// New entity, new source, and "Edit" of an existing element's own fields (name, aliases, description and the rest).
import type { ChangeRecord } from '@contract/changes.ts';
import type { GraphEdge, GraphNode } from '@contract/graph.ts';
import { AllegationCategory, NodeType } from '@contract/vocabulary.ts';
import { typeLabel } from '../wording.ts';
import { h } from '../panels/dom.ts';
import { datasetField } from './dataset-field.ts';
import { openFormDialog } from './dialog.ts';
import { checked, commentField, field, list, numberValue, optionalText, text } from './fields.ts';
import { newId, versionOf } from './ids.ts';
import { sourceChoice, sourceFields, sourceRecord } from './source-fields.ts';
import { submitChange } from './submit.ts';
import { openVersionedEdit } from './versioned-edit.ts';

export interface EditHooks {
  saved(change: ChangeRecord): void;
  /** The element as the server has it now (after a 409). */
  fetchNode(id: string): Promise<GraphNode>;
  /** The link as the server has it now (after a 409). */
  fetchEdge(id: string): Promise<GraphEdge>;
}

const ENTITY_TYPES = NodeType.options.filter((t) => t !== 'Source' && t !== 'Allegation');
export const kindOf = (node: GraphNode): 'entity' | 'source' | 'allegation' =>
  node.type === 'Source' ? 'source' : node.type === 'Allegation' ? 'allegation' : 'entity';

export function openNewEntity(hooks: EditHooks): void {
  const source = sourceChoice();
  openFormDialog({
    title: 'New entity', testId: 'form-new-entity', submitLabel: 'Create',
    body: [
      h('div', { class: 'edit-row' },
        field({ name: 'type', label: 'Type', kind: 'select', options: ENTITY_TYPES.map((t) => [t, typeLabel[t]] as const), value: 'Person' }),
        datasetField()),
      field({ name: 'name', label: 'Name', required: true }),
      field({ name: 'aliases', label: 'Aliases', hint: 'Separated by commas.' }),
      field({ name: 'description', label: 'Description', kind: 'textarea', required: true }),
      source.element,
      commentField(),
    ],
    submit: (dlg) => submitChange(dlg, () => {
      const form = dlg.form;
      const created = source.newSource(form);
      return {
        dataset: text(form, 'dataset'), comment: text(form, 'comment'),
        ops: [
          ...(created ? [{ op: 'create', kind: 'source', record: created }] : []),
          { op: 'create', kind: 'entity', record: {
            id: newId(text(form, 'type').toLowerCase().slice(0, 3), text(form, 'name')), type: text(form, 'type'), name: text(form, 'name'),
            aliases: list(form, 'aliases'), description: text(form, 'description'), sources: [source.sourceId(form)], named: true, properties: {},
          } },
        ],
      };
    }, { opPrefix: source.usesNew() ? { 0: 'source.' } : {}, saved: hooks.saved }),
  });
}

export function openNewSource(hooks: EditHooks): void {
  let id: string | undefined;
  openFormDialog({
    title: 'New source', testId: 'form-new-source', submitLabel: 'Create',
    body: [datasetField(), ...sourceFields(), commentField()],
    submit: (dlg) => submitChange(dlg, () => {
      id ??= newId('src', text(dlg.form, 'title'));
      return { dataset: text(dlg.form, 'dataset'), comment: text(dlg.form, 'comment'), ops: [{ op: 'create', kind: 'source', record: sourceRecord(dlg.form, '', id) }] };
    }, { saved: hooks.saved }),
  });
}

/** The fields "Edit" offers per kind, read from the node as the API returns it. */
function editFields(node: GraphNode): HTMLElement[] {
  const p = node.properties;
  const str = (key: string): string => (typeof p[key] === 'string' ? String(p[key]) : '');
  if (node.type === 'Source') {
    return [
      field({ name: 'title', label: 'Title', value: node.name, required: true }),
      h('div', { class: 'edit-row' }, field({ name: 'publisher', label: 'Publisher', value: str('publisher') }), field({ name: 'publishedOn', label: 'Published on', kind: 'date', value: str('publishedOn') })),
      field({ name: 'url', label: 'URL or file reference', kind: 'url', value: str('url') }),
      field({ name: 'description', label: 'Description', kind: 'textarea', value: node.description }),
    ];
  }
  if (node.type === 'Allegation') {
    return [
      field({ name: 'name', label: 'Short title', value: node.name, required: true }),
      field({ name: 'summary', label: 'Summary (neutral, our words)', kind: 'textarea', value: str('summary') || node.description, required: true }),
      h('div', { class: 'edit-row' },
        field({ name: 'category', label: 'Category', kind: 'select', options: AllegationCategory.options, value: node.category }),
        field({ name: 'credibility', label: 'Credibility (1 confirmed … 6 cannot be judged)', kind: 'number', value: node.credibility })),
      field({ name: 'isOpinion', label: 'A characterisation or opinion, not a claim of fact', kind: 'checkbox', value: node.isOpinion === true }),
    ];
  }
  return [
    field({ name: 'name', label: 'Name', value: node.name, required: true }),
    field({ name: 'aliases', label: 'Aliases', value: node.aliases.join(', '), hint: 'Separated by commas.' }),
    field({ name: 'description', label: 'Description', kind: 'textarea', value: node.description }),
  ];
}

/** Only the fields the editor changed are sent, so a concurrent edit of another field is no conflict. */
export function changedFields(node: GraphNode, form: HTMLFormElement): Record<string, unknown> {
  const p = node.properties;
  const now: Record<string, unknown> = {};
  const before: Record<string, unknown> = {};
  if (node.type === 'Source') {
    Object.assign(now, { title: text(form, 'title'), publisher: text(form, 'publisher'), publishedOn: optionalText(form, 'publishedOn'), url: optionalText(form, 'url'), description: text(form, 'description') });
    Object.assign(before, { title: node.name, publisher: p.publisher ?? '', publishedOn: p.publishedOn ?? null, url: p.url ?? null, description: node.description });
  } else if (node.type === 'Allegation') {
    Object.assign(now, { name: text(form, 'name'), summary: text(form, 'summary'), category: text(form, 'category'), credibility: numberValue(form, 'credibility'), isOpinion: checked(form, 'isOpinion') });
    Object.assign(before, { name: node.name, summary: p.summary ?? node.description, category: node.category, credibility: node.credibility, isOpinion: node.isOpinion === true });
  } else {
    Object.assign(now, { name: text(form, 'name'), aliases: list(form, 'aliases'), description: text(form, 'description') });
    Object.assign(before, { name: node.name, aliases: node.aliases, description: node.description });
  }
  return Object.fromEntries(Object.entries(now).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])));
}

export function openEdit(node: GraphNode, hooks: EditHooks): void {
  openVersionedEdit({
    title: `Edit ${node.name}`, testId: 'form-edit', element: node,
    lead: (n) => `${typeLabel[n.type]} in ${n.dataset}, version ${versionOf(n.properties)}.`,
    body: editFields(node),
    change: (n, form) => ({ dataset: n.dataset, ops: [{ op: 'update', kind: kindOf(n), id: n.id, version: versionOf(n.properties), set: changedFields(n, form) }] }),
    refetch: (n) => hooks.fetchNode(n.id),
    saved: hooks.saved,
  });
}
