// GET /api/paths/collusion: paths through allegations of complicity, From/To honoured, linked parties only on request
// and labelled, inside the dataset scope; and /api/paths inside the scope too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { testDb } from '../support/db.ts';
import { getJson } from '../support/http.ts';
import { ErrorBody } from '../../server/contract/errors.ts';
import { PathsResult } from '../../server/contract/paths.ts';
import { FIX, FIXTURE_DATASET, loadCollusionFixture, removeCollusionFixture } from '../support/collusion-fixture.ts';

const db = testDb();
let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  await loadCollusionFixture(db);
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
  await removeCollusionFixture(db);
  await db.driver.close();
});

const collusion = async (qs = '') => {
  const r = await getJson(app.baseUrl, `/api/paths/collusion?${qs}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return PathsResult.parse(r.body);
};
const GOV = 'pb-government-cambodia';
const COMPOUND = 'cmp-amnesty-investigated';

describe('GET /api/paths/collusion', () => {
  it('runs from each accused, through the complicity allegation, to what it concerns, and lists every path', async () => {
    const r = await collusion();
    expect(r.kind).toBe('collusion');
    expect(r.paths.map((p) => p.nodeIds)).toEqual([
      [GOV, 'al-gov-complicity', COMPOUND],
      [GOV, 'al-tacit-consent', COMPOUND],
    ]);
    for (const p of r.paths) {
      expect(p.edgeIds.map((id) => r.edges.find((e) => e.id === id)?.type)).toEqual(['AGAINST', 'CONCERNS']);
      expect(p.allegationId).toBe(p.nodeIds[1]);
    }
    // Who makes each allegation comes along (beside the path, for the explanation), and every citation resolves.
    expect(r.edges.filter((e) => e.type === 'MADE_BY').map((e) => e.target).sort()).toEqual(['org-amnesty-international', 'per-agnes-callamard']);
    for (const e of r.edges) for (const s of e.sources) expect(r.sources[s], `${e.id} cites ${s}`).toBeDefined();
    expect(r.linked).toEqual([]);
  });

  it('leaves out Hun Manet and the police by default: no allegation names them', async () => {
    const r = await collusion();
    const ids = r.nodes.map((n) => n.id);
    expect(ids).not.toContain('off-hun-manet');
    expect(ids).not.toContain('pb-cambodian-police');
  });

  it('shows those linked to the accused only on request, each labelled in words as not accused', async () => {
    const r = await collusion('includeLinked=true');
    const linked = r.paths.filter((p) => p.nodeIds[0] === 'off-hun-manet');
    expect(linked.map((p) => p.nodeIds)).toEqual([
      ['off-hun-manet', GOV, 'al-gov-complicity', COMPOUND],
      ['off-hun-manet', GOV, 'al-tacit-consent', COMPOUND],
    ]);
    expect(r.edges.find((e) => e.id === linked[0]!.edgeIds[0])).toMatchObject({ type: 'LEADS', source: 'off-hun-manet', target: GOV });
    expect(r.linked).toEqual([{ nodeId: 'off-hun-manet', accusedId: GOV, relType: 'LEADS', towardsAccused: true, words: 'not accused; leads the accused body' }]);
    // The police took part in the crackdown the government conducted: not a link to the accused body itself.
    expect(r.nodes.map((n) => n.id)).not.toContain('pb-cambodian-police');
  });

  it.each([
    [`from=${GOV}`, [GOV, 'al-gov-complicity', COMPOUND]],
    [`to=${COMPOUND}`, [GOV, 'al-gov-complicity', COMPOUND]],
    [`from=${COMPOUND}`, [COMPOUND, 'al-gov-complicity', GOV]],
    [`from=${COMPOUND}&to=${GOV}`, [COMPOUND, 'al-gov-complicity', GOV]],
    [`to=${GOV}`, [COMPOUND, 'al-gov-complicity', GOV]],
    ['from=off-hun-manet&includeLinked=true', ['off-hun-manet', GOV, 'al-gov-complicity', COMPOUND]],
  ])('honours From/To (%s), read from the end asked for', async (qs, first) => {
    const r = await collusion(qs);
    expect(r.paths[0]?.nodeIds).toEqual(first);
    expect(r.paths.length).toBe(2);
  });

  it('finds nothing from someone no collusion allegation names, unless linked ones are asked for', async () => {
    expect((await collusion('from=off-hun-manet')).paths).toEqual([]);
    expect((await collusion(`from=off-hun-manet&to=${GOV}&includeLinked=true`)).paths).toEqual([]);
    expect((await collusion('from=pb-cambodian-police&includeLinked=true')).paths).toEqual([]);
  });

  it('stays inside the dataset scope', async () => {
    const curated = await collusion('includeLinked=true');
    expect(curated.nodes.some((n) => n.dataset === FIXTURE_DATASET)).toBe(false);
    const fixture = await collusion(`includeLinked=true&datasets=${FIXTURE_DATASET}`);
    expect(fixture.nodes.every((n) => n.dataset === FIXTURE_DATASET)).toBe(true);
    expect(fixture.paths.map((p) => p.nodeIds[0]).sort()).toEqual([FIX.ministry, FIX.minister, FIX.unit].sort());
    expect(Object.fromEntries(fixture.linked.map((l) => [l.nodeId, l.words]))).toEqual({
      [FIX.minister]: 'not accused; leads the accused body',
      [FIX.unit]: 'not accused; part of the accused body',
    });
    const both = await collusion(`datasets=cambodia-crackdown,${FIXTURE_DATASET}`);
    expect(both.paths.map((p) => p.allegationId).sort()).toEqual(['al-gov-complicity', 'al-syn-col-complicity', 'al-tacit-consent']);
  });

  it.each([
    [`from=${GOV}&to=${GOV}`, 'to'],
    ['from=Not An Id', 'from'],
    ['includeLinked=yes', 'includeLinked'],
    ['datasets=BAD!', 'datasets.0'],
  ])('refuses %s with a 400 naming %s', async (qs, field) => {
    const r = await getJson(app.baseUrl, `/api/paths/collusion?${qs}`);
    expect(r.status).toBe(400);
    expect(ErrorBody.parse(r.body).error.field).toBe(field);
  });

  it('answers 404 for an end that does not exist or lies outside the chosen datasets', async () => {
    expect((await getJson(app.baseUrl, '/api/paths/collusion?from=nobody-at-all')).status).toBe(404);
    const outside = await getJson(app.baseUrl, `/api/paths/collusion?from=${FIX.ministry}`);
    expect(outside.status).toBe(404);
    expect(ErrorBody.parse(outside.body).error.message).toContain(FIXTURE_DATASET);
  });
});

describe('GET /api/paths inside the dataset scope', () => {
  it('finds no path into another dataset, and finds it when that dataset is chosen', async () => {
    expect((await getJson(app.baseUrl, `/api/paths?from=${FIX.minister}&to=${FIX.compound}`)).status).toBe(404);
    const r = await getJson(app.baseUrl, `/api/paths?from=${FIX.minister}&to=${FIX.compound}&datasets=${FIXTURE_DATASET}`);
    expect(r.status).toBe(200);
    const found = PathsResult.parse(r.body);
    expect(found.paths[0]?.nodeIds).toEqual([FIX.minister, FIX.ministry, FIX.allegation, FIX.compound]);
    expect(found.nodes.every((n) => n.dataset === FIXTURE_DATASET)).toBe(true);
  });
});
