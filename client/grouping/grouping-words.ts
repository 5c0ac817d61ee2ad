// What a meta-node and a meta-link say, in the page's words: counts of real members and real links, never a claim
// that every member takes part in a link.
import { typeLabel } from '../wording.ts';
import type { Group, MetaLink } from './group-view.ts';

const n = (x: number): string => x.toLocaleString('en-GB');
const plural = (x: number, one: string, many: string): string => `${n(x)} ${x === 1 ? one : many}`;

/** A group's name: a type in the page's words ("Public body"), else its key (a dataset, "Community 3"). */
export function groupName(key: string): string {
  return (typeLabel as Record<string, string>)[key] ?? key;
}

/** "Person · 1,204" : the group's name and how many members it has. */
export function groupLabel(group: Group): string {
  return `${groupName(group.key)} · ${n(group.size)}`;
}

/** The longer words for a screen reader and the tooltip. */
export function groupDescription(group: Group): string {
  return `${groupName(group.key)}: ${plural(group.size, 'member', 'members')}, ${plural(group.linksInside, 'link', 'links')} among them`;
}

/** "312 links: AGAINST 200, MADE_BY 112" : most frequent type first. */
export function metaLinkLabel(link: MetaLink): string {
  const types = Object.entries(link.types).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return `${plural(link.count, 'link', 'links')}: ${types.map(([t, c]) => `${t} ${n(c)}`).join(', ')}`;
}

/** The offer shown before a big view is drawn. */
export function offerText(elements: number): string {
  return `This view has ${n(elements)} elements. Group by type, dataset or community, or draw everything.`;
}
