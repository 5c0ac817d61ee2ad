// The saved queries were rewritten for scale (issue 14): on the seed graph each must still return exactly the rows it
// returned before. tests/cypher/fixtures/saved-seed-rows.json holds those rows, captured from the queries as they were
// before the rewrite (UPDATE_SAVED_FIXTURE=1 rewrites it; do that only for a change meant to alter results).
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { testDb } from '../support/db.ts';
import { QueryLibrary } from '../../server/queries/library.ts';
import { runSaved } from '../../server/queries/service.ts';
import { SEED_ROWS_FIXTURE, comparable, seedRowsFixture, type SavedRows } from './saved-rows.ts';

const db = testDb();
afterAll(async () => { await db.driver.close(); });
const library = new QueryLibrary(null);
const update = process.env.UPDATE_SAVED_FIXTURE === '1';
const expected: Record<string, SavedRows> = update ? {} : seedRowsFixture();

describe('saved queries on the seed, after the rewrite for scale', () => {
  it.each(library.list().map((q) => [q.id] as const))('%s returns the rows it returned before', async (id) => {
    const result = await runSaved(db, library, id, {}, 1000);
    const got = comparable(library.get(id)!.cypher, result);
    if (update) { expected[id] = got; return; }
    expect(got).toEqual(comparable(library.get(id)!.cypher, expected[id]!));
  });

  afterAll(() => { if (update) writeFileSync(SEED_ROWS_FIXTURE, `${JSON.stringify(expected, null, 1)}\n`); });
});
