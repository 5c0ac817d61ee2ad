// The import path: resumable after a crash, all-or-nothing through rollback, and idempotent once complete.
import { afterAll, describe, expect, it } from 'vitest';
import { graphCounts, testDb } from '../support/db.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { importGraph, ImportFailedError, rollbackImport } from '../../server/import/import-graph.ts';
import { readQuery } from '../../server/db/run.ts';

const db = testDb();
afterAll(async () => { await db.driver.close(); });

const dataset = 'synthetic-import-test';
const graph = generateSynthetic({ nodes: 1200, seed: 3, dataset });
const size = async () => (await readQuery(db, 'count-dataset', { dataset }))[0]!.nodes as number;

describe('import', () => {
  it('resumes a run that stopped part-way and ends with exactly the full graph', async () => {
    const before = await graphCounts(db);
    await expect(importGraph(db, graph, { batchSize: 500, runId: 'resume-test', stopAfterBatches: 5 })).rejects.toBeInstanceOf(ImportFailedError);
    const partial = await graphCounts(db);
    expect(partial.nodes).toBeGreaterThan(before.nodes);
    const progress: number[] = [];
    const report = await importGraph(db, graph, { batchSize: 500, runId: 'resume-test', onProgress: (p) => progress.push(p.done) });
    expect(report.resumedFrom.nodes).toBe(1200);
    expect(report.resumedFrom.relationships).toBeGreaterThan(0);
    const after = await graphCounts(db);
    // +1 node for the run record.
    expect(after.nodes).toBe(before.nodes + graph.nodes.length + 1);
    expect(after.relationships).toBe(before.relationships + graph.relationships.length);
    expect(await size()).toBe(graph.nodes.length);

    // A complete run is not written twice.
    await importGraph(db, graph, { batchSize: 500, runId: 'resume-test' });
    expect(await graphCounts(db)).toEqual(after);

    await rollbackImport(db, dataset);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('rolls a failed import back to nothing', async () => {
    const before = await graphCounts(db);
    const broken = { ...graph, relationships: [...graph.relationships.slice(0, 900), { ...graph.relationships[0]!, id: 'dangling', to: 'syn-nowhere-0000000' }] };
    const err = await importGraph(db, broken, { batchSize: 400, runId: 'broken-test' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFailedError);
    expect((err as Error).message).toMatch(/1 rows point at ids that are not in the graph.*Resume it with the same run id, or roll it back/);
    await rollbackImport(db, dataset);
    expect(await graphCounts(db)).toEqual(before);
    expect(await size()).toBe(0);
  });
});
