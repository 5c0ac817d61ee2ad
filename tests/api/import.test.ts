// The import path: resumable after a crash, all-or-nothing through rollback, and idempotent once complete.
import { afterAll, describe, expect, it } from 'vitest';
import { graphCounts, testDb } from '../support/db.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { importGraph, ImportFailedError, rollbackImport, runsOf } from '../../server/import/import-graph.ts';
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

  // Two node batches are in the database at once and commit in order (writeBatchInOrder): when one fails, the one
  // behind it, already written, must roll back too, and the counter stays on the end of the batch before.
  it('a failing node batch with the next one in flight leaves exactly the batches before it, and a resume completes the rest', async () => {
    const before = await graphCounts(db);
    const nodes = graph.nodes.map((n, i) => (i === 450 ? { ...n, id: graph.nodes[10]!.id } : n));
    const err = await importGraph(db, { ...graph, nodes }, { batchSize: 200, runId: 'writers-test', nodeWriters: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFailedError);
    const [run] = (await runsOf(db, dataset)).runs;
    expect(run).toMatchObject({ status: 'failed', nodesDone: 400, relsDone: 0 });
    expect(await size()).toBe(400);
    const progress: number[] = [];
    const report = await importGraph(db, graph, { batchSize: 200, runId: 'writers-test', nodeWriters: 2, onProgress: (p) => p.phase === 'nodes' && progress.push(p.done) });
    expect(report.resumedFrom.nodes).toBe(400);
    // Progress comes in the order of the commits, each batch once.
    expect(progress).toEqual([600, 800, 1000, 1200]);
    expect(await size()).toBe(graph.nodes.length);
    expect((await graphCounts(db)).relationships - before.relationships).toBe(graph.relationships.length);
    await rollbackImport(db, dataset);
    expect(await graphCounts(db)).toEqual(before);
  });

  // The next batch is packed while the current one is written (import-graph.ts): a batch that fails in the middle
  // must still leave exactly the batches before it, with the counter on their end, and a resume writes only the rest.
  it('a failing batch in the middle of the pipeline leaves exactly the batches before it, and a resume completes the rest', async () => {
    const before = await graphCounts(db);
    const rels = graph.relationships.slice(0, 2000);
    const dangling = { ...rels[1000]!, to: 'syn-nowhere-0000000' };
    const broken = { ...graph, relationships: [...rels.slice(0, 1000), dangling, ...rels.slice(1001)] };
    const err = await importGraph(db, broken, { batchSize: 400, runId: 'pipeline-test' }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/relationships 801-1200: 1 rows point at ids that are not in the graph/);
    const [run] = (await runsOf(db, dataset)).runs;
    expect(run).toMatchObject({ status: 'failed', nodesDone: graph.nodes.length, relsDone: 800 });
    const partial = await graphCounts(db);
    expect(partial.relationships - before.relationships).toBe(800);
    const report = await importGraph(db, { ...graph, relationships: rels }, { batchSize: 400, runId: 'pipeline-test' });
    expect(report.resumedFrom).toEqual({ nodes: graph.nodes.length, relationships: 800 });
    const after = await graphCounts(db);
    expect(after.relationships - before.relationships).toBe(rels.length);
    const [one] = await readQuery(db, 'test-stored-values', { nodeId: rels[1000]!.from, relId: rels[1000]!.id });
    expect(one!.rel).toEqual(rels[1000]!.props);
    await rollbackImport(db, dataset);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('stores every kind of value exactly as it was sent', async () => {
    const ds = 'synthetic-values-test';
    const props = {
      id: 'values-a', type: 'Person', dataset: ds, name: 'Comma, "quote"\nnew line; semicolon | ünïcödé 中文 🙂', aliases: [], sources: [''],
      count: 42, negative: -7, ratio: 0.1 + 0.2, big: 1e21, yes: true, no: false,
      tags: ['a;b', 'c,d', ''], years: [2024, 2025], scores: [0.5, 1.25], flags: [true, false], empty: '',
    };
    const rows = {
      dataset: ds,
      nodes: [{ id: 'values-a', labels: ['Entity', 'Person'], props }, { id: 'values-b', labels: ['Entity', 'Person', 'Official'], props: { id: 'values-b', dataset: ds } }],
      relationships: [{ id: 'rel-values', type: 'MEMBER_OF' as const, from: 'values-a', to: 'values-b', props: { id: 'rel-values', status: 'reported', weight: 3, sources: ['s1', 's2'] } }],
    };
    await importGraph(db, rows, { runId: 'values-test' });
    const [stored] = await readQuery(db, 'test-stored-values', { nodeId: 'values-a', relId: 'rel-values' });
    const { updatedAt, ...node } = stored!.node as Record<string, unknown>;
    expect(updatedAt).toBeTruthy();
    expect(node).toEqual(props);
    expect(stored!.labels).toEqual(['Entity', 'Person']);
    expect(stored!.relType).toBe('MEMBER_OF');
    expect(stored!.rel).toEqual(rows.relationships[0]!.props);
    const [official] = await readQuery(db, 'test-stored-values', { nodeId: 'values-b', relId: 'none' });
    expect(new Set(official!.labels as string[])).toEqual(new Set(['Entity', 'Person', 'Official']));
    await rollbackImport(db, ds);
  });

  it('refuses a value it cannot store before writing anything', async () => {
    const before = await graphCounts(db);
    const rows = { dataset: 'synthetic-bad-value', nodes: [{ id: 'bad-1', labels: ['Entity', 'Person'], props: { id: 'bad-1', name: 'x\u001ey' } }], relationships: [] };
    await expect(importGraph(db, rows, { runId: 'bad-value' })).rejects.toThrow(/row bad-1, name: contains a control character/);
    expect(await graphCounts(db)).toEqual(before);
  });
});

