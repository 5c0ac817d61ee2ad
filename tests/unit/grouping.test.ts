// Grouping a view into meta-nodes: the counts add up to the view (members of all groups = its nodes; meta-link
// counts + links drawn + links inside closed groups = its links), whichever group is open, and the words of a
// meta-link give real counts by type.
import { describe, expect, it } from 'vitest';
import { communityKeys } from '../../client/grouping/communities.ts';
import { groupView, keyBy, NO_GROUP, type GroupedView, type ViewEdge, type ViewNode } from '../../client/grouping/group-view.ts';
import { groupLabel, metaLinkLabel } from '../../client/grouping/grouping-words.ts';

const TYPES = ['Person', 'Organization', 'Allegation', 'Compound'];
const REL = ['AGAINST', 'MADE_BY', 'ASSOCIATED_WITH'];

/** A made-up view of n nodes in two datasets and about 3n links, some inside a type, some across, a few loops. */
function view(size: number): { nodes: ViewNode[]; edges: ViewEdge[] } {
  const nodes = Array.from({ length: size }, (_, i) => ({ id: `n${i}`, type: TYPES[(i * 7) % TYPES.length]!, dataset: i % 3 === 0 ? 'a' : 'b' }));
  const edges: ViewEdge[] = [];
  for (let i = 0; i < size * 3; i++) {
    const source = `n${(i * 13) % size}`;
    const target = `n${(i * 31 + 7) % size}`;
    edges.push({ id: `e${i}`, source, target, type: REL[i % REL.length]! });
  }
  // Links within one type (i and i + 4 share a type) and a few loops, which stay inside their group.
  for (let i = 0; i + 4 < size; i += 5) edges.push({ id: `s${i}`, source: `n${i}`, target: `n${i + 4}`, type: 'ASSOCIATED_WITH' });
  for (let i = 0; i < size; i += 50) edges.push({ id: `l${i}`, source: `n${i}`, target: `n${i}`, type: 'ASSOCIATED_WITH' });
  return { nodes, edges };
}

function totals(g: GroupedView): { members: number; links: number } {
  return {
    members: g.groups.reduce((s, x) => s + x.members.length, 0),
    links: g.metaLinks.reduce((s, l) => s + l.count, 0) + g.edges.length + g.groups.filter((x) => x.key !== g.opened).reduce((s, x) => s + x.linksInside, 0),
  };
}

describe('grouping counts add up', () => {
  const { nodes, edges } = view(500);
  for (const by of ['type', 'dataset'] as const) {
    it(`by ${by}, closed and with each group opened`, () => {
      const closed = groupView(nodes, edges, keyBy(by));
      expect(closed.opened).toBeNull();
      expect(totals(closed)).toEqual({ members: nodes.length, links: edges.length });
      for (const group of closed.groups) {
        const open = groupView(nodes, edges, keyBy(by), group.key);
        expect(open.opened).toBe(group.key);
        expect(open.members).toEqual(group.members);
        expect(totals(open)).toEqual({ members: nodes.length, links: edges.length });
        // Every drawn link is real and lies among the opened members.
        const inside = new Set(open.members);
        for (const e of open.edges) expect(inside.has(e.source) && inside.has(e.target)).toBe(true);
        expect(open.edges.length).toBe(group.linksInside);
      }
    });
  }

  it('by community (Louvain), with every node in exactly one community', () => {
    const keys = communityKeys(nodes, edges);
    const g = groupView(nodes, edges, keys);
    expect(g.groups.some((x) => x.key === NO_GROUP)).toBe(false);
    expect(g.groups.length).toBeGreaterThan(1);
    expect(totals(g)).toEqual({ members: nodes.length, links: edges.length });
    expect(totals(groupView(nodes, edges, keys, g.groups[0]!.key))).toEqual({ members: nodes.length, links: edges.length });
  });

  it('a type count per group matches a direct count of the nodes', () => {
    const g = groupView(nodes, edges, keyBy('type'));
    for (const t of TYPES) expect(g.groups.find((x) => x.key === t)?.members.length).toBe(nodes.filter((x) => x.type === t).length);
  });
});

describe('meta-links', () => {
  // Two allegations against one person and made by one organisation; one person-organisation link.
  const nodes: ViewNode[] = [
    { id: 'p1', type: 'Person', dataset: 'd' }, { id: 'p2', type: 'Person', dataset: 'd' },
    { id: 'o1', type: 'Organization', dataset: 'd' },
    { id: 'a1', type: 'Allegation', dataset: 'd' }, { id: 'a2', type: 'Allegation', dataset: 'd' },
  ];
  const edges: ViewEdge[] = [
    { id: 'x1', source: 'a1', target: 'p1', type: 'AGAINST' }, { id: 'x2', source: 'a2', target: 'p1', type: 'AGAINST' },
    { id: 'x3', source: 'a1', target: 'o1', type: 'MADE_BY' }, { id: 'x4', source: 'a2', target: 'o1', type: 'MADE_BY' },
    { id: 'x5', source: 'p2', target: 'o1', type: 'MEMBER_OF' }, { id: 'x6', source: 'p1', target: 'p2', type: 'ASSOCIATED_WITH' },
  ];

  it('count real links by type, and only the accused person is linked once a group is opened', () => {
    const closed = groupView(nodes, edges, keyBy('type'));
    const against = closed.metaLinks.find((l) => l.id === 'meta:group:Allegation->group:Person')!;
    expect(metaLinkLabel(against)).toBe('2 links: AGAINST 2');
    expect(closed.groups.find((g) => g.key === 'Person')!.linksInside).toBe(1);
    expect(groupLabel(closed.groups.find((g) => g.key === 'Person')!)).toBe('Person · 2');

    // Opening Person: p2 was never accused, so no allegation link reaches it; the AGAINST links attach to p1 alone.
    const open = groupView(nodes, edges, keyBy('type'), 'Person');
    expect(open.edges.map((e) => e.id)).toEqual(['x6']);
    const toP1 = open.metaLinks.find((l) => l.id === 'meta:group:Allegation->p1')!;
    expect(toP1.count).toBe(2);
    expect(open.metaLinks.some((l) => 'node' in l.to && l.to.node === 'p2' && l.types.AGAINST)).toBe(false);
    expect(metaLinkLabel(open.metaLinks.find((l) => l.id === 'meta:p2->group:Organization')!)).toBe('1 link: MEMBER_OF 1');
  });

  it('a mixed meta-link lists each type, most first', () => {
    const mixed = [...edges, { id: 'x7', source: 'a1', target: 'p2', type: 'CONCERNS' }];
    const link = groupView(nodes, mixed, keyBy('type')).metaLinks.find((l) => l.id === 'meta:group:Allegation->group:Person')!;
    expect(metaLinkLabel(link)).toBe('3 links: AGAINST 2, CONCERNS 1');
  });
});
