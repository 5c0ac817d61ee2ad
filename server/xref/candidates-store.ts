// Candidate pairs as last computed for a dataset, in the team store, so listing them does not recompute.
import type { MatchReason } from '../contract/xref.ts';
import type { TeamStore } from '../store/team-store.ts';
import type { CandidatePair } from './candidates.ts';

export interface StoredRun { computedAt: string; comparedDataset: number; comparedOthers: number }

/** Replaces the dataset's candidates with a new run's, all at once. */
export function saveRun(store: TeamStore, dataset: string, run: StoredRun, pairs: CandidatePair[]): void {
  store.transaction(() => {
    store.prepare('DELETE FROM xref_candidates WHERE dataset = ?').run(dataset);
    const insert = store.prepare('INSERT INTO xref_candidates (dataset, left_id, right_id, score, reasons_json) VALUES (?, ?, ?, ?, ?)');
    for (const p of pairs) insert.run(dataset, p.leftId, p.rightId, p.score, JSON.stringify(p.reasons));
    store.prepare('INSERT OR REPLACE INTO xref_runs (dataset, computed_at, compared_dataset, compared_others) VALUES (?, ?, ?, ?)')
      .run(dataset, run.computedAt, run.comparedDataset, run.comparedOthers);
  })();
}

export function lastRun(store: TeamStore, dataset: string): StoredRun | null {
  const row = store.prepare('SELECT computed_at, compared_dataset, compared_others FROM xref_runs WHERE dataset = ?').get(dataset) as
    { computed_at: string; compared_dataset: number; compared_others: number } | undefined;
  return row ? { computedAt: row.computed_at, comparedDataset: row.compared_dataset, comparedOthers: row.compared_others } : null;
}

export function storedCandidates(store: TeamStore, dataset: string, threshold: number): CandidatePair[] {
  const rows = store.prepare('SELECT left_id, right_id, score, reasons_json FROM xref_candidates WHERE dataset = ? AND score >= ? ORDER BY score DESC, left_id, right_id')
    .all(dataset, threshold) as { left_id: string; right_id: string; score: number; reasons_json: string }[];
  return rows.map((r) => ({ leftId: r.left_id, rightId: r.right_id, score: r.score, reasons: JSON.parse(r.reasons_json) as MatchReason[] }));
}
