import { describe, expect, it } from 'vitest';
import { toLucene, words } from '../../server/search/lucene.ts';

describe('search.lucene', () => {
  it('asks every word to match by whole word or prefix, names weighing most', () => {
    expect(toLucene('un')).toBe('(name:un^8 OR name:un*^4 OR aliases:un^6 OR aliases:un*^3 OR description:un^2 OR description:un*^1)');
  });

  it('joins words with AND', () => {
    expect(toLucene('hun manet')?.split(' AND ')).toHaveLength(2);
  });

  it('allows one typo from 4 letters in names and aliases, never on short words or in descriptions', () => {
    expect(toLucene('manet')).toContain('name:manet~1^2');
    expect(toLucene('callamard')).toContain('aliases:callamard~1^1.5');
    expect(toLucene('callamard')).not.toContain('~2');
    expect(toLucene('callamard')).not.toContain('description:callamard~');
    expect(toLucene('amn')).not.toContain('~');
  });

  it('strips Lucene operators so input cannot change the query structure', () => {
    expect(words('a:b OR (c)* "d"~')).toEqual(['ab', 'or', 'c', 'd']);
    expect(toLucene('+-&|!(){}[]^"~*?:\\/')).toBeNull();
  });

  it('keeps accented letters', () => {
    expect(words('Agnès')).toEqual(['agnès']);
  });
});
