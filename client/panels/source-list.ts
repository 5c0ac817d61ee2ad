// Renders sources and citations: title, publisher, kind, reliability grade with its meaning, and whether the project holds it.
import type { SourceSummary } from '@contract/graph.ts';
import { reliabilityMeaning, sourceKindLabel } from '../wording.ts';
import { h } from './dom.ts';

export interface Cited {
  source: SourceSummary;
  note?: string | null;
}

/** Only http(s) links are made clickable: a source URL is data, not something to trust blindly. */
function safeUrl(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function reliabilityBadge(grade: SourceSummary['reliability']): HTMLElement {
  return h('span', { class: `grade grade-${grade}`, title: `Source reliability ${grade}: ${reliabilityMeaning[grade]}` }, grade);
}

function heldLine(source: SourceSummary, nameOf: (id: string) => string): HTMLElement {
  if (source.held) return h('p', { class: 'held' }, 'Held: the project has read this source.');
  const citers = source.citedBy.map(nameOf);
  const via = citers.length > 0 ? citers.join('; ') : 'another source';
  return h('p', { class: 'held not-held' }, `Not held — known only as cited by ${via}.`);
}

function sourceItem({ source, note }: Cited, nameOf: (id: string) => string): HTMLLIElement {
  const url = safeUrl(source.url);
  const title = url
    ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, source.title)
    : h('span', {}, source.title);
  const meta = [source.publisher, sourceKindLabel[source.kind] ?? source.kind, source.publishedOn].filter(Boolean).join(' · ');
  return h(
    'li',
    { class: 'source', 'data-testid': 'source-item', 'data-source-id': source.id },
    h('p', { class: 'source-title' }, title),
    h('p', { class: 'source-meta' }, meta),
    h('p', { class: 'source-grade' }, reliabilityBadge(source.reliability), ` Reliability ${source.reliability} — ${reliabilityMeaning[source.reliability]}`),
    heldLine(source, nameOf),
    note ? h('blockquote', { class: 'note' }, note) : null,
  );
}

export function sourceList(items: Cited[], nameOf: (id: string) => string): HTMLElement {
  const list = h('ul', { class: 'sources' });
  for (const item of items) list.append(sourceItem(item, nameOf));
  return list;
}

/** Sources by id from what has been fetched; ids not yet known are listed plainly rather than dropped. */
export function sourcesByIds(ids: string[], lookup: (id: string) => SourceSummary | undefined, nameOf: (id: string) => string): HTMLElement | null {
  if (ids.length === 0) return null;
  const known: Cited[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const source = lookup(id);
    if (source) known.push({ source });
    else unknown.push(id);
  }
  const list = sourceList(known, nameOf);
  for (const id of unknown) list.append(h('li', { class: 'source' }, h('p', { class: 'source-title' }, `Source ${id}`), h('p', { class: 'source-meta' }, 'Details not loaded.')));
  return list;
}
