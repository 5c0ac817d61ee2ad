// Why a search hit is listed, in words: a near miss must never look like an exact hit.
import type { SearchHit, TypoChange } from '@contract/search.ts';

export const typoWords: Record<TypoChange, string> = {
  'one-letter-different': 'one letter different',
  'one-letter-missing': 'one letter missing',
  'one-letter-extra': 'one letter extra',
  'two-letters-swapped': 'two letters swapped',
};

const fieldWords = { name: 'name', aliases: 'alias', description: 'description' } as const;

/**
 * The line under a hit's name: null for an exact or prefix match on the name itself (the name says it all),
 * "close to “Hun Manet” (one letter different)" for a typo, "matched alias: …" for a hit in another field.
 */
export function whyMatched(hit: Pick<SearchHit, 'matchedOn' | 'matchedText' | 'typos'>): { lead: string; text: string; tail: string } | null {
  if (hit.typos.length > 0) {
    const changes = [...new Set(hit.typos.map((t) => typoWords[t.change]))].join(', ');
    const where = hit.matchedOn === 'aliases' ? 'close to the alias ' : 'close to ';
    return { lead: `${where}“`, text: hit.matchedText, tail: `” (${changes})` };
  }
  if (hit.matchedOn === 'name') return null;
  return { lead: `matched ${fieldWords[hit.matchedOn]}: `, text: hit.matchedText, tail: '' };
}
