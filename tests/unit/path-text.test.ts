// Paths as text: the list names each relationship type in its true direction, linked parties carry their words,
// contested allegations are said to be so, and a shared path view survives the ?v= link.
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../server/contract/graph.ts';
import { explainPath } from '../../client/explore/path-explain.ts';
import { pathText } from '../../client/explore/path-view.ts';
import { decodeView, encodeView } from '../../client/explore/share-codec.ts';
import { DEFAULT_SETTINGS, type Snapshot } from '../../client/explore/types.ts';

const node = (id: string, name: string, type: GraphNode['type'], extra: Partial<GraphNode> = {}): GraphNode => ({
  id, name, type, labels: [type], aliases: [], description: '', dataset: 'test', sources: ['src-a'], properties: {}, ...extra,
});
const edge = (type: GraphEdge['type'], source: string, target: string, properties: Record<string, unknown> = {}): GraphEdge => ({
  id: `${type}:${source}:${target}`, type, source, target, sources: ['src-a'], properties,
});
const nodes = [
  node('off-minister', 'Synthetic Minister Alpha', 'Official'),
  node('pb-ministry', 'Synthetic Ministry Alpha', 'PublicBody'),
  node('al-one', 'Alleged ministry complicity', 'Allegation', { status: 'denied', category: 'complicity_collusion' }),
  node('al-two', 'Alleged ministry collusion', 'Allegation', { status: 'alleged', category: 'complicity_collusion' }),
  node('cmp', 'Synthetic Compound Gamma', 'Compound'),
  node('org-watch', 'Synthetic Watchdog Delta', 'Organization'),
];
const edges = [
  edge('LEADS', 'off-minister', 'pb-ministry'), edge('AGAINST', 'al-one', 'pb-ministry'), edge('CONCERNS', 'al-one', 'cmp'),
  edge('AGAINST', 'al-two', 'pb-ministry'), edge('CONCERNS', 'al-two', 'cmp'), edge('MADE_BY', 'al-one', 'org-watch'),
];
const find = <T extends { id: string }>(list: T[]) => (id: string): T | undefined => list.find((x) => x.id === id);
const roles: Record<string, string> = { 'off-minister': 'not accused; leads the accused body' };
const ctx = {
  nameOf: (id: string) => find(nodes)(id)?.name ?? id, node: find(nodes), edge: find(edges), source: () => undefined,
  accusers: (id: string) => edges.filter((e) => e.type === 'MADE_BY' && e.source === id).map((e) => find(nodes)(e.target)!.name),
  linkedRole: (id: string) => roles[id],
  statusOf: (id: string) => find(nodes)(id)?.status,
};
const via = (allegation: string) => ({
  nodeIds: ['off-minister', 'pb-ministry', allegation, 'cmp'],
  edgeIds: ['LEADS:off-minister:pb-ministry', `AGAINST:${allegation}:pb-ministry`, `CONCERNS:${allegation}:cmp`], length: 3,
});

describe('the paths list', () => {
  it('names every relationship type in its true direction, so parallel paths read apart', () => {
    const one = pathText(via('al-one'), ctx);
    expect(one).toBe('Synthetic Minister Alpha (not accused; leads the accused body) —LEADS→ Synthetic Ministry Alpha ←AGAINST— Alleged ministry complicity [DENIED] —CONCERNS→ Synthetic Compound Gamma');
    expect(pathText(via('al-two'), ctx)).not.toBe(one);
  });

  it('reads a path walked backwards with the arrows pointing back', () => {
    const back = { nodeIds: ['cmp', 'al-two', 'pb-ministry'], edgeIds: ['CONCERNS:al-two:cmp', 'AGAINST:al-two:pb-ministry'], length: 2 };
    expect(pathText(back, ctx)).toBe('Synthetic Compound Gamma ←CONCERNS— Alleged ministry collusion —AGAINST→ Synthetic Ministry Alpha');
  });
});

describe('the explanation of a collusion path', () => {
  it('labels a linked party as not accused, and says in words that an allegation is denied', () => {
    const hops = explainPath(via('al-one'), ctx);
    expect(hops[0]!.text).toBe('Synthetic Minister Alpha (not accused; leads the accused body) — LEADS → Synthetic Ministry Alpha');
    expect(hops[0]!.notes.join(' ')).toMatch(/^Synthetic Minister Alpha: not accused; leads the accused body\. The allegation does not name them/);
    expect(hops[1]!.notes).toEqual(['The allegation “Alleged ministry complicity” is DENIED: the accused party has denied it.']);
    expect(explainPath(via('al-two'), ctx)[1]!.notes).toEqual([]);
  });
});

describe('a shared path view', () => {
  const snap: Snapshot = { nodes: [{ id: 'pb-ministry', x: 1, y: 2 }], edges: [], pinned: [], slices: [], paging: [], settings: structuredClone(DEFAULT_SETTINGS) };
  it.each([
    [{ kind: 'collusion' as const, from: 'off-minister', includeLinked: true, chosen: 1 }],
    [{ kind: 'paths' as const, from: 'off-minister', to: 'cmp', k: 3, maxHops: 5, minReliability: 'B' as const, maxCredibility: 4, corroboratedOnly: true, throughSources: true, chosen: 2 }],
  ])('round-trips through the link: %o', (path) => {
    expect(decodeView(encodeView(snap, undefined, true, path)).path).toEqual(path);
  });

  it('has no path part when none was shown', () => {
    expect(decodeView(encodeView(snap)).path).toBeUndefined();
  });
});
