// Groups a big view into meta-nodes (one per type, dataset or community) with counts, one group opened at a time.
// Pure: no Cytoscape, so the counts can be checked in unit tests. A meta-link only counts real links between two
// groups (or between an opened member and a closed group); it never says that every member takes part.

export interface ViewNode { id: string; type: string; dataset: string }
export interface ViewEdge { id: string; source: string; target: string; type: string }

/**
 * One group as a meta-node: its key (a type, a dataset, a community number), how many members, the members when the
 * page has them (a group counted by the database has none listed) and the links inside it.
 */
export interface Group { key: string; size: number; members: string[]; linksInside: number }

/** An end of a meta-link: a closed group, or a member of the opened group. */
export type LinkEnd = { group: string } | { node: string };

/** Real links between two ends, counted by link type. */
export interface MetaLink { id: string; from: LinkEnd; to: LinkEnd; count: number; types: Record<string, number> }

export interface GroupedView {
  groups: Group[];
  /** The group drawn as its members (at most one), or null. */
  opened: string | null;
  /** Members of the opened group, drawn as themselves. */
  members: string[];
  /** Real links among the opened group's members, drawn as themselves. */
  edges: ViewEdge[];
  /** Links with at least one end in a closed group: from group to group, or from a member to a group. */
  metaLinks: MetaLink[];
}

export const endId = (end: LinkEnd): string => ('group' in end ? `group:${end.group}` : end.node);

/** Which group a node is in; `keyOf` may return undefined for a node it does not know (it then goes to '(none)'). */
export type KeyOf = (node: ViewNode) => string | undefined;

export const NO_GROUP = '(none)';

/** Groups the view; `opened` names the group drawn as its members (unknown names open nothing). */
export function groupView(nodes: readonly ViewNode[], edges: readonly ViewEdge[], keyOf: KeyOf, opened: string | null = null): GroupedView {
  const groupOf = new Map<string, string>();
  const byKey = new Map<string, Group>();
  for (const node of nodes) {
    const key = keyOf(node) ?? NO_GROUP;
    groupOf.set(node.id, key);
    let group = byKey.get(key);
    if (!group) byKey.set(key, group = { key, size: 0, members: [], linksInside: 0 });
    group.members.push(node.id);
    group.size += 1;
  }
  const open = opened !== null && byKey.has(opened) ? opened : null;
  const end = (id: string, key: string): LinkEnd => (key === open ? { node: id } : { group: key });
  const drawn: ViewEdge[] = [];
  const meta = new Map<string, MetaLink>();
  for (const edge of edges) {
    const a = groupOf.get(edge.source);
    const b = groupOf.get(edge.target);
    // A link to a node outside the view is not part of it (the caller's edges should all be inside).
    if (a === undefined || b === undefined) continue;
    if (a === b && a === open) { drawn.push(edge); continue; }
    if (a === b) { byKey.get(a)!.linksInside += 1; continue; }
    const from = end(edge.source, a);
    const to = end(edge.target, b);
    const id = `meta:${endId(from)}->${endId(to)}`;
    let link = meta.get(id);
    if (!link) meta.set(id, link = { id, from, to, count: 0, types: {} });
    link.count += 1;
    link.types[edge.type] = (link.types[edge.type] ?? 0) + 1;
  }
  const groups = [...byKey.values()].sort((x, y) => y.size - x.size || x.key.localeCompare(y.key));
  return { groups, opened: open, members: open ? byKey.get(open)!.members : [], edges: drawn, metaLinks: [...meta.values()] };
}

export type GroupBy = 'type' | 'dataset' | 'community';

/** The key function for type and dataset; community keys come from client/grouping/communities.ts. */
export function keyBy(by: Exclude<GroupBy, 'community'>): KeyOf {
  return by === 'type' ? (n) => n.type : (n) => n.dataset;
}
