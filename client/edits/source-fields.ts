// The fields of a new source (title, publisher, date, URL or file reference, kind, reliability grade), on their own or
// inline in another form, and the choice between an existing source and a new one that relationships and allegations need.
import type { GraphNode } from '@contract/graph.ts';
import { Reliability, SourceKind } from '@contract/vocabulary.ts';
import { createEntityPicker } from '../explore/entity-picker.ts';
import { h } from '../panels/dom.ts';
import { checked, field, optionalText, text } from './fields.ts';
import { newId } from './ids.ts';

const RELIABILITY_LABEL: Record<Reliability, string> = {
  A: 'A — reliable', B: 'B — usually reliable', C: 'C — fairly reliable', D: 'D — not usually reliable', E: 'E — unreliable', F: 'F — cannot be judged',
};

export function sourceFields(prefix = ''): HTMLElement[] {
  const n = (name: string): string => `${prefix}${name}`;
  return [
    field({ name: n('title'), label: 'Title', required: true }),
    h('div', { class: 'edit-row' },
      field({ name: n('publisher'), label: 'Publisher', required: true }),
      field({ name: n('author'), label: 'Author', required: true, hint: 'A person, a desk, or the publisher again.' })),
    h('div', { class: 'edit-row' },
      field({ name: n('publishedOn'), label: 'Published on', kind: 'date' }),
      field({ name: n('kind'), label: 'Kind', kind: 'select', options: SourceKind.options.map((k) => [k, k.replace(/_/g, ' ')] as const), value: 'article' })),
    field({ name: n('url'), label: 'URL or file reference', kind: 'url', hint: 'Leave empty for a file the project holds offline; say where in the description.' }),
    h('div', { class: 'edit-row' },
      field({ name: n('reliability'), label: 'Reliability grade', kind: 'select', options: Reliability.options.map((r) => [r, RELIABILITY_LABEL[r]] as const), value: 'F' }),
      field({ name: n('held'), label: 'We hold a copy', kind: 'checkbox', value: true })),
    field({ name: n('reliabilityNote'), label: 'Why this grade', required: true }),
    field({ name: n('description'), label: 'What it is', kind: 'textarea', required: true }),
  ];
}

/** The seed record of the new source the fields describe (validated by the contract when the change is sent). */
export function sourceRecord(form: HTMLFormElement, prefix = '', id?: string): Record<string, unknown> {
  const n = (name: string): string => `${prefix}${name}`;
  return {
    id: id ?? newId('src', text(form, n('title'))),
    title: text(form, n('title')),
    publisher: text(form, n('publisher')),
    author: text(form, n('author')),
    kind: text(form, n('kind')),
    reliability: text(form, n('reliability')),
    reliabilityNote: text(form, n('reliabilityNote')),
    url: optionalText(form, n('url')),
    publishedOn: optionalText(form, n('publishedOn')),
    held: checked(form, n('held')),
    citedBy: [],
    description: text(form, n('description')),
  };
}

export interface SourceChoice {
  element: HTMLElement;
  /** A new source to create in the same change, or undefined when an existing one is picked. */
  newSource(form: HTMLFormElement): Record<string, unknown> | undefined;
  /** The id to cite: the picked source's, the new one's, or '' (the contract then names the field). */
  sourceId(form: HTMLFormElement): string;
  /** True when the change creates the source first (its op is then ops[0], fields prefixed "source."). */
  usesNew(): boolean;
}

/** Required source: pick an existing one by name, or describe a new one inline (prefix "source."). */
export function sourceChoice(initial?: GraphNode): SourceChoice {
  let picked: GraphNode | undefined = initial;
  const picker = createEntityPicker('edit-source-pick', 'Existing source', (node) => { picked = node; });
  if (initial) picker.set(initial);
  const error = h('p', { class: 'field-error', 'data-testid': 'field-error-source', hidden: true });
  const existing = h('div', { class: 'edit-field', 'data-field': 'source', 'data-also': 'sources citedIn' }, picker.element, error);
  const inline = h('div', { class: 'source-inline', hidden: true, 'data-testid': 'source-inline' }, ...sourceFields('source.'));
  const useNew = h('input', { type: 'checkbox', id: 'edit-source-new', 'data-testid': 'source-new' });
  useNew.addEventListener('change', () => { inline.hidden = !useNew.checked; existing.hidden = useNew.checked; });
  let minted: string | undefined;
  const choice: SourceChoice = {
    element: h('fieldset', { class: 'source-choice' }, h('legend', {}, 'Source (required)'), existing,
      h('div', { class: 'edit-check' }, useNew, h('label', { for: 'edit-source-new' }, 'A new source instead')), inline),
    newSource(form) {
      if (!useNew.checked) return undefined;
      // The id is minted once per form, so a retry after an error cites the same new source.
      minted ??= newId('src', text(form, 'source.title'));
      return sourceRecord(form, 'source.', minted);
    },
    sourceId(form) {
      if (useNew.checked) return String(choice.newSource(form)?.id ?? '');
      return picked?.type === 'Source' ? picked.id : '';
    },
    usesNew: () => useNew.checked,
  };
  return choice;
}
