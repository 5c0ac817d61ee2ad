// Ids for new elements, in the seed's form (lower-case letters, digits, dashes): a readable stem from the name and a
// random tail, so two people naming a thing alike in the same minute still get different ids.
import type { ChangeRecord } from '@contract/changes.ts';

export function newId(prefix: string, name: string, random: () => number = Math.random): string {
  const stem = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  const tail = Math.floor(random() * 36 ** 5).toString(36).padStart(5, '0');
  return [prefix, stem || 'new', tail].join('-');
}

/** The version an element was read at: what the seed or an import wrote is version 0. */
export function versionOf(properties: Record<string, unknown>): number {
  const v = properties.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** Every node a change touched, as node ids: both ends of a relationship, and the allegation a reply answers. */
export function touchedNodes(change: Pick<ChangeRecord, 'items'>): string[] {
  const ids = change.items.flatMap((i) => {
    if (i.kind === 'relationship') return i.element.split(':').slice(1);
    const answers = Array.isArray(i.after?.respondsTo) ? (i.after.respondsTo as Array<{ allegation?: unknown }>) : [];
    return [i.element, ...answers.map((r) => r.allegation).filter((a): a is string => typeof a === 'string')];
  });
  return [...new Set(ids)];
}
