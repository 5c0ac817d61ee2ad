// The one write path for the evidence (issue 12): a ChangeSet is applied whole, or stored as a proposal when the
// dataset's review is on and its author cannot review. Applying writes the audit record ('applying') between the
// graph's work and the graph's commit, then marks it 'applied' (crash-safety: server/audit/reconcile.ts).
import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.ts';
import { actorCan } from '../contract/accounts.ts';
import type { ChangeRecord } from '../contract/changes.ts';
import type { ChangeSet } from '../contract/edits.ts';
import { inExplicitTransaction } from '../db/explicit-tx.ts';
import { readQuery, type Db } from '../db/run.ts';
import { refuseIncomplete } from '../datasets/complete-scope.ts';
import { BadRequestError, ForbiddenError, NotFoundError } from '../http/errors.ts';
import { getChange, historyOf, insertChange, moveStatus, type NewItem, type Review } from '../audit/store.ts';
import { IN_FLIGHT } from '../audit/reconcile.ts';
import { reviewSetting } from '../review/settings.ts';
import type { TeamStore } from '../store/team-store.ts';
import { applyOps, type AnyOp, type Conflict } from './apply-ops.ts';
import { conflictOf } from './conflict.ts';

export interface EditDeps {
  db: Db;
  store: TeamStore;
  /** Test hook, as import-graph's stopAfterBatches: stop as a crash would, after the audit record or after the graph commit. */
  stopAfter?: 'record' | 'graph';
}

/** Thrown by the test hook in place of a crash. */
export class StoppedByTestHook extends Error {}

export const newChangeId = () => `ch-${randomUUID()}`;

/** 400 for an element nobody ever had; 409 (with what changed) for one that moved on or was deleted. */
const conflictIn = (store: TeamStore): Conflict => (kind, id, yourVersion, current, wanted, field) => {
  if (!current && historyOf(store, [id]).length === 0) {
    return new BadRequestError(`${field.replace(/\.version$/, '.id')}: no ${kind} '${id}' exists`, field.replace(/\.version$/, '.id'));
  }
  return conflictOf(store, kind, id, yourVersion, current, wanted, field);
};

export async function checkDataset(db: Db, dataset: string): Promise<void> {
  const [row] = await readQuery(db, 'datasets-exists', { dataset });
  if (row?.exists !== true) throw new BadRequestError(`dataset: no dataset '${dataset}' exists`, 'dataset');
  await refuseIncomplete(db, [dataset]);
}

interface Apply { id: string; actor: Actor; dataset: string; comment: string; ops: AnyOp[]; reverts?: string | null; review?: Review }

/**
 * Applies ops as change `id`. A new change is recorded 'applying' with its items just before the graph commits; an
 * approved proposal (review given) moves proposed -> applying at that point instead, so two approvals cannot both apply.
 */
export async function applyChange(deps: EditDeps, a: Apply): Promise<ChangeRecord> {
  const { db, store } = deps;
  IN_FLIGHT.add(a.id);
  try {
    await inExplicitTransaction(db, (tx) => applyOps(tx, { changeSet: { dataset: a.dataset, ops: a.ops }, changeId: a.id, conflict: conflictIn(store) }), {
      beforeCommit: (items: NewItem[]) => {
        if (a.review) {
          if (!moveStatus(store, a.id, 'proposed', 'applying', a.review)) throw new BadRequestError('id: this proposal has been decided already', 'id');
        } else {
          insertChange(store, { id: a.id, at: new Date().toISOString(), actor: { id: a.actor.id, name: a.actor.name }, dataset: a.dataset,
            comment: a.comment, status: 'applying', ops: a.ops, reverts: a.reverts ?? null, items });
        }
        if (deps.stopAfter === 'record') throw new StoppedByTestHook('stopped after the audit record, before the graph commit');
      },
    });
    if (deps.stopAfter === 'graph') throw new StoppedByTestHook('stopped after the graph commit, before the record was marked applied');
    moveStatus(store, a.id, 'applying', 'applied');
  } finally {
    IN_FLIGHT.delete(a.id);
  }
  return getChange(store, a.id)!;
}

/** POST /api/edits: applied at once, or a proposal when review is on and the author cannot review. */
export async function submitChange(deps: EditDeps, actor: Actor, cs: ChangeSet): Promise<ChangeRecord> {
  if (!actorCan(actor, 'propose')) throw new ForbiddenError('Editing the evidence needs the editor role or above', 'editor');
  await checkDataset(deps.db, cs.dataset);
  const id = newChangeId();
  if (reviewSetting(deps.store, cs.dataset).on && !actorCan(actor, 'review')) {
    // A dry run: every check and the diff, then a rollback; nothing is published until a reviewer approves.
    const items = await inExplicitTransaction(deps.db, (tx) => applyOps(tx, { changeSet: cs, changeId: id, conflict: conflictIn(deps.store) }), { commit: false });
    insertChange(deps.store, { id, at: new Date().toISOString(), actor: { id: actor.id, name: actor.name }, dataset: cs.dataset, comment: cs.comment, status: 'proposed', ops: cs.ops, reverts: null, items });
    return getChange(deps.store, id)!;
  }
  return applyChange(deps, { id, actor, dataset: cs.dataset, comment: cs.comment, ops: cs.ops });
}

export function changeOrThrow(store: TeamStore, id: string) {
  const change = getChange(store, id);
  if (!change) throw new NotFoundError(`changes: no change '${id}'`);
  return change;
}
