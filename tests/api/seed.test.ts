import { afterAll, describe, expect, it } from 'vitest';
import { testDb, graphCounts } from '../support/db.ts';
import { seedCopy } from '../support/seed-copy.ts';
import { loadSeed, datasetSize } from '../../server/seed/load.ts';
import { SeedError } from '../../server/seed/errors.ts';
import { readQuery } from '../../server/db/run.ts';
import { writeInBatches } from '../../server/db/batch-write.ts';

const db = testDb();
afterAll(async () => { await db.driver.close(); });

describe('the seeded graph', () => {
  it('has no element without evidence', async () => {
    const rows = await readQuery(db, 'test-unsourced');
    expect(rows.map((r) => r.problem)).toEqual([]);
  });

  it('catches an unsourced relationship (the check can fail), and --reset mends it', async () => {
    const before = await graphCounts(db);
    await writeInBatches(db, [{
      query: 'seed-relationships', label: 'bad',
      rows: [{ id: 'test-unsourced', type: 'LEADS', from: 'off-hun-manet', to: 'org-united-nations', props: { id: 'test-unsourced' } }],
    }], 10);
    expect((await readQuery(db, 'test-unsourced')).map((r) => r.problem)).toEqual(['relationship test-unsourced']);
    await loadSeed(db, { reset: true });
    expect((await readQuery(db, 'test-unsourced'))).toEqual([]);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('loads again without duplicating anything (MERGE by id)', async () => {
    const before = await graphCounts(db);
    await loadSeed(db);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('replaces the dataset in place with --reset', async () => {
    const before = await graphCounts(db);
    const progress: string[] = [];
    await loadSeed(db, { reset: true, onProgress: (label) => progress.push(label) });
    expect(await graphCounts(db)).toEqual(before);
    expect(progress).toEqual(expect.arrayContaining(['reset', 'nodes', 'relationships']));
  });
});

describe('a failed seed writes nothing', () => {
  it('refuses an invalid file before writing, naming file, record and field', async () => {
    const before = await graphCounts(db);
    const folder = seedCopy({ file: 'nodes.json', change: (r) => { r[5]!.type = 'Spaceship'; } });
    const err = await loadSeed(db, { folder, reset: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeedError);
    expect((err as SeedError).record).toBe('record 5 (id country-myanmar)');
    expect((err as SeedError).field).toBe('type');
    expect(await graphCounts(db)).toEqual(before);
  });

  it('rolls back every batch when the database refuses one part-way', async () => {
    const before = await graphCounts(db);
    const nodes = Array.from({ length: 25 }, (_, i) => ({ id: `tmp-${i}`, labels: ['Entity', 'Person'], props: { id: `tmp-${i}`, dataset: 'tmp', sources: ['s'] } }));
    // A map-valued property is not storable: Neo4j fails on the last step, after 25 nodes were written in the same transaction.
    const bad = [{ id: 'tmp-0', labels: ['Entity'], props: { id: 'tmp-0', nested: { no: 'maps' } } }];
    await expect(writeInBatches(db, [
      { query: 'seed-nodes', rows: nodes, label: 'nodes' },
      { query: 'seed-nodes', rows: bad, label: 'bad' },
    ], 10)).rejects.toThrow();
    expect(await graphCounts(db)).toEqual(before);
    expect(await datasetSize(db)).toBeGreaterThan(0);
  });
});
