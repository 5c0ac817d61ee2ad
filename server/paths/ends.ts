// Tells a missing end (404) from no connection (an empty list): asked only when nothing was found.
import { readQuery, type Db } from '../db/run.ts';
import { NotFoundError } from '../http/errors.ts';
import { refuseOutsideScope } from '../graph/service.ts';

export async function missingEnd(db: Db, ids: Array<string | undefined>, datasets: string[]): Promise<void> {
  const wanted = ids.filter((id): id is string => id !== undefined);
  if (wanted.length === 0) return;
  for (const row of await readQuery(db, 'paths-ends', { ids: wanted })) {
    if (typeof row.dataset !== 'string') throw new NotFoundError(`paths.find: no entity with id '${String(row.id)}'`);
    refuseOutsideScope(String(row.id), row.dataset, datasets);
  }
}
