// Before and after, property by property: what a change did (or, for a proposal, would do) to one element.
import { h } from '../panels/dom.ts';

export type Props = Record<string, unknown> | null | undefined;

/** Keys whose value differs; a created element lists all of its keys, a deleted one all it had. */
export function changedKeys(before: Props, after: Props): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => shown(before?.[k]) !== shown(after?.[k])).sort();
}

/** A value as a person reads it: lists joined, absent as an em dash. */
export function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => shown(v)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function diffTable(before: Props, after: Props): HTMLElement {
  const keys = changedKeys(before, after);
  if (keys.length === 0) return h('p', { class: 'hint' }, 'No property changed.');
  return h('table', { class: 'diff', 'data-testid': 'diff' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Property'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'))),
    h('tbody', {}, ...keys.map((k) => h('tr', { 'data-testid': 'diff-row', 'data-key': k },
      h('th', { scope: 'row' }, k),
      h('td', { class: 'diff-before' }, shown(before?.[k])),
      h('td', { class: 'diff-after' }, shown(after?.[k]))))));
}

/** The server's own field-by-field account of a change item (ChangeItem.fields). */
export function fieldsTable(fields: ReadonlyArray<{ field: string; before?: unknown; after?: unknown }>): HTMLElement {
  if (fields.length === 0) return h('p', { class: 'hint' }, 'No property changed.');
  return h('table', { class: 'diff', 'data-testid': 'diff' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Property'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'))),
    h('tbody', {}, ...fields.map((f) => h('tr', { 'data-testid': 'diff-row', 'data-key': f.field },
      h('th', { scope: 'row' }, f.field),
      h('td', { class: 'diff-before' }, shown(f.before)),
      h('td', { class: 'diff-after' }, shown(f.after))))));
}
