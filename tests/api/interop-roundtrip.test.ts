// Issue 13, lossless round trips: for every format, export a whole dataset over the API, import the file into a new
// dataset (POST /api/datasets/:name/import, the UI's path, or the CLI's importFile for files over the API's 1 MB),
// and the new dataset holds the same graph, compared property by property (ids and the dataset name aside, which an
// import into another dataset must change), on the seed graph and on a synthetic graph with every kind of value.
// Where a format cannot hold something (CSV: the status history) only the rest is compared, and the file says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { CURATED_DATASET } from '../../server/contract/scope.ts';
import { importGraph, rollbackImport } from '../../server/import/import-graph.ts';
import { CSV_DROPPED_KEYS } from '../../server/interop/csv-zip.ts';
import { datasetDump } from '../../server/interop/dump.ts';
import { importFile } from '../../server/interop/import-file.ts';
import { collectChunks, type FormatName, type InteropNode, type InteropRel } from '../../server/interop/formats.ts';
import type { NodeRow, RelRow } from '../../server/seed/to-rows.ts';
import { startTestApp } from '../support/app.ts';
import { testDb } from '../support/db.ts';
import { postJson } from '../support/http.ts';
import { syntheticGraph } from '../support/interop-synthetic.ts';

const db = testDb();
const SYNTHETIC = 'interop-synthetic';
let app: Awaited<ReturnType<typeof startTestApp>>;
const created: string[] = [SYNTHETIC];

beforeAll(async () => {
  app = await startTestApp();
  const g = syntheticGraph(SYNTHETIC);
  await importGraph(db, { dataset: SYNTHETIC, nodes: g.nodes as NodeRow[], relationships: g.relationships as RelRow[] }, { runId: `${SYNTHETIC}-fixture` });
});
afterAll(async () => {
  for (const d of created) await rollbackImport(db, d).catch(() => {});
  await app?.close();
  await db.driver.close();
});

/** The stored graph as comparable rows: ids and references without their dataset prefix, the dataset name blanked. */
async function stored(dataset: string, drops: string[] = []) {
  const dump = await datasetDump(db, dataset, { page: 50 });
  const strip = (text: string) => text.replaceAll(`${dataset}--`, '').replaceAll(`${SYNTHETIC}--`, '');
  const clean = <T extends InteropNode | InteropRel>(r: T): T => {
    const props = Object.fromEntries(Object.entries(r.props).filter(([k]) => !drops.includes(k)).map(([k, v]) => [k, k === 'dataset' ? '(dataset)' : v]));
    return JSON.parse(strip(JSON.stringify({ ...r, props }))) as T;
  };
  const nodes: InteropNode[] = [];
  const relationships: InteropRel[] = [];
  for await (const p of dump.nodes()) nodes.push(...p.map(clean));
  for await (const p of dump.relationships()) relationships.push(...p.map(clean));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: nodes.sort(byId), relationships: relationships.sort(byId) };
}

const CASES: Array<{ format: FormatName; query?: string; drops?: string[] }> = [
  { format: 'scamgraph-json' },
  { format: 'graphml' },
  { format: 'gexf' },
  { format: 'gexf', query: '&gexfVersion=1.2' },
  { format: 'cyjs' },
  { format: 'csv', drops: CSV_DROPPED_KEYS },
];

async function exportOver(dataset: string, format: FormatName, query = ''): Promise<{ bytes: Uint8Array; disposition: string | null }> {
  const res = await fetch(`${app.baseUrl}/api/datasets/${dataset}/export?format=${format}${query}`);
  expect(res.status, await res.clone().text().then((t) => t.slice(0, 300))).toBe(200);
  return { bytes: new Uint8Array(await res.arrayBuffer()), disposition: res.headers.get('content-disposition') };
}

async function importBack(name: string, format: FormatName, bytes: Uint8Array) {
  created.push(`import-${name}`);
  const file = `${name}.${format === 'csv' ? 'zip' : format}`;
  // The API takes up to 1 MB of JSON: bigger files go the CLI's way, through the same importFile.
  if (bytes.length < 700_000) {
    const binary = format === 'csv';
    const content = binary ? Buffer.from(bytes).toString('base64') : new TextDecoder().decode(bytes);
    const r = await postJson(app.baseUrl, `/api/datasets/${name}/import`, { file, format, content, ...(binary ? { encoding: 'base64' } : {}) });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  }
  return importFile(db, bytes, { file, name, format });
}

for (const source of [SYNTHETIC, CURATED_DATASET]) {
  describe(`round trip of ${source}`, () => {
    for (const c of CASES) {
      const label = `${c.format}${c.query ? ' 1.2' : ''}`;
      it(`${label}: export -> import into a new dataset -> the same graph, property by property; exporting again gives the same file`, async () => {
        const name = `rt-${source === SYNTHETIC ? 'syn' : 'seed'}-${c.format}${c.query ? '-12' : ''}`;
        const first = await exportOver(source, c.format, c.query);
        expect(first.disposition).toContain(`attachment; filename="${source}`);
        const report = await importBack(name, c.format, first.bytes);
        expect(report.notices.join(' ')).not.toMatch(/rest on the file itself/);
        const [want, got] = [await stored(source, c.drops), await stored(`import-${name}`, c.drops)];
        expect(want.nodes.length).toBeGreaterThan(source === SYNTHETIC ? 5 : 30);
        expect(want.relationships.length).toBeGreaterThan(source === SYNTHETIC ? 6 : 30);
        expect(got.nodes.length).toBe(want.nodes.length);
        expect(got.relationships.length).toBe(want.relationships.length);
        for (let i = 0; i < want.nodes.length; i += 1) expect(got.nodes[i], want.nodes[i]!.id).toEqual(want.nodes[i]);
        for (let i = 0; i < want.relationships.length; i += 1) expect(got.relationships[i], want.relationships[i]!.id).toEqual(want.relationships[i]);
        // Export again: the same file once ids and the dataset name are put back (the date aside).
        const second = await exportOver(`import-${name}`, c.format, c.query);
        const text = (b: Uint8Array) => (c.format === 'csv' ? Object.entries(unzipSync(b)).filter(([f]) => f !== 'README.txt').map(([f, d]) => `${f}\n${strFromU8(d)}`).join('\n') : new TextDecoder().decode(b));
        const norm = (t: string, d: string) => t.replaceAll(`${d}--`, '').replaceAll(`${SYNTHETIC}--`, '').replaceAll(d, '(dataset)').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z|lastmodifieddate="[\d-]+"/g, '(date)');
        expect(norm(text(second.bytes), `import-${name}`)).toBe(norm(text(first.bytes), source));
        if (c.drops) expect(strFromU8(unzipSync(first.bytes)['README.txt']!)).toMatch(/CSV leaves out:[\s\S]*status history/);
      });
    }
  });
}

describe('resumable, all or nothing', () => {
  it('an import cut short is refused until resumed with the same file, then completes as one run', async () => {
    const name = 'rt-resume';
    created.push(`import-${name}`);
    const { bytes } = await exportOver(CURATED_DATASET, 'graphml');
    await expect(importFile(db, bytes, { file: 'seed.graphml', name, batchSize: 20, stopAfterBatches: 2 })).rejects.toThrow(/stopped/);
    const refused = await fetch(`${app.baseUrl}/api/datasets/import-${name}/export?format=graphml`);
    expect(refused.status).toBe(409);
    await expect(importFile(db, bytes, { file: 'seed.graphml', name })).rejects.toThrow(/stopped part-way/);
    const other = (await exportOver(SYNTHETIC, 'graphml')).bytes;
    await expect(importFile(db, other, { file: 'other.graphml', name, resume: true })).rejects.toThrow(/came from another file/);
    const done = await importFile(db, bytes, { file: 'seed.graphml', name, batchSize: 20, resume: true });
    expect(done.resumedFrom.nodes).toBe(40);
    expect((await stored(`import-${name}`)).nodes).toEqual((await stored(CURATED_DATASET)).nodes);
  });
});

describe('import refusals', () => {
  it('names the element and the field, and writes nothing', async () => {
    const bad = '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="node" attr.name="n" attr.type="int"/><graph edgedefault="directed"><node id="a"><data key="d0">x</data></node></graph></graphml>';
    const r = await postJson(app.baseUrl, '/api/datasets/rt-bad/import', { file: 'bad.graphml', content: bad });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain('bad.graphml, <node> 1 (id "a"), n');
    const edge = '{"format":"scamgraph-json","version":1,"dataset":"x","nodes":[{"id":"a","labels":["Entity","Person"],"props":{}}],"relationships":[{"id":"r","type":"LEADS","from":"a","to":"zz","props":{}}]}';
    const r2 = await postJson(app.baseUrl, '/api/datasets/rt-bad/import', { file: 'bad.json', content: edge });
    expect(r2.status).toBe(400);
    expect(r2.body.error.message).toMatch(/bad\.json, relationship 1 \(id "r"\), target: unknown node 'zz'/);
    const res = await fetch(`${app.baseUrl}/api/datasets/import-rt-bad/export?format=graphml`);
    expect(res.status).toBe(404);
  });
});

it('collects no chunks twice: the synthetic dump pages cover every node once', async () => {
  const dump = await datasetDump(db, SYNTHETIC, { page: 2 });
  const ids: string[] = [];
  for await (const p of dump.nodes()) ids.push(...p.map((n) => n.id));
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.length).toBe(dump.header.nodes);
  expect(await collectChunks((async function* () { yield 'a'; yield 'b'; })())).toBe('ab');
});
