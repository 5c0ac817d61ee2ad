// Reverting a published change builds its inverse and applies it as a new change of its own (reverts_change_id):
// a create is deleted, an update put back whole, a delete restored from the before-state the audit kept. Each inverse
// op carries the version the change left, so an element that moved on since makes it a 409, and nothing is written.
import type { Actor } from '../access/actor.ts';
import { actorCan } from '../contract/accounts.ts';
import type { ChangeRecord } from '../contract/changes.ts';
import { BadRequestError, ForbiddenError } from '../http/errors.ts';
import type { AnyOp } from './apply-ops.ts';
import type { AnyRecord } from './records.ts';
import { applyChange, changeOrThrow, checkDataset, newChangeId, type EditDeps } from './service.ts';

const recordOf = (snapshot: Record<string, unknown>): AnyRecord => {
  const { version: _version, ...record } = snapshot;
  return record as unknown as AnyRecord;
};

export function inverseOps(change: ChangeRecord): AnyOp[] {
  // Ops of one change carry each element's version from before that change (apply-ops.ts): the last version this change left.
  const versionAtStart = new Map<string, number>();
  const versionOf = (element: string, version: number) => versionAtStart.get(element) ?? versionAtStart.set(element, version).get(element)!;
  return [...change.items].reverse().map((it): AnyOp => {
    if (it.op === 'create') return { op: 'delete', kind: it.kind, id: it.element, version: versionOf(it.element, it.after!.version as number) } as AnyOp;
    if (it.op === 'update') return { op: 'replace', kind: it.kind, id: it.element, version: versionOf(it.element, it.after!.version as number), record: recordOf(it.before!) };
    return { op: 'restore', kind: it.kind, id: it.element, record: recordOf(it.before!), previousVersion: it.before!.version as number };
  });
}

export async function revertChange(deps: EditDeps, actor: Actor, id: string, comment: string): Promise<ChangeRecord> {
  if (!actorCan(actor, 'review')) throw new ForbiddenError('Reverting a change needs the reviewer role or above', 'reviewer');
  const change = changeOrThrow(deps.store, id);
  if (change.status !== 'applied') throw new BadRequestError(`id: only a published change can be reverted; this one is ${change.status}`, 'id');
  await checkDataset(deps.db, change.dataset);
  return applyChange(deps, { id: newChangeId(), actor, dataset: change.dataset, comment, ops: inverseOps(change), reverts: id });
}
