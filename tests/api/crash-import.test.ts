// Issue 11, items 6 and 7: kill -9 an import or a rollback at several points (nodes half written, relationships
// half written, the search-index wait, mid-rollback). After each kill the visible graph (search, the dataset chooser,
// a saved query's rows) is either the old state or the new one, never half, and running the command again
// (`npm run generate`, the real script, or the import path it calls) ends with exactly the right counts.
// Synthetic names only; 600 nodes and 3,000 relationships in batches of 150, so each phase has a middle to kill in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { graphCounts, testDb } from '../support/db.ts';
import { getJson, postJson } from '../support/http.ts';
import { killAll, killAt, runToEnd } from '../support/crash-run.ts';
import type { ChildJob } from '../support/crash-child.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { importGraph, rollbackImport, runsOf } from '../../server/import/import-graph.ts';

const NODES = 600;
const SEED = 7;
const BATCH = 150;
const dataset = `synthetic-${NODES}-seed${SEED}`;
const graph = generateSynthetic({ nodes: NODES, seed: SEED, dataset });
const sources = graph.nodes.filter((n) => n.labels.includes('Source')).length;
const probe = graph.nodes.find((n) => !n.labels.includes('Source'))!;
const generate = (...extra: string[]) => runToEnd(['scripts/generate.ts', '--nodes', String(NODES), '--seed', String(SEED), '--batch', String(BATCH), ...extra]);
const job = (j: Omit<ChildJob, 'nodes' | 'seed' | 'batchSize'> & Partial<ChildJob>): ChildJob => ({ nodes: NODES, seed: SEED, batchSize: BATCH, ...j });

const db = testDb();
let app: Awaited<ReturnType<typeof startTestApp>>;
let baseline: Awaited<ReturnType<typeof graphCounts>>;
let curatedHits: string[];

/** What a user can see of the dataset: a search inside it, the chooser's entry, a saved query's rows; and the curated graph's search. */
async function view() {
  const search = await getJson(app.baseUrl, `/api/search?q=${encodeURIComponent(probe.props.name as string)}&limit=5&datasets=${dataset}`);
  const all = await getJson(app.baseUrl, '/api/datasets/all');
  const query = await postJson(app.baseUrl, '/api/queries/sources-by-reliability/run', { params: {}, rowLimit: 1000, datasets: [dataset] });
  const curated = await getJson(app.baseUrl, '/api/search?q=Amnesty&limit=20');
  // By id, as a shared link or an old tab would ask: it names no scope, so the dataset's own completeness decides.
  const entity = await getJson(app.baseUrl, `/api/entities/${encodeURIComponent(probe.id)}`);
  return {
    entity: entity.status,
    search: search.status === 200 ? search.body.hits.some((h: { node: { id: string } }) => h.node.id === probe.id) : search.status,
    chooser: all.body.datasets.find((d: { dataset: string }) => d.dataset === dataset)?.nodes ?? 'absent',
    queryRows: query.status === 200 ? query.body.rows.length : query.status,
    refusal: [search, query].map((r) => r.body?.error?.message).find(Boolean) as string | undefined,
    curated: curated.body.hits.map((h: { node: { id: string } }) => h.node.id),
  };
}

/** The old state: nothing of the dataset readable (a 409 naming it, or nothing there); the curated graph as it was. */
async function expectOld() {
  const v = await view();
  expect(v.search === false || v.search === 409, JSON.stringify(v)).toBe(true);
  expect(v.queryRows === 0 || v.queryRows === 409, JSON.stringify(v)).toBe(true);
  expect(v.chooser).toBe('absent');
  expect([404, 409], JSON.stringify(v)).toContain(v.entity);
  expect(v.curated).toEqual(curatedHits);
  return v;
}

/** The new state: the whole dataset, exactly. */
async function expectNew() {
  const v = await view();
  expect(v).toMatchObject({ entity: 200, search: true, chooser: NODES - sources, queryRows: sources, curated: curatedHits });
  const { runs, nodes } = await runsOf(db, dataset);
  expect(nodes).toBe(NODES);
  expect(runs.map((r) => [r.status, r.nodesDone, r.relsDone])).toEqual([['complete', NODES, graph.relationships.length]]);
  const counts = await graphCounts(db);
  expect(counts.nodes).toBe(baseline.nodes + NODES + 1); // +1: the run record
  expect(counts.relationships).toBe(baseline.relationships + graph.relationships.length);
}

beforeAll(async () => {
  app = await startTestApp();
  baseline = await graphCounts(db);
  curatedHits = (await getJson(app.baseUrl, '/api/search?q=Amnesty&limit=20')).body.hits.map((h: { node: { id: string } }) => h.node.id);
  expect(curatedHits.length).toBeGreaterThan(0);
});
afterAll(async () => {
  killAll();
  await app?.close();
  await db.driver.close();
});

describe('kill -9 during an import or a rollback', { timeout: 120_000 }, () => {
  it('nodes half written: hidden, with a 409 naming the dataset; running the import again completes it', async () => {
    await killAt(job({ job: 'synthetic-import', stopAt: { phase: 'nodes', fraction: 0.5 } }));
    const { runs, nodes } = await runsOf(db, dataset);
    expect(nodes).toBeGreaterThan(0);
    expect(nodes).toBeLessThan(NODES);
    expect(runs[0]!.status).toBe('running');
    const v = await expectOld();
    expect(v.search).toBe(409);
    expect(v.refusal).toContain(`'${dataset}'`);
    expect(v.refusal).toMatch(/not complete/);

    const again = await generate();
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain(`${dataset} complete`);
    await expectNew();
  });

  it('mid-rollback: marked rolling-back before the first delete, hidden; a later import finishes the rollback and imports it whole', async () => {
    await killAt(job({ job: 'synthetic-rollback', batchSize: 60, stopAt: { phase: 'rollback', fraction: 0.4 } }));
    const { runs, nodes } = await runsOf(db, dataset);
    expect(nodes).toBeGreaterThan(0);
    expect(nodes).toBeLessThan(NODES);
    // Before the fix the run still said "complete" here, and the next import wrote nothing.
    expect(runs.map((r) => r.status)).toEqual(['rolling-back']);
    await expectOld();

    const again = await generate();
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/rollback: .* nodes removed|complete/);
    await expectNew();
  });

  it('mid-rollback again: the rollback command run again removes the rest and every run record', async () => {
    await killAt(job({ job: 'synthetic-rollback', batchSize: 60, stopAt: { phase: 'rollback', fraction: 0.6 } }));
    expect((await runsOf(db, dataset)).runs.map((r) => r.status)).toEqual(['rolling-back']);
    await expectOld();
    const again = await generate('--rollback');
    expect(again.code, again.output).toBe(0);
    expect(await runsOf(db, dataset)).toEqual({ runs: [], nodes: 0 });
    expect(await graphCounts(db)).toEqual(baseline);
    await expectOld();
  });

  it('relationships half written: hidden; running the import again completes it', async () => {
    await killAt(job({ job: 'synthetic-import', stopAt: { phase: 'relationships', fraction: 0.5 } }));
    const { runs, nodes } = await runsOf(db, dataset);
    expect(nodes).toBe(NODES);
    expect(runs[0]!.relsDone).toBeGreaterThan(0);
    expect(runs[0]!.relsDone).toBeLessThan(graph.relationships.length);
    await expectOld();
    // The import path the command runs, in-process: each child costs seconds of start-up on a loaded machine.
    await importGraph(db, graph, { batchSize: BATCH });
    await expectNew();
  });

  it('during the search-index wait: everything written but not yet complete, so hidden; running the import again completes it', async () => {
    await rollbackImport(db, dataset);
    await killAt(job({ job: 'synthetic-import', stopAt: { phase: 'index' } }));
    const { runs, nodes } = await runsOf(db, dataset);
    expect(nodes).toBe(NODES);
    expect(runs.map((r) => [r.status, r.relsDone])).toEqual([['running', graph.relationships.length]]);
    await expectOld();
    await importGraph(db, graph, { batchSize: BATCH });
    await expectNew();

    await rollbackImport(db, dataset);
    expect(await graphCounts(db)).toEqual(baseline);
  });
});
