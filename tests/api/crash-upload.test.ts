// Issue 11, item 7, for classroom uploads: a server killed mid-upload (or mid-delete) leaves a dataset that is listed
// as incomplete, with resume and delete; every read refuses it (409, naming it) until it is complete; sending the
// same files again says what to do, resumes on request, and the delete or a new upload finishes an interrupted removal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { graphCounts, testDb } from '../support/db.ts';
import { getJson, postJson } from '../support/http.ts';
import { killAll, killAt } from '../support/crash-run.ts';
import { syntheticUpload } from '../support/crash-upload.ts';

const NAME = 'crash-class';
const DATASET = `import-${NAME}`;
const PUPILS = 600;
const db = testDb();
let app: Awaited<ReturnType<typeof startTestApp>>;
let baseline: Awaited<ReturnType<typeof graphCounts>>;

const listed = async () => (await getJson(app.baseUrl, '/api/datasets')).body.datasets.find((d: { name: string }) => d.name === NAME);
const del = async () => (await fetch(`${app.baseUrl}/api/datasets/${NAME}`, { method: 'DELETE' })).status;
const node = (i: number) => `${DATASET}--pupil-${i}`;

/** Every read a user has, scoped to the dataset: each must be refused with a 409 that names it. */
async function expectEveryReadRefused() {
  const scope = `datasets=${DATASET}`;
  const reads = [
    await getJson(app.baseUrl, `/api/search?q=Synthetic%20Pupil&${scope}`),
    await getJson(app.baseUrl, `/api/entities/${node(1)}/neighbourhood?${scope}`),
    await getJson(app.baseUrl, `/api/entities/${node(1)}/neighbour-counts?${scope}`),
    await getJson(app.baseUrl, `/api/paths?from=${node(1)}&to=${node(2)}&${scope}`),
    await getJson(app.baseUrl, `/api/datasets/${NAME}/graph`),
    await postJson(app.baseUrl, '/api/queries/most-connected-actors/run', { params: {}, datasets: [DATASET] }),
  ];
  for (const r of reads) {
    expect(r.status, JSON.stringify(r.body)).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'conflict' });
    expect(r.body.error.message).toContain(DATASET);
  }
  // Not offered in the chooser, and the curated graph's search shows none of it.
  const all = (await getJson(app.baseUrl, '/api/datasets/all')).body.datasets.map((d: { dataset: string }) => d.dataset);
  expect(all).not.toContain(DATASET);
  expect((await getJson(app.baseUrl, '/api/search?q=Synthetic%20Pupil')).body.hits).toEqual([]);
}

beforeAll(async () => {
  app = await startTestApp();
  baseline = await graphCounts(db);
});
afterAll(async () => {
  killAll();
  await app?.close();
  await db.driver.close();
});

describe('a server killed during an upload or a delete', { timeout: 120_000 }, () => {
  it('nodes half written: listed incomplete and resumable, refused by every read; a re-upload says what to do, and resume completes it', async () => {
    await killAt({ job: 'upload', name: NAME, nodes: PUPILS, batchSize: 60, stopAt: { phase: 'nodes', fraction: 0.5 } });
    const entry = await listed();
    // Before the fix the list left it out while search showed its nodes, and its re-upload was refused.
    expect(entry).toMatchObject({ status: 'incomplete', resumable: true, progress: { totalNodes: PUPILS + 1, totalRels: PUPILS * 2 } });
    expect(entry.progress.nodesDone).toBeGreaterThan(0);
    expect(entry.progress.nodesDone).toBeLessThan(PUPILS + 1);
    await expectEveryReadRefused();

    const again = await postJson(app.baseUrl, '/api/datasets', syntheticUpload(NAME, PUPILS));
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'conflict', field: 'name' });
    expect(again.body.error.message).toMatch(/stopped before it finished \(\d+ of 601 nodes and 0 of 1200 links written\)\. Resume it with the same files, or delete it/);

    const other = await postJson(app.baseUrl, '/api/datasets', { ...syntheticUpload(NAME, PUPILS - 1), resume: true });
    expect(other.status).toBe(409);
    expect(other.body.error.message).toMatch(/came from other files/);

    const resumed = await postJson(app.baseUrl, '/api/datasets', { ...syntheticUpload(NAME, PUPILS), resume: true });
    expect(resumed.status, JSON.stringify(resumed.body)).toBe(201);
    expect(resumed.body).toMatchObject({ name: NAME, status: 'complete', nodes: PUPILS, edges: PUPILS * 2 });
    const search = await getJson(app.baseUrl, `/api/search?q=${encodeURIComponent('Synthetic Pupil 0007')}&datasets=${DATASET}`);
    expect(search.status).toBe(200);
    expect(search.body.hits.map((h: { node: { id: string } }) => h.node.id)).toContain(node(7));
    const all = (await getJson(app.baseUrl, '/api/datasets/all')).body.datasets;
    expect(all.find((d: { dataset: string }) => d.dataset === DATASET)).toMatchObject({ nodes: PUPILS });
  });

  it('mid-delete: listed incomplete, delete only, refused by every read; uploading it again finishes the removal and imports it whole', async () => {
    await killAt({ job: 'upload-delete', name: NAME, nodes: PUPILS, batchSize: 60, stopAt: { phase: 'rollback', fraction: 0.5 } });
    expect(await listed()).toMatchObject({ status: 'incomplete', resumable: false });
    await expectEveryReadRefused();
    const again = await postJson(app.baseUrl, '/api/datasets', syntheticUpload(NAME, PUPILS));
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body).toMatchObject({ status: 'complete', nodes: PUPILS, edges: PUPILS * 2 });
  });

  it('relationships half written, then deleted: the delete removes every trace, run records included', async () => {
    expect(await del()).toBe(204);
    await killAt({ job: 'upload', name: NAME, nodes: PUPILS, batchSize: 120, stopAt: { phase: 'relationships', fraction: 0.5 } });
    const entry = await listed();
    expect(entry).toMatchObject({ status: 'incomplete', resumable: true, nodes: PUPILS });
    expect(entry.progress.relsDone).toBeGreaterThan(0);
    await expectEveryReadRefused();
    expect(await del()).toBe(204);
    expect(await listed()).toBeUndefined();
    expect(await graphCounts(db)).toEqual(baseline);
  });
});
