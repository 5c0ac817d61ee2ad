// One cross-referencing run for a dataset: the other datasets' entities are indexed by block key, then the dataset's
// own are scored against them, each side read from Neo4j in pages of PAGE so memory and transactions stay bounded.
import { DEFAULT_XREF_THRESHOLD, type RunSummary } from '../contract/xref.ts';
import { readQuery, type Db } from '../db/run.ts';
import { asNode, toGraphNode } from '../db/mappers.ts';
import { NotFoundError } from '../http/errors.ts';
import type { TeamStore } from '../store/team-store.ts';
import { BlockIndex, findCandidates, type CandidatePair } from './candidates.ts';
import { saveRun } from './candidates-store.ts';
import type { XrefEntity } from './features.ts';

/** Entities per read: big enough to be quick, small enough that one page is a few MB. */
const PAGE = 5_000;

/** Every entity inside (or outside) `dataset`, page by page in id order. */
async function* entityPages(db: Db, dataset: string, inside: boolean): AsyncGenerator<XrefEntity[]> {
  let after = '';
  for (;;) {
    // Two queries, not one with a flag: the dataset's own entities are found through the dataset index.
    const rows = await readQuery(db, inside ? 'xref-entities-of' : 'xref-entities-others', { dataset, after, limit: PAGE });
    if (rows.length === 0) return;
    const page = rows.map((r) => toGraphNode(asNode(r.n))).map((n) => ({ id: n.id, dataset: n.dataset, type: n.type, name: n.name, aliases: n.aliases, properties: n.properties }));
    yield page;
    after = page[page.length - 1]!.id;
    if (rows.length < PAGE) return;
  }
}

export async function runXref(db: Db, store: TeamStore, dataset: string): Promise<RunSummary> {
  const index = new BlockIndex();
  for await (const page of entityPages(db, dataset, false)) index.add(page);
  // The dataset's own entities are scored together, since how common a key is counts on both sides.
  const mine: XrefEntity[] = [];
  for await (const page of entityPages(db, dataset, true)) mine.push(...page);
  const own = mine.length;
  const pairs: CandidatePair[] = findCandidates(mine, index);
  if (own === 0) throw new NotFoundError(`xref.run: no entities in dataset '${dataset}' to cross-reference`);
  const computedAt = new Date().toISOString();
  pairs.sort((a, b) => b.score - a.score);
  saveRun(store, dataset, { computedAt, comparedDataset: own, comparedOthers: index.size }, pairs);
  return {
    dataset, compared: { dataset: own, others: index.size }, kept: pairs.length,
    possibleDuplicates: pairs.filter((p) => p.score >= DEFAULT_XREF_THRESHOLD).length, computedAt,
  };
}
