// A stale edit's 409: what changed since the version the editor read, field by field, and who changed it when.
// Nothing is written: the whole ChangeSet's transaction rolls back when this is thrown.
import type { ChangeItem, ChangeRecord } from '../contract/changes.ts';
import type { EditConflict, ElementKind } from '../contract/edits.ts';
import { ConflictError } from '../http/errors.ts';
import { historyOf } from '../audit/store.ts';
import type { TeamStore } from '../store/team-store.ts';
import type { Stored } from './records.ts';

export class EditConflictError extends ConflictError {
  constructor(message: string, readonly conflict: EditConflict, field?: string) { super(message, field); }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Step = { c: ChangeRecord; it: ChangeItem };
/**
 * The chain of changes from `yourVersion` to the current state, newest first then reversed: from the change that
 * wrote the element last (or deleted it) back to the one that left `yourVersion`. An element removed and loaded again
 * (a reset fixture, a re-import) has older history that is not part of this chain.
 */
function changesSince(steps: Step[], current: Stored | null, yourVersion: number): Step[] {
  let at = current ? steps.findLastIndex((s) => s.c.id === current.lastChange) : steps.findLastIndex((s) => s.it.after === null);
  const chain: Step[] = [];
  for (; at >= 0; at -= 1) {
    const step = steps[at]!;
    if (chain.length > 0 && step.it.after?.version !== chain.at(-1)!.it.before?.version) break;
    chain.push(step);
    if (typeof step.it.before?.version !== 'number' || (step.it.before.version as number) <= yourVersion) break;
  }
  return chain.reverse();
}

/**
 * `wanted`: the fields the op sets (an update's `set`; the whole record otherwise). The fields listed are those
 * changed since `yourVersion` (from the audit trail), else those where `wanted` and the current state differ.
 */
export function conflictOf(store: TeamStore, kind: ElementKind, id: string, yourVersion: number, current: Stored | null,
  wanted: Record<string, unknown>, field: string): EditConflictError {
  const later = changesSince(historyOf(store, [id]).flatMap((c) => c.items.filter((it) => it.element === id).map((it) => ({ c, it }))), current, yourVersion);
  const last = later.at(-1);
  const now = (current?.record ?? {}) as Record<string, unknown>;
  const changed = new Set(later.flatMap(({ it }) => it.fields.map((f) => f.field)).filter((f) => f !== 'version'));
  const names = changed.size > 0 ? [...changed] : Object.keys(wanted).filter((k) => !same(wanted[k], now[k]));
  const first = later[0]?.it.before ?? {};
  const fields = names.sort().map((f) => ({ field: f, yours: f in wanted ? wanted[f] : (first[f] ?? null), theirs: current ? (now[f] ?? null) : null }));
  const who = last ? `${last.c.actor.name} on ${last.c.at}` : 'someone else';
  const what = current ? `is at version ${current.version}` : 'has been deleted';
  return new EditConflictError(
    `${id} changed since you read it: you edited version ${yourVersion}, and it ${what} (changed by ${who}). Nothing was saved; reload it and edit again`,
    { element: id, kind, yourVersion, currentVersion: current?.version ?? null, changedBy: last?.c.actor.name ?? null, changedAt: last?.c.at ?? null, changeId: last?.c.id ?? null, fields },
    field);
}
