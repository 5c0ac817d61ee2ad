// Measures by the database (GDS) against the browser's own functions, on the graph the browser is given for the
// same dataset (GET /api/datasets/:name/graph): exact for degree, closeness and betweenness, PageRank within 1e-6,
// and Louvain's split within 0.01 of the browser's modularity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { getJson, postJson } from '../support/http.ts';
import { asUpload, FLORENTINE, KARATE, type ClassicNetwork } from '../support/classic-networks.ts';
import { measureInfo } from '../../client/classroom/measures/index.ts';
import { modularity } from '../../client/classroom/measures/communities.ts';
import type { PlainGraph } from '../../client/classroom/measures/graph.ts';

let app: Awaited<ReturnType<typeof startTestApp>>;
const browserGraphs = new Map<string, PlainGraph>();

async function load(name: string, net: ClassicNetwork): Promise<void> {
  const res = await postJson(app.baseUrl, '/api/datasets', asUpload(name, net));
  expect(res.status).toBe(201);
  const { body } = await getJson(app.baseUrl, `/api/datasets/${name}/graph`);
  browserGraphs.set(name, {
    nodes: body.nodes.map((n: { id: string }) => n.id),
    edges: body.edges.map((e: { source: string; target: string }) => ({ source: e.source, target: e.target })),
  });
}

beforeAll(async () => {
  app = await startTestApp({ queryTimeoutMs: 30_000 });
  // A repeated tie, the other way round: the browser reads it as the same tie, and so must the projection.
  await load('florentine', { ...FLORENTINE, edges: [...FLORENTINE.edges, ['Medici', 'Acciaiuoli']] });
  await load('karate', KARATE);
});
afterAll(async () => {
  for (const name of ['florentine', 'karate']) await fetch(`${app.baseUrl}/api/datasets/${name}`, { method: 'DELETE' });
  await app?.close();
});

const byDatabase = async (measure: string, name: string) => {
  const res = await getJson(app.baseUrl, `/api/measures/${measure}?datasets=import-${name}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { nodes: number; relationships: number; engine: { name: string; version: string }; scores: Array<{ id: string; value: number }> };
};

describe('GET /api/measures/engine', () => {
  it('names the Graph Data Science version the embedded Neo4j loads', async () => {
    const res = await getJson(app.baseUrl, '/api/measures/engine');
    expect(res.body).toEqual({ gds: true, gdsVersion: '2.13.9' });
  });
});

describe.each(['florentine', 'karate'])('GDS against the browser on %s', (name) => {
  it('projects the same network: every node (isolated ones too) and each tie once', async () => {
    const graph = browserGraphs.get(name)!;
    const result = await byDatabase('degree', name);
    expect(result.nodes).toBe(graph.nodes.length);
    const ties = new Set(graph.edges.filter((e) => e.source !== e.target).map((e) => [e.source, e.target].sort().join('\u0000')));
    expect(result.relationships).toBe(ties.size);
    expect(ties.size).toBe(name === 'florentine' ? 20 : 78);
    expect(result.engine).toEqual({ name: 'gds', version: '2.13.9' });
  });

  it.each([['degree', 0], ['closeness', 1e-12], ['betweenness', 1e-12], ['pagerank', 1e-6]] as const)('%s matches within %s', async (measure, tolerance) => {
    const browser = measureInfo[measure].compute(browserGraphs.get(name)!);
    const database = new Map((await byDatabase(measure, name)).scores.map((s) => [s.id, s.value]));
    expect([...database.keys()].sort()).toEqual([...browser.keys()].sort());
    for (const [id, value] of browser) expect(Math.abs(database.get(id)! - value), `${measure} of ${id}: ${database.get(id)} vs ${value}`).toBeLessThanOrEqual(tolerance);
  });

  it('finds communities as good as the browser’s (modularity within 0.01), numbered by size', async () => {
    const graph = browserGraphs.get(name)!;
    const database = new Map((await byDatabase('communities', name)).scores.map((s) => [s.id, s.value]));
    const browser = measureInfo.communities.compute(graph);
    expect(Math.abs(modularity(graph, database) - modularity(graph, browser))).toBeLessThanOrEqual(0.01);
    const sizes = [...new Set(database.values())].sort((a, b) => a - b).map((c) => [...database.values()].filter((v) => v === c).length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});

describe('GET /api/measures/:measure refusals', () => {
  it('names the field of an unknown measure', async () => {
    const res = await getJson(app.baseUrl, '/api/measures/eigenvector?datasets=import-karate');
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('measure');
  });
});
