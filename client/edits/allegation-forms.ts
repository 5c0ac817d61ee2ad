// An allegation's own forms: a new allegation (who makes it, against whom, category, opinion or not, credibility, its
// source), a status change along the lifecycle (with date, source and note), and a reply or denial (the right of reply).
import type { GraphNode } from '@contract/graph.ts';
import { ResponseStance } from '@contract/graph.ts';
import { AllegationCategory, AllegationStatus } from '@contract/vocabulary.ts';
import { stanceLabel, statusLabel } from '../wording.ts';
import { h } from '../panels/dom.ts';
import { datasetField } from './dataset-field.ts';
import { openFormDialog } from './dialog.ts';
import type { EditHooks } from './element-forms.ts';
import { checked, commentField, field, numberValue, optionalText, text } from './fields.ts';
import { newId, versionOf } from './ids.ts';
import { pickField } from './pick-field.ts';
import { sourceChoice } from './source-fields.ts';
import { submitChange } from './submit.ts';

const withSource = <T>(created: Record<string, unknown> | undefined, op: T): unknown[] =>
  created ? [{ op: 'create', kind: 'source', record: created }, op] : [op];

export function openNewAllegation(hooks: EditHooks, against?: GraphNode): void {
  const madeBy = pickField('madeBy', 'Made by (who makes the claim)');
  const accused = pickField('against', 'Against (the accused)', against?.type === 'Allegation' || against?.type === 'Source' ? undefined : against);
  const source = sourceChoice();
  let id: string | undefined;
  openFormDialog({
    title: 'New allegation', testId: 'form-new-allegation', submitLabel: 'Create',
    body: [
      h('p', { class: 'edit-lead' }, 'An allegation is a claim someone makes, recorded in neutral words with where it is reported.'),
      datasetField(),
      field({ name: 'name', label: 'Short title', required: true }),
      field({ name: 'summary', label: 'Summary (neutral, our words)', kind: 'textarea', required: true }),
      madeBy.element, accused.element,
      h('div', { class: 'edit-row' },
        field({ name: 'category', label: 'Category', kind: 'select', options: AllegationCategory.options.map((c) => [c, c.replace(/_/g, ' ')] as const) }),
        field({ name: 'assertedOn', label: 'Claim made on', kind: 'date' })),
      h('div', { class: 'edit-row' },
        field({ name: 'credibility', label: 'Credibility (1 confirmed … 6 cannot be judged)', kind: 'number', value: 6 }),
        field({ name: 'isOpinion', label: 'An opinion, not a claim of fact', kind: 'checkbox' })),
      field({ name: 'credibilityNote', label: 'Why this credibility', required: true }),
      source.element,
      field({ name: 'note', label: 'What the source says of it', required: true }),
      commentField(),
    ],
    submit: (dlg) => submitChange(dlg, () => {
      const form = dlg.form;
      id ??= newId('al', text(form, 'name'));
      const cited = source.sourceId(form);
      const on = optionalText(form, 'assertedOn');
      return {
        dataset: text(form, 'dataset'), comment: text(form, 'comment'),
        ops: withSource(source.newSource(form), { op: 'create', kind: 'allegation', record: {
          id, name: text(form, 'name'), summary: text(form, 'summary'), category: text(form, 'category'), isOpinion: checked(form, 'isOpinion'),
          status: 'alleged', statusHistory: [{ status: 'alleged', on, source: cited, note: 'Recorded as reported.' }],
          credibility: numberValue(form, 'credibility'), credibilityNote: text(form, 'credibilityNote'), assertedOn: on, conductPeriod: null,
          madeBy: madeBy.id() ? [madeBy.id()] : [], against: accused.id() ? [accused.id()] : [], concerns: [],
          citedIn: [{ source: cited, note: text(form, 'note') }], respondsTo: [],
        } }),
      };
    }, { opPrefix: source.usesNew() ? { 0: 'source.' } : {}, saved: hooks.saved }),
  });
}

export function openStatusChange(initial: GraphNode, hooks: EditHooks): void {
  let node = initial;
  const source = sourceChoice();
  const targets = AllegationStatus.options.filter((s) => s !== node.status);
  openFormDialog({
    title: `Change status: ${node.name}`, testId: 'form-status', submitLabel: 'Change status',
    body: [
      h('p', { class: 'edit-lead' }, `Now ${node.status ? statusLabel[node.status] : 'unknown'}. The move is appended to its status history; the lifecycle allows only some moves (docs/editing.md).`),
      h('div', { class: 'edit-row' },
        field({ name: 'to', label: 'New status', kind: 'select', options: targets.map((s) => [s, statusLabel[s]] as const) }),
        field({ name: 'on', label: 'On (date reported)', kind: 'date' })),
      source.element,
      field({ name: 'note', label: 'Note (what the source reports)', kind: 'textarea', required: true }),
      commentField(),
    ],
    submit: (dlg) => submitChange(dlg, () => {
      const form = dlg.form;
      return {
        dataset: node.dataset, comment: text(form, 'comment'),
        ops: withSource(source.newSource(form), {
          op: 'status', allegation: node.id, version: versionOf(node.properties), to: text(form, 'to'),
          on: optionalText(form, 'on'), source: source.sourceId(form), note: text(form, 'note'),
        }),
      };
    }, { opPrefix: source.usesNew() ? { 0: 'source.' } : {}, saved: hooks.saved, reload: async () => { node = await hooks.fetchNode(node.id); } }),
  });
}

export function openResponse(allegation: GraphNode, hooks: EditHooks, by?: GraphNode): void {
  const who = pickField('by', 'Who responds', by);
  const source = sourceChoice();
  let id: string | undefined;
  openFormDialog({
    title: `Record a reply or denial: ${allegation.name}`, testId: 'form-response', submitLabel: 'Record reply',
    body: [
      h('p', { class: 'edit-lead' }, 'The reply is shown beside the allegation, with who, when, stance and source.'),
      who.element,
      h('div', { class: 'edit-row' },
        field({ name: 'stance', label: 'Stance', kind: 'select', options: ResponseStance.options.map((s) => [s, stanceLabel[s]] as const), value: 'denies' }),
        field({ name: 'on', label: 'On (date of the reply)', kind: 'date' })),
      field({ name: 'summary', label: 'What they say (neutral, our words)', kind: 'textarea', required: true }),
      source.element,
      commentField(),
    ],
    submit: (dlg) => submitChange(dlg, () => {
      const form = dlg.form;
      id ??= newId('al', `reply ${allegation.name}`);
      return {
        dataset: allegation.dataset, comment: text(form, 'comment'),
        ops: withSource(source.newSource(form), {
          op: 'response', id, allegation: allegation.id, by: who.id(), on: optionalText(form, 'on'),
          stance: text(form, 'stance'), source: source.sourceId(form), summary: text(form, 'summary'),
        }),
      };
    }, { opPrefix: source.usesNew() ? { 0: 'source.' } : {}, saved: hooks.saved }),
  });
}
