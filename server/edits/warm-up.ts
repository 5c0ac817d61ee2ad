// Plans the edit queries once at boot, in a transaction that is rolled back and touches no real element, so the
// first edit after a start does not pay for planning a dozen queries (measured at 6-8 s on a loaded 2-core machine,
// against a 10 s transaction timeout). Optional: a database that is away at boot only means a slower first edit.
import { inExplicitTransaction } from '../db/explicit-tx.ts';
import type { Db } from '../db/run.ts';

/** An id no element has (ids are lower-case: upper case cannot collide). */
const NONE = 'WARM-UP';

export async function warmEditQueries(db: Db): Promise<void> {
  await inExplicitTransaction(db, async (tx) => {
    await tx.run('edit-read-node', { id: NONE });
    await tx.run('edit-read-relationship', { id: NONE, from: NONE, to: NONE });
    await tx.run('edit-ids-exist', { ids: [NONE] });
    await tx.run('edit-source-citers', { id: NONE, dataset: NONE });
    await tx.run('edit-drop-parts', { id: NONE });
    await tx.run('edit-delete-node', { id: NONE });
    await tx.run('edit-delete-relationship', { id: NONE, from: NONE, to: NONE });
    await tx.run('edit-write-relationship', { id: NONE, type: 'LINKED_TO', from: NONE, to: NONE, props: { id: NONE } });
    await tx.run('edit-write-node', { id: NONE, labels: ['Entity'], props: { id: NONE } });
    await tx.run('seed-relationships', { rows: [] });
  }, { commit: false });
}
