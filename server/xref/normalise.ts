// Names as the cross-referencer compares them: Latin letters only, lower case, no accents or punctuation, words sorted.
// Transliteration is the `transliteration` package: of the three on npm (any-ascii, transliteration, unidecode) it
// reads Khmer closest to the usual romanisation (ហ៊ុន -> "hun", any-ascii gives "hon") and, like unidecode, keeps
// Chinese syllables apart ("Wang Bao Qiang"; any-ascii runs them together), while being the one still maintained.
import { transliterate } from 'transliteration';

/**
 * Khmer consonants the package reads letter by letter away from the usual romanisation (ច "c" for "ch", ដ "t" for
 * "d", ប "p" for "b"): the usual reading, so "ចាន់ ដារ៉ា" comes out near "Chan Dara".
 */
const KHMER_USUAL: Record<string, string> = { 'ច': 'ch', 'ឆ': 'chh', 'ដ': 'd', 'ឌ': 'd', 'ប': 'b', 'ណ': 'n' };

/** Words shorter than this say too little to block on ("a", "of"). */
const MIN_BLOCK_TOKEN = 2;

/** A name in comparable form: its words in their order, and sorted (word order does not count). */
export interface NormalName {
  /** The name as given, for "why it matched". */
  raw: string;
  tokens: string[];
  sorted: string;
  /** The words run together in their order: "She Zhi Jiang" and "She Zhijiang" are one name. */
  compact: string;
}

/**
 * Lower-case Latin words of `text`: transliterated, accents stripped (NFKD), punctuation dropped, doubled letters
 * written once (Khmer vowels come out doubled, "daaraa"; Latin spellings differ there too, "Vanna"/"Vana").
 */
export function nameTokens(text: string): string[] {
  // Plain ASCII needs no transliteration, which is the slow step (most names in most datasets are ASCII).
  const latin = /^[\x20-\x7e]*$/.test(text) ? text : transliterate(text.normalize('NFKC'), { replace: KHMER_USUAL });
  return latin
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // An apostrophe or a dot inside a word joins it ("O'Neil", "J.R."); any other mark separates.
    .replace(/['’.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((t) => t.replace(/([a-z])\1+/g, '$1'));
}

export function normaliseName(raw: string): NormalName {
  const tokens = nameTokens(raw);
  return { raw, tokens, sorted: [...tokens].sort().join(' '), compact: tokens.join('') };
}

/** Block keys: every word long enough, so two names sharing a word are compared and no others are. */
export function blockKeys(name: NormalName): string[] {
  const keys = name.tokens.filter((t) => t.length >= MIN_BLOCK_TOKEN);
  // A one-word name in a script written without spaces ("王宝强" -> "wang bao qiang" vs "Wang Baoqiang"): its run-together
  // form is a key too, and so is every word's first four letters, which catches one misspelt word ("Volkov"/"Volkow").
  return [...new Set([...keys, ...keys.filter((t) => t.length >= 5).map((t) => t.slice(0, 4)), name.compact])];
}
