// Full-text search over names, aliases and descriptions.
import { z } from 'zod';
import { GraphNode } from './graph.ts';
import { NodeType } from './vocabulary.ts';
import { DatasetScopeParam } from './scope.ts';
import { FollowSameAs } from './same-as.ts';

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'type at least one character').max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  type: NodeType.optional(),
  /** Only nodes of these datasets (`a,b`); the curated graph alone when absent. */
  datasets: DatasetScopeParam,
  /** Also list the entities linked as the same as a hit (SAME_AS, a cross-referencing decision); off by default. */
  followSameAs: FollowSameAs,
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = z.object({
  node: GraphNode,
  score: z.number(),
  /** Which field the query matched: name, aliases or description. */
  matchedOn: z.enum(['name', 'aliases', 'description']),
  /** The text that matched, for showing why the result is here. */
  matchedText: z.string(),
  /**
   * Typed words that matched only with a typo forgiven: what was typed, the word it was taken for, and the change
   * between them. Empty for exact and prefix matches, so a near miss never reads as an exact hit.
   */
  typos: z.array(z.object({
    typed: z.string(),
    matched: z.string(),
    change: z.enum(['one-letter-different', 'one-letter-missing', 'one-letter-extra', 'two-letters-swapped']),
  })),
  /** Listed only because it is linked as the same as this hit (followSameAs); matchedOn/matchedText are that hit's. */
  sameAsOf: z.object({ id: z.string(), name: z.string(), decidedByName: z.string(), decidedAt: z.string() }).optional(),
});
export const SearchResult = z.object({ query: z.string(), hits: z.array(SearchHit) });
export type SearchHit = z.infer<typeof SearchHit>;
export type TypoChange = SearchHit['typos'][number]['change'];
export type SearchResult = z.infer<typeof SearchResult>;
