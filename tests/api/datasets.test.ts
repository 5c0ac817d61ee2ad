// Imported networks over HTTP: an upload is checked per row and column, written all or nothing with its own Source, listed, drawn and removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { graphCounts, testDb } from '../support/db.ts';
import { getJson, postJson } from '../support/http.ts';
import { readQuery } from '../../server/db/run.ts';
import { importDataset } from '../../server/datasets/service.ts';
import { checkUpload } from '../../server/datasets/upload-check.ts';

const db = testDb();
let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => { app = await startTestApp(); });
afterAll(async () => {
  await app?.close();
  await db.driver.close();
});

const upload = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  files: { nodes: 'nodes.csv', edges: 'edges.csv' },
  nodes: [
    { id: 'ana', name: 'Ana', row: 2 },
    { id: 'ben', name: 'Ben', type: 'person', row: 3 },
    { id: 'Club "A"', name: 'The club', type: 'Organisation', row: 4 },
    // The same id as a curated node: it must not touch the curated graph.
    { id: 'off-hun-manet', name: 'Someone else', row: 5 },
  ],
  edges: [
    { source: 'ana', target: 'ben', type: 'friend of', row: 2 },
    { source: 'ben', target: 'Club "A"', type: 'member of', row: 3 },
    { source: 'off-hun-manet', target: 'ana', row: 4 },
  ],
  ...extra,
});

const del = async (path: string) => (await fetch(`${app.baseUrl}${path}`, { method: 'DELETE' })).status;

describe('POST /api/datasets', () => {
  it('imports a network with a Source for the upload, keeps the curated graph as it was, lists, draws and deletes it', async () => {
    const before = await graphCounts(db);
    const [curatedBefore] = await readQuery(db, 'entity', { id: 'off-hun-manet' });
    const res = await postJson(app.baseUrl, '/api/datasets', upload('class-one'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ name: 'class-one', dataset: 'import-class-one', nodes: 4, edges: 3, filename: 'nodes.csv and edges.csv' });

    const list = await getJson(app.baseUrl, '/api/datasets');
    expect(list.body.datasets.map((d: { name: string }) => d.name)).toContain('class-one');

    const { status, body } = await getJson(app.baseUrl, '/api/datasets/class-one/graph');
    expect(status).toBe(200);
    expect(body.nodes).toHaveLength(4);
    expect(body.nodes.every((n: { dataset: string; id: string }) => n.dataset === 'import-class-one' && n.id.startsWith('import-class-one--'))).toBe(true);
    const club = body.nodes.find((n: { name: string }) => n.name === 'The club');
    expect(club).toMatchObject({ type: 'Organization', properties: { originalId: 'Club "A"' } });
    const [source] = Object.values(body.sources) as Array<{ title: string; reliability: string }>;
    expect(source).toMatchObject({ title: 'Uploaded file nodes.csv and edges.csv by a teacher', reliability: 'F' });
    expect(body.edges.map((e: { type: string }) => e.type).sort()).toEqual(['LINKED_TO', 'LINKED_TO', 'MEMBER_OF']);
    expect(body.edges.find((e: { properties: { kind?: string } }) => e.properties.kind === 'friend of')).toBeDefined();
    expect(body.edges.every((e: { sources: string[] }) => e.sources.length === 1)).toBe(true);

    // The evidence rule holds, and the curated node with the same uploaded id is untouched.
    expect(await readQuery(db, 'test-unsourced')).toEqual([]);
    const [curatedAfter] = await readQuery(db, 'entity', { id: 'off-hun-manet' });
    expect(JSON.stringify(curatedAfter!.node)).toBe(JSON.stringify(curatedBefore!.node));

    const again = await postJson(app.baseUrl, '/api/datasets', upload('class-one'));
    expect(again.status).toBe(400);
    expect(again.body.error.field).toBe('name');

    expect(await del('/api/datasets/class-one')).toBe(204);
    expect(await graphCounts(db)).toEqual(before);
    expect((await getJson(app.baseUrl, '/api/datasets/class-one/graph')).status).toBe(404);
  });

  it('refuses malformed uploads with the file, row and column, and writes nothing', async () => {
    const before = await graphCounts(db);
    const base = upload('broken');
    const cases: Array<[unknown, string, string]> = [
      [{ ...base, edges: [...base.edges, { source: 'ana', target: 'x', row: 7 }] }, 'edges.3.target', "edges.csv row 7, column target: unknown node 'x'"],
      [{ ...base, edges: [{ source: 'nobody', target: 'ana' }] }, 'edges.0.source', "edges.csv row 2, column source: unknown node 'nobody'"],
      [{ ...base, nodes: [...base.nodes, { id: 'ana', row: 6 }] }, 'nodes.4.id', "nodes.csv row 6, column id: 'ana' is already the id of row 2"],
      [{ ...base, nodes: [{ id: 'x', type: 'Gang', row: 2 }], edges: [] }, 'nodes.0.type', 'nodes.csv row 2, column type: unknown type'],
      [{ ...base, nodes: [{ id: 'x', type: 'Allegation', row: 2 }], edges: [] }, 'nodes.0.type', 'nodes.csv row 2, column type: unknown type'],
      [{ ...base, nodes: [{ id: ' ', row: 9 }] }, 'nodes.0.id', 'nodes.csv row 9, column id: every node needs an id'],
      [{ ...base, nodes: [{ id: 'a', colour: 'red' }] }, 'nodes.0.colour', 'nodes.csv row 2, column colour: unknown column'],
      [{ ...base, nodes: [] }, 'nodes', 'nodes: the node list is empty'],
      [{ ...base, name: 'Bad Name' }, 'name', 'name:'],
      [{ ...base, name: 'cambodia-crackdown' }, 'name', "name: 'cambodia-crackdown' is the curated dataset"],
    ];
    for (const [payload, field, message] of cases) {
      const res = await postJson(app.baseUrl, '/api/datasets', payload);
      expect(res.status, field).toBe(400);
      expect(res.body.error.field).toBe(field);
      expect(res.body.error.detail).toContain(message);
    }
    expect(await graphCounts(db)).toEqual(before);
  });

  it('rolls an import that fails part-way back to nothing', async () => {
    const before = await graphCounts(db);
    await expect(importDataset(db, checkUpload(upload('half-done')), { batchSize: 1, stopAfterBatches: 3 })).rejects.toThrow(/stopped/);
    expect(await graphCounts(db)).toEqual(before);
    expect((await getJson(app.baseUrl, '/api/datasets')).body.datasets.map((d: { name: string }) => d.name)).not.toContain('half-done');
  });
});

describe('DELETE /api/datasets/:name', () => {
  it('refuses the curated dataset (400) and unknown ones (404)', async () => {
    expect(await del('/api/datasets/cambodia-crackdown')).toBe(400);
    expect(await del('/api/datasets/never-imported')).toBe(404);
    expect(await del('/api/datasets/Not%20A%20Name')).toBe(400);
  });
});
