// A stale edit's 409: what changed since the version the editor read, field by field, and who changed it when.
// Nothing is written: the whole ChangeSet's transaction rolls back when this is thrown.
import type { EditConflict, ElementKind } from '../contract/edits.ts';
import { ConflictError } from '../http/errors.ts';
import { historyOf } from '../audit/store.ts';
import type { TeamStore } from '../store/team-store.ts';
import type { Stored } from './records.ts';

export class EditConflictError extends ConflictError {
  constructor(message: string, readonly conflict: EditConflict, field?: string) { super(message, field); }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `wanted`: the fields the op sets (an update's `set`; the whole record otherwise). The fields listed are those
 * changed since `yourVersion` (from the audit trail), else those where `wanted` and the current state differ.
 */
export function conflictOf(store: TeamStore, kind: ElementKind, id: string, yourVersion: number, current: Stored | null,
  wanted: Record<string, unknown>, field: string): EditConflictError {
  const later = historyOf(store, [id]).flatMap((c) => c.items.filter((it) => it.element === id).map((it) => ({ c, it })))
    .filter(({ it }) => typeof it.before?.version !== 'number' || (it.before.version as number) >= yourVersion);
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
