// The full-text search index is eventually consistent (see cypher/schema.cypher): whoever writes many nodes
// waits here before saying it is done, so searches never miss what was just written or find what was removed.
import { readQuery, type Db } from '../db/run.ts';

export async function awaitSearchIndex(db: Db): Promise<void> {
  await readQuery(db, 'fulltext-refresh');
}
