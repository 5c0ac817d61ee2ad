// With a synthetic dataset loaded beside the curated graph, every saved query in its default scope (the curated graph)
// answers exactly what it answers on the seed alone, and nothing of the synthetic dataset leaks in. Scoped to the
// synthetic dataset instead, the queries do find its rows, so the leak check below can see them when they are there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../support/db.ts';
import { QueryLibrary } from '../../server/queries/library.ts';
import { runSaved } from '../../server/queries/service.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { importGraph, rollbackImport } from '../../server/import/import-graph.ts';
import { comparable, seedRowsFixture } from './saved-rows.ts';

const db = testDb();
const library = new QueryLibrary(null);
const DATASET = 'saved-scope-synthetic';
const expected = seedRowsFixture();

beforeAll(async () => {
  await rollbackImport(db, DATASET).catch(() => {});
  await importGraph(db, generateSynthetic({ nodes: 3000, seed: 7, dataset: DATASET }), { runId: `${DATASET}-run` });
}, 120_000);
afterAll(async () => {
  await rollbackImport(db, DATASET);
  await db.driver.close();
});

/** Every synthetic node's id starts `syn-` and its name `Synthetic `; curated ones never do. */
const synthetic = (rows: unknown) => JSON.stringify(rows).match(/"syn-[^"]*"|"Synthetic [^"]*"/g) ?? [];

describe('saved queries beside a synthetic dataset', () => {
  it.each(library.list().map((q) => [q.id] as const))('%s, in the default scope, answers as on the seed alone', async (id) => {
    const result = await runSaved(db, library, id, {}, 1000);
    expect(synthetic(result.rows), 'synthetic values in the rows').toEqual([]);
    expect(synthetic(result.graph), 'synthetic values in the graph').toEqual([]);
    expect(comparable(library.get(id)!.cypher, result)).toEqual(comparable(library.get(id)!.cypher, expected[id]!));
  });

  it.each(['allegations-by-status', 'allegations-who-against-whom', 'sources-by-reliability', 'most-connected-actors', 'opinions-versus-claims'])(
    '%s, scoped to the synthetic dataset, finds its rows', async (id) => {
      const result = await runSaved(db, library, id, {}, 1000, [DATASET]);
      expect(synthetic(result.rows).length).toBeGreaterThan(0);
    });
});
