// Paging a hub's neighbourhood: every page holds the neighbours a full sort by (type, name, id) puts there, with the
// links to and among them, and the same total. The order and contents are worked out here from the graph as
// imported, not from the database, so a plan that pages before sorting everything (cypher/neighbourhood.cypher)
// must still give exactly the pages a person saw before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { testDb } from '../support/db.ts';
import { getJson } from '../support/http.ts';
import { Neighbourhood } from '../../server/contract/graph.ts';
import { SearchResult } from '../../server/contract/search.ts';
import { PathsResult } from '../../server/contract/paths.ts';
import { generateSynthetic } from '../../server/synthetic/generate.ts';
import { importGraph, rollbackImport } from '../../server/import/import-graph.ts';
import type { RelRow } from '../../server/seed/to-rows.ts';

const dataset = 'hub-paging-test';
const graph = generateSynthetic({ nodes: 2500, seed: 11, dataset });
const nameOf = new Map(graph.nodes.map((n) => [n.id, n]));
const degree = new Map<string, number>();
for (const r of graph.relationships) for (const end of [r.from, r.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
const hub = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]![0];
const hubRels = graph.relationships.filter((r) => r.from === hub || r.to === hub);
const other = (r: RelRow) => (r.from === hub ? r.to : r.from);

// Ties on name, so the id decides the order inside them, as it must; and one neighbour reached by two links,
// which must count and appear once.
hubRels.forEach((r, i) => {
  if (i % 3 === 0) nameOf.get(other(r))!.props.name = `Synthetic tie ${i % 4}`;
});
const twice = hubRels[0]!;
graph.relationships.push({ ...twice, id: `${twice.id}:again`, props: { ...twice.props, id: `${twice.id}:again` } });

const db = testDb();
let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  await importGraph(db, graph, { runId: `${dataset}-run` });
  // A generous deadline: the first page of a cold hub on a loaded 2-core machine once took past the default 10 s.
  app = await startTestApp({ queryTimeoutMs: 60_000 });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await rollbackImport(db, dataset);
  await db.driver.close();
});

/** The neighbours in the order a full sort gives, and the links a page of them brings, from the rows imported. */
function expected(direction: 'out' | 'in' | 'both') {
  const counts = (r: RelRow) => direction === 'both' || (direction === 'out') === (r.from === hub);
  const rels = graph.relationships.filter((r) => (r.from === hub || r.to === hub) && counts(r));
  const key = (id: string) => { const p = nameOf.get(id)!.props; return [String(p.type), String(p.name), id]; };
  const compare = (a: string, b: string) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  };
  const order = [...new Set(rels.map(other))].sort(compare);
  const edgesOf = (page: string[]) => {
    const inPage = new Set(page);
    const centre = rels.filter((r) => inPage.has(other(r)));
    const among = graph.relationships.filter((r) => inPage.has(r.from) && inPage.has(r.to));
    return [...new Set([...centre, ...among].map((r) => r.id))].sort();
  };
  return { order, edgesOf };
}

const page = async (qs: string) => {
  const r = await getJson(app.baseUrl, `/api/entities/${hub}/neighbourhood?datasets=${dataset}&${qs}`);
  expect(r.status).toBe(200);
  return Neighbourhood.parse(r.body);
};

describe('paging the neighbourhood of a hub', () => {
  it('has a hub worth paging', () => {
    expect(new Set(hubRels.map(other)).size).toBeGreaterThan(60);
  });

  it.each(['both', 'out', 'in'] as const)('gives every page in full-sort order, with its links and the same total (direction %s)', async (direction) => {
    const { order, edgesOf } = expected(direction);
    const limit = 25;
    const seen: string[] = [];
    for (let skip = 0; skip < order.length + limit; skip += limit) {
      const n = await page(`limit=${limit}&skip=${skip}&direction=${direction}`);
      const want = order.slice(skip, skip + limit);
      expect(n.nodes.map((x) => x.id), `page at ${skip}`).toEqual(want);
      expect(n.total).toBe(order.length);
      expect(n.truncated).toBe(skip + want.length < order.length);
      expect(n.edges.map((e) => e.id).sort(), `links of the page at ${skip}`).toEqual(edgesOf(want));
      seen.push(...want);
    }
    expect(seen).toEqual(order);
  });

  it('counts a neighbour reached by two links once, and brings both links', async () => {
    const n = await page('limit=500');
    const ids = n.nodes.map((x) => x.id);
    expect(ids.filter((id) => id === other(twice))).toHaveLength(1);
    expect(n.edges.map((e) => e.id)).toEqual(expect.arrayContaining([twice.id, `${twice.id}:again`]));
  });
});

// Expand, search and paths send what their services build without parsing it again (server/http/respond.ts): the
// schema's parse of each answer must give the answer back unchanged, so nothing is missing, mistyped or extra.
describe('answers sent as built keep the contract exactly', () => {
  const far = () => expected('both').order.at(-1)!;
  it.each([
    ['neighbourhood', () => `/api/entities/${hub}/neighbourhood?limit=50&datasets=${dataset}`, Neighbourhood, (b: any) => b.nodes.length],
    ['search', () => `/api/search?q=${encodeURIComponent('synthetic tie')}&limit=10&datasets=${dataset}`, SearchResult, (b: any) => b.hits.length],
    ['paths', () => `/api/paths?from=${hub}&to=${far()}&k=3&datasets=${dataset}`, PathsResult, (b: any) => b.paths.length],
  ] as const)('%s', async (_name, url, schema, found) => {
    const r = await getJson(app.baseUrl, url());
    expect(r.status).toBe(200);
    expect(found(r.body)).toBeGreaterThan(0);
    expect((schema as typeof Neighbourhood).parse(r.body)).toEqual(r.body);
  });
});
