// Folding allegations into links (accusations vs opinions vs claims against no one), responses on record, and undated allegations.
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../server/contract/graph.ts';
import { contestingStances, deriveLinks, linkKind, partiesOf, targetsOf } from '../../client/explore/allegation-links.ts';
import { passes } from '../../client/explore/filters.ts';
import { decodeView, encodeView } from '../../client/explore/share-codec.ts';
import { datedWords } from '../../client/explore/timeline.ts';
import { DEFAULT_SETTINGS, filtersActive, NO_FILTERS } from '../../client/explore/types.ts';
import { nodeLabel } from '../../client/cy/elements.ts';

const node = (id: string, name: string, type: GraphNode['type'], extra: Partial<GraphNode> = {}): GraphNode => ({
  id, name, type, labels: [type], aliases: [], description: '', dataset: 'cambodia-crackdown', sources: ['src-a'], properties: {}, ...extra,
});
const edge = (type: GraphEdge['type'], source: string, target: string, properties: Record<string, unknown> = {}): GraphEdge => ({
  id: `${type}:${source}:${target}`, type, source, target, sources: ['src-a'], properties,
});

// Shaped like the seed: a complicity claim against the government, and the article's call for reform that concerns it.
const nodes = [
  node('pb-gov', 'Government', 'PublicBody'),
  node('cmp', 'Compounds', 'Compound'),
  node('org-amnesty', 'Amnesty', 'Organization'),
  node('per-author', 'The author', 'Person'),
  node('per-sims', 'An analyst', 'Person'),
  node('org-un', 'United Nations', 'Organization'),
  node('al-gov', 'Alleged complicity', 'Allegation', { status: 'alleged', category: 'complicity_collusion', isOpinion: false }),
  node('op-reform', 'Calls for reform', 'Allegation', { status: 'alleged', category: 'call_for_reform', isOpinion: true }),
  node('op-theater', 'Reform theater', 'Allegation', { status: 'alleged', category: 'characterisation', isOpinion: true }),
  // A call for reform wrongly left without the opinion flag is still not an accusation.
  node('op-unflagged', 'Shut them down', 'Allegation', { status: 'alleged', category: 'call_for_reform', isOpinion: false }),
  node('al-losses', 'Losses estimate', 'Allegation', { status: 'alleged', category: 'estimate', isOpinion: false }),
  node('al-denied', 'Synthetic bribery claim', 'Allegation', { status: 'alleged', category: 'corruption', isOpinion: false }),
  node('al-denial', 'Synthetic denial', 'Allegation', { status: 'alleged', category: 'corruption', isOpinion: false }),
  node('syn-minister', 'Synthetic Minister Alpha', 'Official'),
];
const edges = [
  edge('MADE_BY', 'al-gov', 'org-amnesty'), edge('AGAINST', 'al-gov', 'pb-gov'), edge('CONCERNS', 'al-gov', 'cmp'),
  edge('MADE_BY', 'op-reform', 'per-author'), edge('CONCERNS', 'op-reform', 'cmp'), edge('CONCERNS', 'op-reform', 'pb-gov'),
  edge('MADE_BY', 'op-theater', 'per-sims'), edge('CONCERNS', 'op-theater', 'pb-gov'),
  edge('MADE_BY', 'op-unflagged', 'per-author'), edge('CONCERNS', 'op-unflagged', 'pb-gov'),
  edge('MADE_BY', 'al-losses', 'org-un'), edge('CONCERNS', 'al-losses', 'cmp'),
  edge('MADE_BY', 'al-denied', 'org-amnesty'), edge('AGAINST', 'al-denied', 'syn-minister'),
  edge('MADE_BY', 'al-denial', 'syn-minister'), edge('RESPONDS_TO', 'al-denial', 'al-denied', { stance: 'denies' }),
];
const byId = <T extends { id: string }>(list: T[]) => (id: string): T | undefined => list.find((x) => x.id === id);
const store = { node: byId(nodes), edgesTouching: (id: string) => edges.filter((e) => e.source === id || e.target === id) };
const links = (ids: string[]) => deriveLinks(ids, store, () => true).map((l) => l.data);

describe('allegations folded into links', () => {
  it('folds only a claim with an accused party into an accuser → accused accusation', () => {
    const [complicity] = links(['al-gov']);
    expect(complicity).toMatchObject({ source: 'org-amnesty', target: 'pb-gov', kind: 'accuses', type: 'ALLEGES', allegationEdge: true, label: 'ALLEGED · complicity / collusion' });
  });

  it('draws a call for reform as the claimant calling on what it concerns, never as an accusation against the government', () => {
    const reform = links(['op-reform']);
    expect(reform.map((l) => [l.source, l.target])).toEqual([['per-author', 'cmp'], ['per-author', 'pb-gov']]);
    for (const l of reform) {
      expect(l).toMatchObject({ kind: 'opinion', type: 'OPINION_ON', allegationEdge: false, isOpinion: true, verb: 'calls on', label: 'OPINION · calls on' });
      expect(String(l.label)).not.toMatch(/ALLEGED/);
    }
    expect(links(['op-unflagged'])[0]).toMatchObject({ kind: 'opinion', label: 'OPINION · calls on', allegationEdge: false });
  });

  it('words a characterisation as one, and a claim against no one as accusing no one', () => {
    expect(links(['op-theater'])[0]).toMatchObject({ kind: 'opinion', verb: 'characterises', label: 'OPINION · characterises', target: 'pb-gov' });
    expect(links(['al-losses'])[0]).toMatchObject({ kind: 'about', type: 'CLAIMS_ABOUT', allegationEdge: false, label: 'ALLEGED · estimate · accuses no one', target: 'cmp' });
  });

  it('says an opinion that moved status, and keeps the kinds apart in targetsOf', () => {
    const retracted = { ...store, node: (id: string) => (id === 'op-theater' ? { ...store.node(id)!, status: 'retracted' as const } : store.node(id)) };
    expect(deriveLinks(['op-theater'], retracted, () => true)[0]!.data.label).toBe('OPINION · characterises · RETRACTED');
    const p = partiesOf('al-gov', store);
    expect(targetsOf(p, linkKind(store.node('al-gov'), p))).toEqual(['pb-gov']);
    const q = partiesOf('op-reform', store);
    expect(linkKind(store.node('op-reform'), q)).toBe('opinion');
    expect(targetsOf({ accusers: ['a'], accused: [], subjects: [] }, 'about')).toEqual([]);
  });

  it('marks an accusation with a denial on record as contested, in words and style', () => {
    expect(contestingStances('al-denied', store)).toEqual(['denies']);
    expect(contestingStances('al-gov', store)).toEqual([]);
    const [denied] = links(['al-denied']);
    expect(denied).toMatchObject({ source: 'org-amnesty', target: 'syn-minister', answered: 'denies', contested: true, label: 'ALLEGED · corruption · denial on record' });
    // The denial itself names no accused and concerns nothing: it draws no line of its own.
    expect(links(['al-denial'])).toEqual([]);
    expect(links(['al-gov'])[0]).toMatchObject({ answered: '', contested: false });
  });
});

describe('opinion labels on the canvas', () => {
  it('reads "OPINION · characterisation", not "ALLEGED · OPINION"', () => {
    expect(nodeLabel(store.node('op-theater')!)).toBe('OPINION · characterisation\nReform theater');
    expect(nodeLabel(store.node('op-reform')!)).toMatch(/^OPINION · call for reform\n/);
    expect(nodeLabel(store.node('al-gov')!)).toMatch(/^ALLEGED\n/);
  });
});

describe('undated allegations and the date filter', () => {
  it('says when none of the allegations in view is dated, or how many are not', () => {
    expect(datedWords(12, 0)).toBe('None of the 12 allegations in view is dated: a date range cannot act on them.');
    expect(datedWords(1, 0)).toMatch(/^The one allegation in view is not dated/);
    expect(datedWords(0, 0)).toMatch(/^No allegations in view/);
    expect(datedWords(5, 2)).toBe('3 allegations of 5 in view are not dated: a date range cannot judge them.');
    expect(datedWords(4, 4)).toBeNull();
  });

  it('shows undated allegations by default and hides them when the user chooses', () => {
    const undated = { nodeType: 'Allegation', grades: [], dates: [] };
    expect(passes(undated, NO_FILTERS)).toBe(true);
    expect(passes(undated, { ...NO_FILTERS, from: '2031-01-01' })).toBe(true);
    expect(passes(undated, { ...NO_FILTERS, hideUndated: true })).toBe(false);
    expect(passes({ ...undated, dates: ['2031-03-01'] }, { ...NO_FILTERS, hideUndated: true })).toBe(true);
    // Other nodes carry no date and are not "undated allegations".
    expect(passes({ nodeType: 'Person', grades: [], dates: [] }, { ...NO_FILTERS, hideUndated: true })).toBe(true);
    expect(filtersActive({ ...NO_FILTERS, hideUndated: true })).toBe(true);
  });

  it('keeps the choice in a shared link', () => {
    const snap = { nodes: [{ id: 'al-gov', x: 0, y: 0 }], edges: [], pinned: [], slices: [], paging: [], settings: { ...DEFAULT_SETTINGS, filters: { ...NO_FILTERS, hideUndated: true } } };
    expect(decodeView(encodeView(snap)).snapshot.settings.filters.hideUndated).toBe(true);
    expect(decodeView(encodeView({ ...snap, settings: DEFAULT_SETTINGS })).snapshot.settings.filters.hideUndated).toBe(false);
  });
});
