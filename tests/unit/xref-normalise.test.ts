// Names as the cross-referencer compares them: transliterated, accent-free, punctuation-free, order-free.
import { describe, expect, it } from 'vitest';
import { blockKeys, nameTokens, normaliseName } from '../../server/xref/normalise.ts';
import { jaro, jaroWinkler } from '../../server/xref/jaro-winkler.ts';
import { nameSimilarity } from '../../server/xref/score.ts';

describe('xref normalisation', () => {
  it('lower-cases, strips accents (NFKD) and punctuation', () => {
    expect(nameTokens('Zoltán  HEGEDŰS')).toEqual(['zoltan', 'hegedus']);
    expect(nameTokens("Declan O'Rourke-Finch, J.R.")).toEqual(['declan', 'orourke', 'finch', 'jr']);
  });
  it('transliterates Cyrillic, Chinese and Khmer to Latin', () => {
    expect(nameTokens('Олег Мельник')).toEqual(['oleg', 'melnik']);
    expect(nameTokens('陈志明')).toEqual(['chen', 'zhi', 'ming']);
    expect(nameTokens('ចាន់ ដារ៉ា')).toEqual(['chan', 'dara']);
  });
  it('does not count word order', () => {
    expect(normaliseName('Thorne, Marcus Ellery').sorted).toBe(normaliseName('Marcus Ellery Thorne').sorted);
    expect(nameSimilarity(normaliseName('Wei Jianhong'), normaliseName('Jianhong Wei'))).toBe(1);
  });
  it('compares names split differently run together', () => {
    expect(nameSimilarity(normaliseName('陈志明'), normaliseName('Chen Zhiming'))).toBeGreaterThan(0.95);
  });
  it('keeps two surnames apart even when one begins the other', () => {
    expect(nameSimilarity(normaliseName('Dmitriy Sokolov'), normaliseName('Dmitriy Volkov'))).toBeLessThan(0.7);
    expect(nameSimilarity(normaliseName('Chen Zhiwei'), normaliseName('Chen Zhihao'))).toBeLessThan(0.7);
  });
  it('blocks on words, their first letters and the run-together name', () => {
    expect(blockKeys(normaliseName('Tatiana Kravtsova'))).toEqual(expect.arrayContaining(['tatiana', 'kravtsova', 'krav', 'tatianakravtsova']));
  });
});

describe('Jaro-Winkler', () => {
  it('gives the published values', () => {
    // Winkler's examples, as in the literature: MARTHA/MARHTA, DWAYNE/DUANE, DIXON/DICKSONX.
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.944, 3);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
});
