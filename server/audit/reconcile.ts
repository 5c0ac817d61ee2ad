// Crash-safety across the two stores. An applied change is written 'applying' to the audit store, then the graph
// transaction commits (stamping each element with `lastChange` = the change id), then it is marked 'applied'. A
// crash between the steps leaves 'applying'; this settles it by asking the graph: stamped -> applied; not -> failed
// (an interrupted approval goes back to 'proposed', as nothing of it was published). Runs at boot and before the feed.
import type { Db } from '../db/run.ts';
import { inExplicitTransaction } from '../db/explicit-tx.ts';
import { readStored } from '../edits/records.ts';
import type { TeamStore } from '../store/team-store.ts';
import { applyingChanges, moveStatus } from './store.ts';

/** Changes this process is applying right now: not crashed, just not finished. */
export const IN_FLIGHT = new Set<string>();

export async function reconcile(db: Db, store: TeamStore): Promise<{ applied: string[]; failed: string[]; proposed: string[] }> {
  const out = { applied: [] as string[], failed: [] as string[], proposed: [] as string[] };
  const open = applyingChanges(store).filter((c) => !IN_FLIGHT.has(c.id));
  if (open.length === 0) return out;
  await inExplicitTransaction(db, async (tx) => {
    for (const change of open) {
      // One item decides: the transaction wrote all of them or none.
      const item = change.items.find((it) => it.after !== null) ?? change.items[0];
      const now = item ? await readStored(tx, item.element) : null;
      const landed = item ? (item.after !== null ? now?.lastChange === change.id : now === null) : false;
      if (landed) {
        if (moveStatus(store, change.id, 'applying', 'applied')) out.applied.push(change.id);
      } else if (change.review) {
        if (moveStatus(store, change.id, 'applying', 'proposed', null)) out.proposed.push(change.id);
      } else if (moveStatus(store, change.id, 'applying', 'failed')) {
        out.failed.push(change.id);
      }
    }
  }, { commit: false });
  return out;
}
