// Says why a hit matched: the first field in which every typed word starts a word.
import type { GraphNode } from '../contract/graph.ts';
import type { SearchHit } from '../contract/search.ts';
import { words } from './lucene.ts';

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

function startsWords(text: string, typed: string[]): boolean {
  const tokens = fold(text).split(/[^\p{L}\p{N}]+/u);
  return typed.every((w) => tokens.some((t) => t.startsWith(fold(w))));
}

export function matchReason(node: GraphNode, query: string): Pick<SearchHit, 'matchedOn' | 'matchedText'> {
  const typed = words(query);
  if (startsWords(node.name, typed)) return { matchedOn: 'name', matchedText: node.name };
  const alias = node.aliases.find((a) => startsWords(a, typed));
  if (alias) return { matchedOn: 'aliases', matchedText: alias };
  if (startsWords(node.description, typed)) return { matchedOn: 'description', matchedText: snippet(node.description, typed[0] ?? '') };
  // Only a fuzzy (typo-tolerant) match is left; the name is what the person was most likely after.
  return { matchedOn: 'name', matchedText: node.name };
}

function snippet(text: string, word: string): string {
  const at = Math.max(0, fold(text).indexOf(fold(word)));
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + 80)}${at + 80 < text.length ? '…' : ''}`;
}
