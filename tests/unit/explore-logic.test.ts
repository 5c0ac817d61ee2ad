// The investigator's pure rules: shared-view links round-trip, filters, allegations folded into links, and path sentences.
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, SourceSummary } from '../../server/contract/graph.ts';
import { deriveLinks } from '../../client/explore/allegation-links.ts';
import { allegationDates, passes } from '../../client/explore/filters.ts';
import { explainPath } from '../../client/explore/path-explain.ts';
import { decodeView, encodeView } from '../../client/explore/share-codec.ts';
import { DEFAULT_SETTINGS, NO_FILTERS, type Snapshot } from '../../client/explore/types.ts';

const node = (id: string, name: string, type: GraphNode['type'], extra: Partial<GraphNode> = {}): GraphNode => ({
  id, name, type, labels: [type], aliases: [], description: '', dataset: 'test', sources: ['src-a'], properties: {}, ...extra,
});
const edge = (type: GraphEdge['type'], source: string, target: string, properties: Record<string, unknown> = {}): GraphEdge => ({
  id: `${type}:${source}:${target}`, type, source, target, sources: ['src-a'], properties,
});
const source = (id: string, title: string, held: boolean, citedBy: string[] = []): SourceSummary => ({
  id, title, publisher: 'x', kind: 'article', reliability: 'F', url: null, publishedOn: null, held, citedBy,
});

const nodes = [
  node('off-hun-manet', 'Hun Manet', 'Official'),
  node('pb-gov', 'Government of Cambodia', 'PublicBody'),
  node('al-gov', 'Alleged government complicity', 'Allegation', { status: 'alleged', category: 'complicity_collusion', credibility: 3, sources: ['src-a', 'src-b'] }),
  node('cmp', 'Compounds investigated', 'Compound'),
  node('org-amnesty', 'Amnesty International', 'Organization'),
  node('al-nobody', 'Compounds use forced labour', 'Allegation', { status: 'corroborated', category: 'forced_labour' }),
];
const edges = [
  edge('LEADS', 'off-hun-manet', 'pb-gov', { role: 'Prime Minister' }),
  edge('AGAINST', 'al-gov', 'pb-gov'),
  edge('CONCERNS', 'al-gov', 'cmp'),
  edge('MADE_BY', 'al-gov', 'org-amnesty'),
  edge('MADE_BY', 'al-nobody', 'org-amnesty'),
  edge('CONCERNS', 'al-nobody', 'cmp'),
];
const sources = [source('src-a', 'The analysis', true), source('src-b', 'Amnesty investigations', false, ['src-a'])];
const byId = <T extends { id: string }>(list: T[]) => (id: string): T | undefined => list.find((x) => x.id === id);
const store = { node: byId(nodes), edge: byId(edges), source: byId(sources), edgesTouching: (id: string) => edges.filter((e) => e.source === id || e.target === id) };

describe('shared view links', () => {
  const snap: Snapshot = {
    nodes: [{ id: 'off-hun-manet', x: 10.5, y: -4 }, { id: 'pb-gov', x: 200, y: 30 }, { id: 'al-gov', x: 0, y: 99 }],
    edges: ['LEADS:off-hun-manet:pb-gov', 'AGAINST:al-gov:pb-gov'],
    pinned: ['pb-gov'],
    slices: [{ id: 'pb-gov', rel: 'AGAINST', dir: 'in', loaded: 2, total: 2 }],
    paging: [['off-hun-manet', { loaded: 2, total: 2 }]],
    settings: { ...DEFAULT_SETTINGS, mode: 'links', layout: 'circle', sizeBy: 'pagerank', filters: { ...NO_FILTERS, statuses: ['alleged'], maxCredibility: 3, hide: true, from: '2024-01-01' } },
  };

  it('round-trips nodes, lines, pins, expansions, filters, settings and selection', () => {
    const v = encodeView(snap, 'pb-gov');
    expect(v).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = decodeView(v);
    expect(back.selected).toBe('pb-gov');
    expect(back.hasPositions).toBe(true);
    expect(back.snapshot).toEqual({ ...snap, nodes: snap.nodes.map((n) => ({ ...n, x: Math.round(n.x) })) });
  });

  it('can leave positions out, and refuses a damaged link with a readable error', () => {
    expect(decodeView(encodeView(snap, undefined, false)).hasPositions).toBe(false);
    expect(() => decodeView('not-a-view')).toThrow(/damaged|understands/);
  });
});

describe('filters', () => {
  const base = { grades: [], dates: [] };
  it('filters by type, relationship, status, credibility and reliability', () => {
    expect(passes({ ...base, nodeType: 'Allegation', status: 'alleged' }, { ...NO_FILTERS, statuses: ['alleged'] })).toBe(false);
    expect(passes({ ...base, nodeType: 'Allegation', status: 'corroborated' }, { ...NO_FILTERS, statuses: ['alleged'] })).toBe(true);
    expect(passes({ ...base, nodeType: 'Person' }, { ...NO_FILTERS, types: ['Person'] })).toBe(false);
    expect(passes({ ...base, relType: 'LEADS' }, { ...NO_FILTERS, rels: ['LEADS'] })).toBe(false);
    expect(passes({ ...base, credibility: 4 }, { ...NO_FILTERS, maxCredibility: 3 })).toBe(false);
    expect(passes({ ...base, grades: ['F', 'B'] }, { ...NO_FILTERS, minReliability: 'C' })).toBe(true);
    expect(passes({ ...base, grades: ['F'] }, { ...NO_FILTERS, minReliability: 'C' })).toBe(false);
  });

  it('filters allegations by when they were made, and always keeps undated ones', () => {
    const dated = node('al-x', 'x', 'Allegation', { properties: { assertedOn: '2023-05-01', statusHistory: [{ status: 'denied', on: '2024-02-03T10:00:00Z' }, { status: 'alleged', on: null }] } });
    expect(allegationDates(dated)).toEqual(['2023-05-01', '2024-02-03']);
    const range = { ...NO_FILTERS, from: '2024-01-01', to: '2024-12-31' };
    expect(passes({ ...base, dates: allegationDates(dated) }, range)).toBe(true);
    expect(passes({ ...base, dates: ['2022-01-01'] }, range)).toBe(false);
    expect(passes({ ...base, dates: [] }, range)).toBe(true);
  });
});

describe('allegations as links', () => {
  it('draws accuser -> accused, or accuser -> what it concerns when no one is accused', () => {
    const links = deriveLinks(['al-gov', 'al-nobody'], store, () => true);
    expect(links.map((l) => l.data.id)).toEqual(['allegation:al-gov:org-amnesty:pb-gov', 'allegation:al-nobody:org-amnesty:cmp']);
    expect(links[0]!.data).toMatchObject({ label: 'ALLEGED · complicity / collusion', status: 'alleged', dashed: true, sources: ['src-a', 'src-b'] });
    expect(links[1]!.data).toMatchObject({ statusGroup: 'established', dashed: false });
    expect(deriveLinks(['al-gov'], store, (id) => id !== 'org-amnesty')).toEqual([]);
  });
});

describe('why are these connected', () => {
  it('reads each hop as a sentence, claims as claims, with citations and whether each source is held', () => {
    const hops = explainPath(
      { nodeIds: ['off-hun-manet', 'pb-gov', 'al-gov', 'cmp'], edgeIds: ['LEADS:off-hun-manet:pb-gov', 'AGAINST:al-gov:pb-gov', 'CONCERNS:al-gov:cmp'] },
      { ...store, accusers: (id) => store.edgesTouching(id).filter((e) => e.type === 'MADE_BY' && e.source === id).map((e) => store.node(e.target)?.name ?? e.target) },
    );
    expect(hops.map((h) => h.text)).toEqual([
      'Hun Manet — LEADS (as Prime Minister) → Government of Cambodia',
      'Government of Cambodia is ALLEGED (by Amnesty International) to be complicit in, or colluding with, Compounds investigated — “Alleged government complicity”',
      'The allegation “Alleged government complicity”, ALLEGED (by Amnesty International), concerns Compounds investigated',
    ]);
    expect(hops.map((h) => h.claim)).toEqual([false, true, true]);
    expect(hops[1]!.citations).toEqual([
      { id: 'src-a', title: 'The analysis', reliability: 'F', held: true, citedBy: [] },
      { id: 'src-b', title: 'Amnesty investigations', reliability: 'F', held: false, citedBy: ['The analysis'] },
    ]);
  });
});
