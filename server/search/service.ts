// Full-text search over entities.
import type { SearchQuery, SearchResult } from '../contract/search.ts';
import { readQuery, type Db } from '../db/run.ts';
import { asNode, toGraphNode } from '../db/mappers.ts';
import { BadRequestError } from '../http/errors.ts';
import { toLucene } from './lucene.ts';
import { matchReason } from './match-reason.ts';

export async function search(db: Db, { q, limit, type, datasets }: SearchQuery): Promise<SearchResult> {
  const lucene = toLucene(q);
  if (lucene === null) throw new BadRequestError('q: type at least one letter or digit', 'q');
  const rows = await readQuery(db, 'search', { lucene, limit, type: type ?? null, datasets });
  return {
    query: q,
    hits: rows.map((row) => {
      const node = toGraphNode(asNode(row.node));
      return { node, score: row.score as number, ...matchReason(node, q) };
    }),
  };
}
