import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { getJson } from '../support/http.ts';
import { ErrorBody } from '../../server/contract/errors.ts';
import { NeighbourCounts, PathsResult } from '../../server/contract/paths.ts';
import { Neighbourhood } from '../../server/contract/graph.ts';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => { app = await startTestApp(); });
afterAll(async () => { await app.close(); });

const paths = async (qs: string) => {
  const r = await getJson(app.baseUrl, `/api/paths?${qs}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return PathsResult.parse(r.body);
};
const HUN_TO_COMPOUND = 'from=off-hun-manet&to=cmp-amnesty-investigated';

describe('GET /api/paths', () => {
  it('finds the shortest path from Hun Manet to the compounds through the complicity allegation against the government', async () => {
    const r = await paths(HUN_TO_COMPOUND);
    expect(r.paths).toHaveLength(1);
    const [p] = r.paths;
    expect(p!.length).toBe(3);
    expect(p!.nodeIds[0]).toBe('off-hun-manet');
    expect(p!.nodeIds.at(-1)).toBe('cmp-amnesty-investigated');
    expect(p!.nodeIds[1]).toBe('pb-government-cambodia');
    const allegation = r.nodes.find((n) => n.id === p!.nodeIds[2]);
    expect(allegation).toMatchObject({ type: 'Allegation', category: 'complicity_collusion', status: 'alleged' });
    for (const id of p!.edgeIds) {
      const e = r.edges.find((x) => x.id === id)!;
      expect(e.sources.length).toBeGreaterThan(0);
      for (const s of e.sources) expect(r.sources[s]).toBeDefined();
    }
  });

  it('returns the k shortest, shortest first', async () => {
    const r = await paths(`${HUN_TO_COMPOUND}&k=5`);
    expect(r.paths.length).toBeGreaterThan(1);
    const lengths = r.paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(new Set(r.paths.map((p) => p.edgeIds.join('|'))).size).toBe(r.paths.length);
  });

  // k = 1 runs its own query (cypher/paths-one.cypher); it must agree with the general one under every filter.
  it.each([
    [HUN_TO_COMPOUND], [`${HUN_TO_COMPOUND}&corroboratedOnly=true`], [`${HUN_TO_COMPOUND}&maxHops=2`], [`${HUN_TO_COMPOUND}&throughSources=true`],
    ['from=place-poipet&to=country-cambodia&minReliability=B'], [`${HUN_TO_COMPOUND}&minReliability=B`], [`${HUN_TO_COMPOUND}&maxCredibility=5`],
  ])('finds one shortest path as short as the first of several: %s', async (qs) => {
    const one = await paths(`${qs}&k=1`);
    const several = await paths(`${qs}&k=4`);
    expect(one.paths.map((p) => p.length)).toEqual(several.paths.slice(0, 1).map((p) => p.length));
    for (const id of one.paths.flatMap((p) => p.edgeIds)) expect(one.edges.find((e) => e.id === id)?.sources.length).toBeGreaterThan(0);
  });

  it('avoids links that rest only on uncorroborated allegations when asked', async () => {
    const r = await paths(`${HUN_TO_COMPOUND}&k=3&corroboratedOnly=true`);
    expect(r.paths.length).toBeGreaterThan(0);
    expect(r.nodes.some((n) => n.type === 'Allegation')).toBe(false);
  });

  it('avoids links whose sources are graded below a level', async () => {
    // Only the geography reference is graded B; everything else cannot be judged (F).
    const r = await paths('from=place-poipet&to=country-cambodia&minReliability=B');
    expect(r.paths[0]?.nodeIds).toEqual(['place-poipet', 'prov-banteay-meanchey', 'country-cambodia']);
    const none = await paths(`${HUN_TO_COMPOUND}&minReliability=B`);
    expect(none.paths).toEqual([]);
  });

  it('respects the hop limit', async () => {
    expect((await paths(`${HUN_TO_COMPOUND}&maxHops=2`)).paths).toEqual([]);
  });

  it.each([
    ['from=off-hun-manet&to=cmp-amnesty-investigated&maxHops=10', 'maxHops', /at most 8 hops/],
    ['from=off-hun-manet&to=cmp-amnesty-investigated&k=50', 'k', /10/],
    ['from=off-hun-manet', 'to', /.+/],
    ['from=off-hun-manet&to=off-hun-manet', 'to', /differ/],
    ['from=off-hun-manet&to=x&minReliability=Z', 'to', /.+/],
  ])('refuses %s with a 400 naming %s', async (qs, field, message) => {
    const r = await getJson(app.baseUrl, `/api/paths?${qs}`);
    expect(r.status).toBe(400);
    const err = ErrorBody.parse(r.body).error;
    expect(err.field).toBe(field);
    expect(err.message).toMatch(message);
  });

  it('answers 404 when an end does not exist', async () => {
    expect((await getJson(app.baseUrl, '/api/paths?from=off-hun-manet&to=nobody-at-all')).status).toBe(404);
  });
});

describe('neighbour counts and filtered expansion', () => {
  it('counts neighbours per relationship type, direction and type before expanding', async () => {
    const r = NeighbourCounts.parse((await getJson(app.baseUrl, '/api/entities/ev-crackdown/neighbour-counts')).body);
    expect(r.counts).toContainEqual({ relType: 'DETAINED', direction: 'out', neighbourType: 'Country', count: 7 });
    expect(r.counts).toContainEqual({ relType: 'ORDERED', direction: 'in', neighbourType: 'Official', count: 1 });
    expect((await getJson(app.baseUrl, '/api/entities/nobody-here/neighbour-counts')).status).toBe(404);
  });

  it('expands by relationship type and direction', async () => {
    const detained = Neighbourhood.parse((await getJson(app.baseUrl, '/api/entities/ev-crackdown/neighbourhood?relTypes=DETAINED&direction=out')).body);
    expect(detained.total).toBe(7);
    expect(detained.nodes.every((n) => n.type === 'Country')).toBe(true);
    const incoming = Neighbourhood.parse((await getJson(app.baseUrl, '/api/entities/ev-crackdown/neighbourhood?relTypes=DETAINED&direction=in')).body);
    expect(incoming.total).toBe(0);
    const bad = await getJson(app.baseUrl, '/api/entities/ev-crackdown/neighbourhood?relTypes=DETAINED,BRIBED');
    expect(ErrorBody.parse(bad.body).error.field).toBe('relTypes.1');
  });
});
