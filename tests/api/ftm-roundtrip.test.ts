// FtM round trips through the real database and the API: export a dataset as FtM lines plus the Scamgraph extension
// (GET ...?format=ftm and ...&part=companion), check every line with the FtM model, import both into a new dataset
// (POST /api/datasets/:name/import with `companion`), and the new dataset holds the same graph, property by property
// (ids and the dataset name aside), on the seed graph and on slice E's synthetic graph with every kind of value.
// Without the extension the same lines still import, as any FtM file does, with what FtM cannot hold said missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURATED_DATASET } from '../../server/contract/scope.ts';
import { importGraph, rollbackImport } from '../../server/import/import-graph.ts';
import { datasetDump } from '../../server/interop/dump.ts';
import type { InteropNode, InteropRel } from '../../server/interop/formats.ts';
import type { FtmEntity } from '../../server/interop/ftm/model.ts';
import type { NodeRow, RelRow } from '../../server/seed/to-rows.ts';
import { fileProblems } from '../fixtures/ftm/check.ts';
import { startTestApp } from '../support/app.ts';
import { testDb } from '../support/db.ts';
import { postJson } from '../support/http.ts';
import { syntheticGraph } from '../support/interop-synthetic.ts';

const db = testDb();
const SYNTHETIC = 'ftm-synthetic';
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
async function stored(dataset: string) {
  const dump = await datasetDump(db, dataset, { page: 50 });
  const strip = (text: string) => text.replaceAll(`${dataset}--`, '').replaceAll(`${SYNTHETIC}--`, '');
  const clean = <T extends InteropNode | InteropRel>(r: T): T => {
    const props = Object.fromEntries(Object.entries(r.props).map(([k, v]) => [k, k === 'dataset' ? '(dataset)' : v]));
    return JSON.parse(strip(JSON.stringify({ ...r, props }))) as T;
  };
  const nodes: InteropNode[] = [];
  const relationships: InteropRel[] = [];
  for await (const p of dump.nodes()) nodes.push(...p.map(clean));
  for await (const p of dump.relationships()) relationships.push(...p.map(clean));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: nodes.sort(byId), relationships: relationships.sort(byId) };
}

async function exportOver(dataset: string, part = ''): Promise<{ text: string; disposition: string | null }> {
  const res = await fetch(`${app.baseUrl}/api/datasets/${dataset}/export?format=ftm${part}`);
  expect(res.status, await res.clone().text().then((t) => t.slice(0, 300))).toBe(200);
  return { text: await res.text(), disposition: res.headers.get('content-disposition') };
}

/** Five exports and an import with its search index: a loaded 2-core machine needs more than the default 30 s. */
const ROUND_TRIP_BOUND = 180_000;

const entitiesOf = (text: string): FtmEntity[] => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FtmEntity);

for (const source of [CURATED_DATASET, SYNTHETIC]) {
  describe(`FtM round trip of ${source}`, () => {
    it('every exported line passes the FtM model; lines + extension import into a new dataset as the same graph, property by property; exporting again gives the same files', async () => {
      const name = `ftm-rt-${source === SYNTHETIC ? 'syn' : 'seed'}`;
      created.push(`import-${name}`);
      const lines = await exportOver(source);
      const extension = await exportOver(source, '&part=companion');
      expect(lines.disposition).toBe(`attachment; filename="${source}.ftm.jsonl"`);
      expect(extension.disposition).toBe(`attachment; filename="${source}.ftm.jsonl.scamgraph.json"`);
      const entities = entitiesOf(lines.text);
      const want = await stored(source);
      expect(entities.length).toBe(want.nodes.length + want.relationships.length);
      expect(fileProblems(entities)).toEqual([]);
      expect(JSON.parse(extension.text).about).toMatch(/FtM has no place for them/);

      const r = await postJson(app.baseUrl, `/api/datasets/${name}/import`, { file: `${name}.ftm.jsonl`, format: 'ftm', content: lines.text, companion: extension.text });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      const got = await stored(`import-${name}`);
      expect(got.nodes.length).toBe(want.nodes.length);
      expect(got.relationships.length).toBe(want.relationships.length);
      for (let i = 0; i < want.nodes.length; i += 1) expect(got.nodes[i], want.nodes[i]!.id).toEqual(want.nodes[i]);
      for (let i = 0; i < want.relationships.length; i += 1) expect(got.relationships[i], want.relationships[i]!.id).toEqual(want.relationships[i]);

      const norm = (t: string, d: string) => t.replaceAll(`${d}--`, '').replaceAll(`${SYNTHETIC}--`, '').replaceAll(d, '(dataset)');
      expect(norm((await exportOver(`import-${name}`)).text, `import-${name}`)).toBe(norm(lines.text, source));
      expect(norm((await exportOver(`import-${name}`, '&part=companion')).text, `import-${name}`)).toBe(norm(extension.text, source));
    }, ROUND_TRIP_BOUND);
  });
}

describe('FtM without the extension', () => {
  it('the seed export still imports as plain FtM: entities, links and sources, no allegations, every one of them said so', async () => {
    const name = 'ftm-plain-seed';
    created.push(`import-${name}`);
    const { text } = await exportOver(CURATED_DATASET);
    const r = await postJson(app.baseUrl, `/api/datasets/${name}/import`, { file: 'seed.ftm.jsonl', format: 'ftm', content: text });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const got = await stored(`import-${name}`);
    const want = await stored(CURATED_DATASET);
    expect(got.relationships.length).toBe(want.relationships.length);
    // Allegations come back as FtM Notes kept under the generic type, each one named in a notice.
    const allegations = want.nodes.filter((n) => n.props.type === 'Allegation');
    expect(got.nodes.filter((n) => n.props.type === 'Allegation')).toEqual([]);
    for (const a of allegations) expect(got.nodes.find((n) => n.props.ftmId === a.id)?.props).toMatchObject({ type: 'Organization', kind: 'note', ftmSchema: 'Note' });
    // One notice for them all (3 scam types are Notes too), naming the lines.
    expect(r.body.notices).toContainEqual(expect.stringMatching(new RegExp(`^lines \\d+(, \\d+){4} and ${allegations.length + 3 - 5} more: schema 'Note' has no Scamgraph type`)));
    expect(got.nodes.filter((n) => n.props.type === 'Person').map((n) => n.props.name).sort())
      .toEqual(want.nodes.filter((n) => n.props.type === 'Person' || n.props.type === 'Official').map((n) => n.props.name).sort());
  });

  it('refuses an extension that is not JSON, naming the file', async () => {
    const r = await postJson(app.baseUrl, '/api/datasets/ftm-bad/import', { file: 'x.ftm.jsonl', format: 'ftm', content: '{"id":"p","schema":"Person","properties":{"name":["Synthetic Person Beta"]}}', companion: '{nope' });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^x\.ftm\.jsonl\.scamgraph\.json, the document: is not JSON/);
  });
});
