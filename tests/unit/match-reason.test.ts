import { describe, expect, it } from 'vitest';
import { matchReason, oneEdit } from '../../server/search/match-reason.ts';
import { whyMatched } from '../../client/panels/match-words.ts';
import type { GraphNode } from '../../server/contract/graph.ts';

const node = (over: Partial<GraphNode>): GraphNode => ({
  id: 'x', type: 'Person', labels: ['Person'], name: 'Agnès Callamard', aliases: ['Agnes Callamard'],
  description: 'Secretary General of Amnesty International.', dataset: 'd', sources: ['s'], properties: {}, ...over,
});

describe('search.matchReason', () => {
  it('prefers the name, ignoring accents and case', () => {
    expect(matchReason(node({}), 'agnes')).toEqual({ matchedOn: 'name', matchedText: 'Agnès Callamard', typos: [] });
  });

  it('names the alias that matched', () => {
    const gov = node({ name: 'Government of Cambodia', aliases: ['Cambodian government', 'Cambodian authorities'] });
    expect(matchReason(gov, 'authorities')).toEqual({ matchedOn: 'aliases', matchedText: 'Cambodian authorities', typos: [] });
  });

  it('quotes the description around the match', () => {
    const r = matchReason(node({}), 'secretary');
    expect(r.matchedOn).toBe('description');
    expect(r.matchedText).toContain('Secretary General');
  });

  it('falls back to the name for typo matches', () => {
    expect(matchReason(node({}), 'calamard').matchedOn).toBe('name');
  });
});

describe('typo matches say why they matched', () => {
  const manet = node({ name: 'Hun Manet', aliases: ['Prime Minister'], description: 'Prime Minister of Cambodia.' });

  it('names the typed word and the word it was taken for, so a near miss is not an exact hit', () => {
    expect(matchReason(manet, 'Hun Manat')).toEqual({
      matchedOn: 'name', matchedText: 'Hun Manet', typos: [{ typed: 'manat', matched: 'manet', change: 'one-letter-different' }],
    });
    expect(matchReason(manet, 'Hun Manet').typos).toEqual([]);
  });

  it('tells a missing, an extra and a swapped letter apart, as Lucene counts them (one edit each)', () => {
    expect(oneEdit('mant', 'manet')).toBe('one-letter-missing');
    expect(oneEdit('maneet', 'manet')).toBe('one-letter-extra');
    expect(oneEdit('mnaet', 'manet')).toBe('two-letters-swapped');
    expect(oneEdit('menat', 'manet')).toBeNull();
    expect(oneEdit('manet', 'manet')).toBeNull();
  });

  it('finds a typo in an alias when the name does not explain the hit', () => {
    const gov = node({ name: 'Government of Cambodia', aliases: ['Cambodian authorities'], description: '' });
    expect(matchReason(gov, 'authorites')).toEqual({
      matchedOn: 'aliases', matchedText: 'Cambodian authorities', typos: [{ typed: 'authorites', matched: 'authorities', change: 'one-letter-missing' }],
    });
  });

  it('reads as "close to “Hun Manet” (one letter different)" in the results list', () => {
    const why = whyMatched(matchReason(manet, 'Hun Manat'));
    expect(why && `${why.lead}${why.text}${why.tail}`).toBe('close to “Hun Manet” (one letter different)');
    expect(whyMatched(matchReason(manet, 'Hun Manet'))).toBeNull();
  });
});
