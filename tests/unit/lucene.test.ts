import { describe, expect, it } from 'vitest';
import { toLucene, words } from '../../server/search/lucene.ts';

describe('search.lucene', () => {
  it('asks for whole word, prefix and typo matches of every word', () => {
    expect(toLucene('Hun Manet')).toBe('(hun^3 OR hun*^2) AND (manet^3 OR manet*^2 OR manet~1)');
  });

  it('allows two typos only in long words', () => {
    expect(toLucene('callamard')).toContain('callamard~2');
    expect(toLucene('amn')).toBe('(amn^3 OR amn*^2)');
  });

  it('strips Lucene operators so input cannot change the query structure', () => {
    expect(words('a:b OR (c)* "d"~')).toEqual(['ab', 'or', 'c', 'd']);
    expect(toLucene('+-&|!(){}[]^"~*?:\\/')).toBeNull();
  });

  it('keeps accented letters', () => {
    expect(words('Agnès')).toEqual(['agnès']);
  });
});
