// Candidates to list, and decisions on them: "same" links the two by SAME_AS (never a merge), "different" or
// "unsure" afterwards removes that link; every decision stays in the team store as history.
import type { Actor } from '../access/actor.ts';
import type { CandidateList, CandidatesQuery, DecisionRequest, DecisionResult, XrefCandidate } from '../contract/xref.ts';
import type { GraphNode } from '../contract/graph.ts';
import { readQuery, writeQuery, type Db } from '../db/run.ts';
import { asNode, toGraphNode } from '../db/mappers.ts';
import { BadRequestError, NotFoundError } from '../http/errors.ts';
import type { TeamStore } from '../store/team-store.ts';
import { lastRun, storedCandidates } from './candidates-store.ts';
import { forgetDecision, latestDecision, orderedPair, recordDecision } from './decisions-store.ts';
import { runXref } from './run.ts';

/** Pairs listed at most at once: the side-by-side view works through them a page at a time. */
export const MAX_LISTED = 500;

async function nodesById(db: Db, ids: string[]): Promise<Map<string, GraphNode>> {
  const rows = await readQuery(db, 'xref-nodes', { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => toGraphNode(asNode(r.n))).map((n) => [n.id, n]));
}

/** The dataset's candidates at `threshold`; computed first if the dataset was never cross-referenced. */
export async function listCandidates(db: Db, store: TeamStore, q: CandidatesQuery): Promise<CandidateList> {
  const run = lastRun(store, q.dataset) ?? (await runXref(db, store, q.dataset), lastRun(store, q.dataset));
  const withDecisions = storedCandidates(store, q.dataset, q.threshold)
    .map((p) => ({ ...p, decision: latestDecision(store, p.leftId, p.rightId) }))
    .filter((p) => !q.undecided || p.decision === null || p.decision.decision === 'unsure')
    .slice(0, MAX_LISTED);
  const nodes = await nodesById(db, withDecisions.flatMap((p) => [p.leftId, p.rightId]));
  // A pair one of whose entities has since been removed is not shown.
  const candidates: XrefCandidate[] = withDecisions.flatMap((p) => {
    const [left, right] = [nodes.get(p.leftId), nodes.get(p.rightId)];
    return left && right ? [{ left, right, score: p.score, reasons: p.reasons, decision: p.decision }] : [];
  });
  return { dataset: q.dataset, threshold: q.threshold, computedAt: run?.computedAt ?? null, candidates };
}

export async function decide(db: Db, store: TeamStore, actor: Actor, req: DecisionRequest): Promise<DecisionResult> {
  const nodes = await nodesById(db, [req.leftId, req.rightId]);
  for (const [field, id] of [['leftId', req.leftId], ['rightId', req.rightId]] as const) {
    if (!nodes.has(id)) throw new NotFoundError(`xref.decide: ${field}: no entity with id '${id}'`);
  }
  if (nodes.get(req.leftId)!.dataset === nodes.get(req.rightId)!.dataset) {
    throw new BadRequestError('rightId: both entities are in one dataset; cross-referencing links entities of different datasets', 'rightId');
  }
  const decision = recordDecision(store, { a: req.leftId, b: req.rightId, decision: req.decision, actorId: actor.id, actorName: actor.name, comment: req.comment ?? null });
  const [left, right] = orderedPair(req.leftId, req.rightId);
  try {
    if (req.decision === 'same') {
      await writeQuery(db, 'xref-same-as-link', {
        left, right, relId: `SAME_AS:${left}:${right}`, decisionId: decision.id, actorId: actor.id, actorName: actor.name, at: decision.at,
      });
    } else {
      await writeQuery(db, 'xref-same-as-unlink', { left, right });
    }
  } catch (err) {
    // The store and the graph must agree: a decision whose link could not be written is not kept.
    forgetDecision(store, decision.id);
    throw err;
  }
  return { decision, linked: req.decision === 'same' };
}
