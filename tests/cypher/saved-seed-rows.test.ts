// The saved queries were rewritten for scale (issue 14): on the seed graph each must still return exactly the rows it
// returned before. tests/cypher/fixtures/saved-seed-rows.json holds those rows, captured from the queries as they were
// before the rewrite (UPDATE_SAVED_FIXTURE=1 rewrites it; do that only for a change meant to alter results).
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { testDb } from '../support/db.ts';
import { QueryLibrary } from '../../server/queries/library.ts';
import { runSaved } from '../../server/queries/service.ts';

const db = testDb();
afterAll(async () => { await db.driver.close(); });
const library = new QueryLibrary(null);
const FIXTURE = new URL('./fixtures/saved-seed-rows.json', import.meta.url);
const update = process.env.UPDATE_SAVED_FIXTURE === '1';
const expected: Record<string, unknown> = update ? {} : JSON.parse(readFileSync(FIXTURE, 'utf8'));

/** Write times change at every seed load, and element ids with the store: neither is part of what a query answers. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) return '<datetime>';
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !['updatedAt', 'elementId'].includes(k)).map(([k, v]) => [k, stable(v)]));
  }
  return value;
}

describe('saved queries on the seed, after the rewrite for scale', () => {
  it.each(library.list().map((q) => [q.id] as const))('%s returns the rows it returned before', async (id) => {
    const result = await runSaved(db, library, id, {}, 1000);
    const got = { columns: result.columns, rows: stable(result.rows) };
    if (update) { expected[id] = got; return; }
    expect(got).toEqual(expected[id]);
  });

  afterAll(() => { if (update) writeFileSync(FIXTURE, `${JSON.stringify(expected, null, 1)}\n`); });
});
