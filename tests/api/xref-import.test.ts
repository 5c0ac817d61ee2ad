// Cross-referencing after an import and at scale: an upload's summary says how many of its entities may already be
// in another dataset, and a 20k-node synthetic dataset is cross-referenced in bounded pages to the end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { testDb } from '../support/db.ts';
import { getJson, postJson } from '../support/http.ts';
import { DatasetSummary } from '../../server/contract/datasets.ts';
import { CandidateList, RunSummary } from '../../server/contract/xref.ts';
import { ImportReport } from '../../server/contract/interop.ts';
import { importGraph, rollbackImport } from '../../server/import/import-graph.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';

const db = testDb();
let app: Awaited<ReturnType<typeof startTestApp>>;
const BIG = 'synthetic-xref-20k';

beforeAll(async () => { app = await startTestApp(); });
afterAll(async () => {
  await fetch(`${app.baseUrl}/api/datasets/xref-upload`, { method: 'DELETE' });
  await fetch(`${app.baseUrl}/api/datasets/xref-file`, { method: 'DELETE' });
  await app?.close();
  await rollbackImport(db, BIG);
  await db.driver.close();
});

describe('xref after an import', () => {
  it('the import summary counts possible duplicates, and the candidates name them', async () => {
    const res = await postJson(app.baseUrl, '/api/datasets', {
      name: 'xref-upload',
      files: { nodes: 'nodes.csv', edges: 'edges.csv' },
      // A curated place under its own name, and an invented person nobody else has.
      nodes: [{ id: 'poipet', name: 'POIPET', type: 'Place' }, { id: 'nobody', name: 'Synthetic Pupil Quillon' }],
      edges: [],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(DatasetSummary.parse(res.body).possibleDuplicates).toBe(1);
    const list = CandidateList.parse((await getJson(app.baseUrl, '/api/xref/candidates?dataset=import-xref-upload')).body);
    expect(list.candidates.map((c) => [c.left.name, c.right.id])).toEqual([['POIPET', 'place-poipet']]);
  });
});

describe('xref after a file import', () => {
  it('a whole-dataset file imported through the interop path reports its possible duplicates too', async () => {
    // The upload above, exported as GraphML and brought back under another name: its POIPET is in the curated graph.
    const exported = await fetch(`${app.baseUrl}/api/datasets/import-xref-upload/export?format=graphml`);
    expect(exported.status).toBe(200);
    const res = await postJson(app.baseUrl, '/api/datasets/xref-file/import', { file: 'xref-upload.graphml', content: await exported.text() });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(ImportReport.parse(res.body).possibleDuplicates).toBeGreaterThanOrEqual(1);
    const list = CandidateList.parse((await getJson(app.baseUrl, '/api/xref/candidates?dataset=import-xref-file')).body);
    expect(list.candidates.map((c) => c.right.id)).toContain('place-poipet');
  });
});

describe('xref at scale', () => {
  it('cross-references a 20k-node dataset to the end, in pages', async () => {
    await importGraph(db, generateSynthetic({ nodes: 20_000, seed: 13, dataset: BIG, relsPerNode: 0 }), { batchSize: 5_000 });
    const res = await postJson(app.baseUrl, `/api/xref/run?dataset=${BIG}`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const run = RunSummary.parse(res.body);
    // Every entity but its sources and allegations was read: more than one page of 5000.
    expect(run.compared.dataset).toBeGreaterThan(5_000);
    expect(run.compared.others).toBeGreaterThan(0);
    // A bound for a loaded 2-core machine, not a speed claim; links are left out since cross-referencing reads none.
  }, 180_000);
});
