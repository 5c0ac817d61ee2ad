// Full-text search over names, aliases and descriptions.
import { z } from 'zod';
import { GraphNode } from './graph.ts';
import { NodeType } from './vocabulary.ts';

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'type at least one character').max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  type: NodeType.optional(),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = z.object({
  node: GraphNode,
  score: z.number(),
  /** Which field the query matched: name, aliases or description. */
  matchedOn: z.enum(['name', 'aliases', 'description']),
  /** The text that matched, for showing why the result is here. */
  matchedText: z.string(),
});
export const SearchResult = z.object({ query: z.string(), hits: z.array(SearchHit) });
export type SearchHit = z.infer<typeof SearchHit>;
export type SearchResult = z.infer<typeof SearchResult>;
