// Decisions on candidate pairs, in the team store: append-only, the latest per pair is current.
import type { XrefDecision, XrefDecisionKind } from '../contract/xref.ts';
import type { TeamStore } from '../store/team-store.ts';

interface DecisionRow {
  id: number; left_id: string; right_id: string; decision: XrefDecisionKind; before: XrefDecisionKind | null;
  actor_id: string; actor_name: string; at: string; comment: string | null;
}

const toDecision = (r: DecisionRow): XrefDecision => ({
  id: r.id, leftId: r.left_id, rightId: r.right_id, decision: r.decision, before: r.before,
  actorId: r.actor_id, actorName: r.actor_name, at: r.at, comment: r.comment,
});

/** A pair in id order: a decision on (a, b) is the decision on (b, a). */
export const orderedPair = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

export function latestDecision(store: TeamStore, a: string, b: string): XrefDecision | null {
  const [l, r] = orderedPair(a, b);
  const row = store.prepare('SELECT * FROM xref_decisions WHERE left_id = ? AND right_id = ? ORDER BY id DESC LIMIT 1').get(l, r) as DecisionRow | undefined;
  return row ? toDecision(row) : null;
}

export function decisionHistory(store: TeamStore, a: string, b: string): XrefDecision[] {
  const [l, r] = orderedPair(a, b);
  return (store.prepare('SELECT * FROM xref_decisions WHERE left_id = ? AND right_id = ? ORDER BY id').all(l, r) as DecisionRow[]).map(toDecision);
}

export interface NewDecision { a: string; b: string; decision: XrefDecisionKind; actorId: string; actorName: string; comment: string | null }

/** Records a decision with the one it replaces as `before`; read and write in one transaction so two can't interleave. */
export function recordDecision(store: TeamStore, d: NewDecision): XrefDecision {
  const [l, r] = orderedPair(d.a, d.b);
  return store.transaction(() => {
    const before = latestDecision(store, l, r)?.decision ?? null;
    const at = new Date().toISOString();
    const { lastInsertRowid } = store.prepare(
      'INSERT INTO xref_decisions (left_id, right_id, decision, before, actor_id, actor_name, at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(l, r, d.decision, before, d.actorId, d.actorName, at, d.comment);
    return toDecision({ id: Number(lastInsertRowid), left_id: l, right_id: r, decision: d.decision, before, actor_id: d.actorId, actor_name: d.actorName, at, comment: d.comment });
  })();
}

/** Takes back a decision whose graph write failed, so the store never says "same" without the link. */
export function forgetDecision(store: TeamStore, id: number): void {
  store.prepare('DELETE FROM xref_decisions WHERE id = ?').run(id);
}
