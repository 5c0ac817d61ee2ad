// Candidate pairs across datasets, by blocking: each entity is compared only with entities of other datasets that
// share a block key (a name word, a word's first letters, an identifier), never all against all. A key shared by
// very many entities ("company", "group") says nothing and would bring back all-pairs, so it is not used.
import { XREF_FLOOR, type MatchReason } from '../contract/xref.ts';
import { familyOf, featuresOf, XREF_SKIPPED_TYPES, type Features, type XrefEntity } from './features.ts';
import { blockKeys } from './normalise.ts';
import { scorePair } from './score.ts';

/** A key held by more entities than this is too common to block on. */
export const MAX_BLOCK = 300;

export interface CandidatePair { leftId: string; rightId: string; score: number; reasons: MatchReason[] }

function keysOf(f: Features): string[] {
  const nameKeys = f.names.flatMap(blockKeys);
  return [...new Set([...nameKeys, ...[...f.ids.keys()].map((id) => `#${id}`)])].map((k) => `${familyOf(f.entity.type)}|${k}`);
}

/** An index of the other datasets' entities by block key, built once per run. */
export class BlockIndex {
  private readonly blocks = new Map<string, Features[]>();
  size = 0;

  add(entities: Iterable<XrefEntity>): void {
    for (const e of entities) {
      if (XREF_SKIPPED_TYPES.includes(e.type)) continue;
      const f = featuresOf(e);
      this.size++;
      for (const k of keysOf(f)) {
        const block = this.blocks.get(k);
        if (!block) this.blocks.set(k, [f]);
        // One past the cap marks the key as too common; it stops growing there.
        else if (block.length <= MAX_BLOCK) block.push(f);
      }
    }
  }

  /** How many entities hold `key` (MAX_BLOCK + 1 meaning "too many to count"). */
  count(key: string): number {
    return this.blocks.get(key)?.length ?? 0;
  }

  /** The entities sharing a usable key with `f`, from datasets other than its own; `usable` says which keys are. */
  partners(f: Features, usable: (key: string) => boolean = () => true): Features[] {
    const seen = new Map<string, Features>();
    for (const k of keysOf(f)) {
      const block = this.blocks.get(k);
      if (!block || block.length > MAX_BLOCK || !usable(k)) continue;
      for (const g of block) if (g.entity.dataset !== f.entity.dataset) seen.set(g.entity.id, g);
    }
    return [...seen.values()];
  }
}

/** How much work a run did: pairs scored, so tests can show blocking keeps it far from all-pairs. */
export interface RunStats { comparisons: number }

/**
 * Scores each of `entities` against its partners in `index`; pairs below `floor` are dropped. Best first.
 * A key is too common when both sides together hold more than MAX_BLOCK of it: "synthetic" shared by 20k entities of
 * the dataset and 50 of another would otherwise cost a million comparisons.
 */
export function findCandidates(entities: Iterable<XrefEntity>, index: BlockIndex, floor = XREF_FLOOR, stats: RunStats = { comparisons: 0 }): CandidatePair[] {
  const own = [...entities].filter((e) => !XREF_SKIPPED_TYPES.includes(e.type)).map(featuresOf);
  const ownCount = new Map<string, number>();
  for (const f of own) for (const k of keysOf(f)) ownCount.set(k, (ownCount.get(k) ?? 0) + 1);
  const usable = (k: string) => (ownCount.get(k) ?? 0) + index.count(k) <= MAX_BLOCK;
  const pairs: CandidatePair[] = [];
  for (const f of own) {
    for (const g of index.partners(f, usable)) {
      stats.comparisons++;
      const { score, reasons } = scorePair(f, g);
      if (score >= floor) pairs.push({ leftId: f.entity.id, rightId: g.entity.id, score, reasons });
    }
  }
  return pairs.sort((a, b) => b.score - a.score || a.leftId.localeCompare(b.leftId) || a.rightId.localeCompare(b.rightId));
}
