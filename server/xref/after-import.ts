// After an import, its candidates are computed, so the summary can say "N possible duplicates".
import type { Db } from '../db/run.ts';
import type { TeamStore } from '../store/team-store.ts';
import { runXref } from './run.ts';

export type AfterImport = (dataset: string) => Promise<number | undefined>;

/**
 * The count at the default threshold. The import itself is already committed, so a failed cross-reference does not
 * undo it: the summary then leaves the count out, and the Duplicates view can run it again.
 */
export function xrefAfterImport(db: Db, store: TeamStore): AfterImport {
  return async (dataset) => {
    try {
      return (await runXref(db, store, dataset)).possibleDuplicates;
    } catch (err) {
      console.error(`xref after import of ${dataset}: ${(err as Error).message}`);
      return undefined;
    }
  };
}
