// Four-eyes review: proposals are listed to those who may propose (editors and up), never to viewers or guests;
// a reviewer other than the author approves (applying it, versions re-checked: 409 if stale) or rejects, with a comment.
import type { Actor } from '../access/actor.ts';
import { actorCan } from '../contract/accounts.ts';
import type { ChangeRecord } from '../contract/changes.ts';
import { changesWithStatus, moveStatus } from '../audit/store.ts';
import { BadRequestError, ForbiddenError, NotFoundError } from '../http/errors.ts';
import type { AnyOp } from '../edits/apply-ops.ts';
import { applyChange, changeOrThrow, type EditDeps } from '../edits/service.ts';
import type { TeamStore } from '../store/team-store.ts';

function mayPropose(actor: Actor): void {
  if (!actorCan(actor, 'propose')) throw new ForbiddenError('Proposals are visible to editors and reviewers only', 'editor');
}

export function listProposals(store: TeamStore, actor: Actor): ChangeRecord[] {
  mayPropose(actor);
  return changesWithStatus(store, 'proposed');
}

export function proposal(store: TeamStore, actor: Actor, id: string): ChangeRecord {
  mayPropose(actor);
  const change = changeOrThrow(store, id);
  // A published change is in the feed; this route shows what waits (or waited) for review.
  if (change.status === 'applied' && !change.review) throw new NotFoundError(`proposals: '${id}' is a published change, not a proposal`);
  const { ops: _ops, ...record } = change;
  return record;
}

function decidable(store: TeamStore, actor: Actor, id: string) {
  if (!actorCan(actor, 'review')) throw new ForbiddenError('Approving or rejecting a proposal needs the reviewer role or above', 'reviewer');
  const change = changeOrThrow(store, id);
  if (change.status !== 'proposed') throw new BadRequestError(`id: this proposal is ${change.status} already; only a proposed change can be decided`, 'id');
  if (change.actor.id === actor.id) {
    throw new ForbiddenError('You cannot approve or reject your own proposal: four-eyes review needs a second reviewer', 'another reviewer');
  }
  return change;
}

export async function approve(deps: EditDeps, actor: Actor, id: string, comment: string): Promise<ChangeRecord> {
  const change = decidable(deps.store, actor, id);
  const review = { by: actor.id, byName: actor.name, at: new Date().toISOString(), comment };
  const { ops, ...rest } = change;
  return applyChange(deps, { id, actor: { ...actor, id: rest.actor.id, name: rest.actor.name }, dataset: rest.dataset, comment: rest.comment, ops: ops as AnyOp[], review });
}

export function reject(store: TeamStore, actor: Actor, id: string, comment: string): ChangeRecord {
  decidable(store, actor, id);
  if (!moveStatus(store, id, 'proposed', 'rejected', { by: actor.id, byName: actor.name, at: new Date().toISOString(), comment })) {
    throw new BadRequestError('id: this proposal has been decided already', 'id');
  }
  const { ops: _ops, ...record } = changeOrThrow(store, id);
  return record;
}
