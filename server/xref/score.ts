// How alike two entities are (0..1), and why: names and aliases by token-set Jaro-Winkler, then dates, countries and
// identifiers move the score. Each reason names the field and both values, so a person deciding sees the evidence.
import type { MatchReason } from '../contract/xref.ts';
import type { Features } from './features.ts';
import { jaroWinkler } from './jaro-winkler.ts';
import type { NormalName } from './normalise.ts';

/** Score given to a pair sharing an identifier, whatever the names say. */
const ID_MATCH = 0.98;
/** Same date: a little more likely one. Different date: a near-namesake, most likely someone else. */
const DATE_AGREES = 0.06;
const DATE_DIFFERS = -0.25;
const COUNTRY_AGREES = 0.03;
const COUNTRY_DIFFERS = -0.2;

/** Below this two words are not one word misspelt ("Volkov"/"Sokolov" are two surnames, not a typo). */
const WORD_MATCH = 0.85;

/**
 * Jaro-Winkler, lowered for words of unequal length: its prefix bonus alone would make "Sokolov" and
 * "Sokolovskiy", or "Zhiwei" and "Zhihao", near-equal.
 */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  // A number is not misspelt: "Unit 12" and "Unit 13" are two things.
  if (/[0-9]/.test(a) || /[0-9]/.test(b)) return 0;
  const lengthGap = Math.abs(a.length - b.length) / Math.max(a.length, b.length);
  return jaroWinkler(a, b) * (1 - 0.5 * lengthGap);
}

/** Every word of one name against its best partner in the other, both ways; a word with no near partner counts 0. */
function tokenSet(a: string[], b: string[]): number {
  const best = (t: string, y: string[]) => {
    const s = Math.max(...y.map((u) => wordSimilarity(t, u)));
    return s >= WORD_MATCH ? s : 0;
  };
  const oneWay = (x: string[], y: string[]) => x.reduce((sum, t) => sum + best(t, y), 0) / x.length;
  return (oneWay(a, b) + oneWay(b, a)) / 2;
}

export function nameSimilarity(a: NormalName, b: NormalName): number {
  if (a.sorted === b.sorted) return 1;
  const words = tokenSet(a.tokens, b.tokens);
  // Names split differently ("Zhi Ming" / "Zhiming", "Vanderkamp" / "Van der Kamp") are compared run together.
  return a.tokens.length === b.tokens.length ? words : Math.max(words, wordSimilarity(a.compact, b.compact) - 0.02);
}

export interface Scored { score: number; reasons: MatchReason[] }

export function scorePair(a: Features, b: Features): Scored {
  const reasons: MatchReason[] = [];
  let best = { sim: 0, left: '', right: '' };
  for (const x of a.names) for (const y of b.names) {
    const sim = nameSimilarity(x, y);
    if (sim > best.sim) best = { sim, left: x.raw, right: y.raw };
  }
  let score = best.sim;
  if (best.sim > 0) reasons.push({ field: 'name', left: best.left, right: best.right, effect: best.sim === 1 ? 'same' : 'similar', weight: round(best.sim) });
  for (const [field, d] of a.dates) {
    const e = b.dates.get(field);
    if (!e) continue;
    const same = d === e || d.startsWith(e) || e.startsWith(d);
    score += same ? DATE_AGREES : DATE_DIFFERS;
    reasons.push({ field, left: d, right: e, effect: same ? 'same' : 'differs', weight: same ? DATE_AGREES : DATE_DIFFERS });
  }
  if (a.countries.size && b.countries.size) {
    const shared = [...a.countries].filter((c) => b.countries.has(c));
    score += shared.length ? COUNTRY_AGREES : COUNTRY_DIFFERS;
    reasons.push({ field: 'country', left: [...a.countries].join(', '), right: [...b.countries].join(', '), effect: shared.length ? 'same' : 'differs', weight: shared.length ? COUNTRY_AGREES : COUNTRY_DIFFERS });
  }
  for (const [id, from] of a.ids) {
    const other = b.ids.get(id);
    if (!other) continue;
    score = Math.max(score, ID_MATCH);
    reasons.push({ field: from.field, left: from.value, right: other.value, effect: 'same', weight: ID_MATCH });
  }
  return { score: round(Math.min(1, Math.max(0, score))), reasons };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
