import { describe, expect, it } from 'vitest';
import { matchReason } from '../../server/search/match-reason.ts';
import type { GraphNode } from '../../server/contract/graph.ts';

const node = (over: Partial<GraphNode>): GraphNode => ({
  id: 'x', type: 'Person', labels: ['Person'], name: 'Agnès Callamard', aliases: ['Agnes Callamard'],
  description: 'Secretary General of Amnesty International.', dataset: 'd', sources: ['s'], properties: {}, ...over,
});

describe('search.matchReason', () => {
  it('prefers the name, ignoring accents and case', () => {
    expect(matchReason(node({}), 'agnes')).toEqual({ matchedOn: 'name', matchedText: 'Agnès Callamard' });
  });

  it('names the alias that matched', () => {
    const gov = node({ name: 'Government of Cambodia', aliases: ['Cambodian government', 'Cambodian authorities'] });
    expect(matchReason(gov, 'authorities')).toEqual({ matchedOn: 'aliases', matchedText: 'Cambodian authorities' });
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
