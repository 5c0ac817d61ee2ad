// A whole scope (one or more datasets) as one view: counted and grouped in the database first, so a scope too big to
// send is refused with words that say what to do, and can still be opened as groups whatever its size.
import { MAX_VIEW_ELEMENTS, type ScopeGroups, type ScopeView } from '../contract/datasets.ts';
import { readQuery, type Db } from '../db/run.ts';
import { asNode, asRelationship, toGraphEdge, toGraphNode } from '../db/mappers.ts';
import { BadRequestError } from '../http/errors.ts';

type GroupRow = { key: string | null; members: number };
type LinkRow = { from: string | null; to: string | null; rel: string; links: number };

const NONE = '(none)';

/** Group counts, and link counts between groups by link type; a link inside a group counts for that group. */
export async function scopeGroups(db: Db, datasets: string[], by: 'type' | 'dataset'): Promise<ScopeGroups> {
  const [row] = await readQuery(db, 'datasets-view-groups', { datasets, by });
  const groups = new Map<string, { key: string; members: number; linksInside: number }>();
  for (const g of (row?.groups ?? []) as GroupRow[]) groups.set(g.key ?? NONE, { key: g.key ?? NONE, members: g.members, linksInside: 0 });
  const links = new Map<string, { from: string; to: string; count: number; types: Record<string, number> }>();
  let edges = 0;
  for (const l of (row?.links ?? []) as LinkRow[]) {
    const from = l.from ?? NONE;
    const to = l.to ?? NONE;
    edges += l.links;
    if (from === to) { groups.get(from)!.linksInside += l.links; continue; }
    const id = `${from}\u0000${to}`;
    let link = links.get(id);
    if (!link) links.set(id, link = { from, to, count: 0, types: {} });
    link.count += l.links;
    link.types[l.rel] = (link.types[l.rel] ?? 0) + l.links;
  }
  const all = [...groups.values()].sort((a, b) => b.members - a.members || a.key.localeCompare(b.key));
  const nodes = all.reduce((s, g) => s + g.members, 0);
  return { datasets, by, nodes, edges, fetchable: nodes + edges <= MAX_VIEW_ELEMENTS, groups: all, links: [...links.values()] };
}

/** The elements of the scope, or a 400 naming the scope when there are more than a view opens. */
export async function scopeView(db: Db, datasets: string[], cap = MAX_VIEW_ELEMENTS): Promise<ScopeView> {
  const size = await scopeGroups(db, datasets, 'dataset');
  if (size.nodes + size.edges > cap) {
    throw new BadRequestError(`datasets: this view has ${(size.nodes + size.edges).toLocaleString('en-GB')} elements (${size.nodes.toLocaleString('en-GB')} nodes, `
      + `${size.edges.toLocaleString('en-GB')} links), more than the ${cap.toLocaleString('en-GB')} one view opens. `
      + 'Open it grouped by type or dataset (GET /api/datasets/view/groups), or choose fewer datasets', 'datasets');
  }
  const [row] = await readQuery(db, 'datasets-view', { datasets });
  const nodes = ((row?.nodes ?? []) as unknown[]).map((n) => toGraphNode(asNode(n)));
  const edges = ((row?.edges ?? []) as Array<{ rel: unknown; from: string; to: string }>).map((e) => toGraphEdge(asRelationship(e.rel), e.from, e.to));
  return { datasets, nodes, edges, sources: {} };
}
