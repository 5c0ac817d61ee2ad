// Full-text search over entities.
import type { SearchHit, SearchQuery, SearchResult } from '../contract/search.ts';
import { readQuery, type Db } from '../db/run.ts';
import { asNode, toGraphNode } from '../db/mappers.ts';
import { BadRequestError } from '../http/errors.ts';
import { toLucene } from './lucene.ts';
import { matchReason } from './match-reason.ts';

export async function search(db: Db, { q, limit, type, datasets, followSameAs }: SearchQuery): Promise<SearchResult> {
  const lucene = toLucene(q);
  if (lucene === null) throw new BadRequestError('q: type at least one letter or digit', 'q');
  const rows = await readQuery(db, 'search', { lucene, limit, type: type ?? null, datasets });
  const hits: SearchHit[] = rows.map((row) => {
    const node = toGraphNode(asNode(row.node));
    return { node, score: row.score as number, ...matchReason(node, q) };
  });
  return { query: q, hits: followSameAs ? await withSameAs(db, hits, datasets) : hits };
}

/** Each hit followed by the entities linked as the same as it (not already hits), saying whose twin they are. */
async function withSameAs(db: Db, hits: SearchHit[], datasets: readonly string[]): Promise<SearchHit[]> {
  const rows = await readQuery(db, 'xref-same-as-of', { ids: hits.map((h) => h.node.id), datasets });
  const seen = new Set(hits.map((h) => h.node.id));
  return hits.flatMap((hit) => [hit, ...rows.filter((r) => r.of === hit.node.id).flatMap((r) => {
    const node = toGraphNode(asNode(r.twin));
    if (seen.has(node.id)) return [];
    seen.add(node.id);
    const sameAsOf = { id: hit.node.id, name: hit.node.name, decidedByName: String(r.decidedByName), decidedAt: String(r.decidedAt) };
    return [{ ...hit, node, typos: [], sameAsOf }];
  })]);
}
