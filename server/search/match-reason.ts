// Says why a hit matched: the first field in which every typed word starts a word, or, when only a forgiven
// typo explains the hit (lucene.ts allows one edit in names and aliases), which typed word was taken for which.
import type { GraphNode } from '../contract/graph.ts';
import type { SearchHit, TypoChange } from '../contract/search.ts';
import { words } from './lucene.ts';

type Reason = Pick<SearchHit, 'matchedOn' | 'matchedText' | 'typos'>;
type Typo = SearchHit['typos'][number];

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
const tokens = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function startsWords(text: string, typed: string[]): boolean {
  const ts = tokens(text);
  return typed.every((w) => ts.some((t) => t.startsWith(fold(w))));
}

/**
 * The single edit that turns `typed` into `word`, or null when it takes none or more than one. Lucene counts a
 * swap of two neighbouring letters as one edit (Damerau), so this does too.
 */
export function oneEdit(typed: string, word: string): TypoChange | null {
  if (typed === word) return null;
  const [a, b] = [typed, word];
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (diff.length === 1) return 'one-letter-different';
    const [i, j] = diff;
    if (diff.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!]) return 'two-letters-swapped';
    return null;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return null;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.slice(i) !== long.slice(i + 1)) return null;
  return a.length < b.length ? 'one-letter-missing' : 'one-letter-extra';
}

/** Each typed word either starts a word of `text` or is one edit from one; null when some word is neither. */
function typosIn(text: string, typed: string[]): Typo[] | null {
  const ts = tokens(text);
  const found: Typo[] = [];
  for (const raw of typed) {
    const w = fold(raw);
    if (ts.some((t) => t.startsWith(w))) continue;
    // lucene.ts forgives typos only from 4 letters on.
    const near = w.length >= 4 ? ts.map((t) => ({ t, change: oneEdit(w, t) })).find((x) => x.change !== null) : undefined;
    if (!near?.change) return null;
    found.push({ typed: raw, matched: near.t, change: near.change });
  }
  return found;
}

export function matchReason(node: GraphNode, query: string): Reason {
  const typed = words(query);
  if (startsWords(node.name, typed)) return { matchedOn: 'name', matchedText: node.name, typos: [] };
  const alias = node.aliases.find((a) => startsWords(a, typed));
  if (alias) return { matchedOn: 'aliases', matchedText: alias, typos: [] };
  if (startsWords(node.description, typed)) {
    return { matchedOn: 'description', matchedText: snippet(node.description, typed[0] ?? ''), typos: [] };
  }
  const inName = typosIn(node.name, typed);
  if (inName) return { matchedOn: 'name', matchedText: node.name, typos: inName };
  for (const a of node.aliases) {
    const inAlias = typosIn(a, typed);
    if (inAlias) return { matchedOn: 'aliases', matchedText: a, typos: inAlias };
  }
  // Words spread over several fields, some with a typo: the name is what the person was most likely after, and
  // any typed word one edit from a word of it is named as a near miss, so the hit never reads as exact.
  const ts = tokens(node.name);
  const typos = typed.flatMap((w): Typo[] => {
    if (ts.some((t) => t.startsWith(fold(w)))) return [];
    const near = ts.map((t) => ({ t, change: oneEdit(fold(w), t) })).find((x) => x.change !== null);
    return near?.change ? [{ typed: w, matched: near.t, change: near.change }] : [];
  });
  return { matchedOn: 'name', matchedText: node.name, typos };
}

function snippet(text: string, word: string): string {
  const at = Math.max(0, fold(text).indexOf(fold(word)));
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + 80)}${at + 80 < text.length ? '…' : ''}`;
}
