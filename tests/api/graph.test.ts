import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { getJson } from '../support/http.ts';
import { EntityDetail, Neighbourhood } from '../../server/contract/graph.ts';
import { ErrorBody } from '../../server/contract/errors.ts';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => { app = await startTestApp(); });
afterAll(async () => { await app.close(); });

const neighbourhood = async (id: string, qs = '') => {
  const r = await getJson(app.baseUrl, `/api/entities/${id}/neighbourhood${qs}`);
  expect(r.status).toBe(200);
  return Neighbourhood.parse(r.body);
};

describe('GET /api/entities/:id/neighbourhood', () => {
  it('reaches the complicity allegation from Amnesty International, with its evidence', async () => {
    const n = await neighbourhood('org-amnesty-international');
    const allegation = n.nodes.find((x) => x.id === 'al-gov-complicity');
    expect(allegation?.status).toBe('alleged');
    expect(allegation?.category).toBe('complicity_collusion');
    const madeBy = n.edges.find((e) => e.type === 'MADE_BY' && e.source === 'al-gov-complicity');
    expect(madeBy?.target).toBe('org-amnesty-international');
    expect(madeBy?.sources).toContain('src-crackdown-analysis');
    expect(n.sources['src-crackdown-analysis']?.title).toContain('Cambodia Cybercrime Crackdown');
  });

  it('explains every edge with sources the response resolves', async () => {
    const n = await neighbourhood('pb-government-cambodia');
    expect(n.edges.length).toBeGreaterThan(0);
    for (const e of n.edges) {
      expect(e.sources.length).toBeGreaterThan(0);
      for (const s of e.sources) expect(n.sources[s], `${e.id} cites ${s}`).toBeDefined();
    }
  });

  it('includes edges among the neighbours, once each', async () => {
    const n = await neighbourhood('ev-crackdown');
    const ids = n.edges.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('PRECEDED:ev-crackdown-2024:ev-crackdown');
    // Phnom Penh and Cambodia are both neighbours of the crackdown; the edge between them comes along.
    expect(ids).toContain('LOCATED_IN:prov-phnom-penh:country-cambodia');
  });

  it('pages big neighbourhoods and says how many are left', async () => {
    const all = await neighbourhood('ev-crackdown');
    const first = await neighbourhood('ev-crackdown', '?limit=3');
    const second = await neighbourhood('ev-crackdown', '?limit=3&skip=3');
    expect(first.nodes).toHaveLength(3);
    expect(first.total).toBe(all.total);
    expect(first.truncated).toBe(true);
    expect(all.truncated).toBe(false);
    const firstIds = new Set(first.nodes.map((x) => x.id));
    expect(second.nodes.some((x) => firstIds.has(x.id))).toBe(false);
  });

  it('answers 404 for an unknown id', async () => {
    const r = await getJson(app.baseUrl, '/api/entities/no-such-entity/neighbourhood');
    expect(r.status).toBe(404);
    expect(ErrorBody.parse(r.body).error.code).toBe('not_found');
  });

  it.each([
    ['/api/entities/Not%20An%20Id/neighbourhood', 'id'],
    ['/api/entities/ev-crackdown/neighbourhood?limit=0', 'limit'],
    ['/api/entities/ev-crackdown/neighbourhood?limit=100000', 'limit'],
    ['/api/entities/ev-crackdown/neighbourhood?skip=-1', 'skip'],
  ])('refuses %s with a 400 naming %s', async (path, field) => {
    const r = await getJson(app.baseUrl, path);
    expect(r.status).toBe(400);
    expect(ErrorBody.parse(r.body).error.field).toBe(field);
  });
});

describe('GET /api/entities/:id', () => {
  it('gives an allegation its citations with notes, and who makes it', async () => {
    const r = await getJson(app.baseUrl, '/api/entities/al-gov-complicity');
    expect(r.status).toBe(200);
    const d = EntityDetail.parse(r.body);
    expect(d.node.isOpinion).toBe(false);
    expect(d.node.credibility).toBe(3);
    expect(d.citations.map((c) => c.source.id).sort()).toEqual(['src-amnesty-investigations', 'src-crackdown-analysis']);
    expect(d.citations.find((c) => c.source.id === 'src-amnesty-investigations')?.source.held).toBe(false);
    expect(d.citations.every((c) => c.note)).toBe(true);
    expect(d.node.properties.statusHistory).toEqual([expect.objectContaining({ status: 'alleged', source: 'src-crackdown-analysis' })]);
  });

  it('lists allegations made by, against and about an entity', async () => {
    const gov = EntityDetail.parse((await getJson(app.baseUrl, '/api/entities/pb-government-cambodia')).body);
    expect(gov.allegations.against.map((a) => a.id).sort()).toEqual(['al-gov-complicity', 'al-tacit-consent']);
    const amnesty = EntityDetail.parse((await getJson(app.baseUrl, '/api/entities/org-amnesty-international')).body);
    expect(amnesty.allegations.made.map((a) => a.id)).toContain('al-gov-complicity');
    expect(amnesty.citations.map((c) => c.source.id)).toEqual(['src-crackdown-analysis']);
  });

  it('keeps opinions apart from factual claims', async () => {
    const d = EntityDetail.parse((await getJson(app.baseUrl, '/api/entities/op-reform-theater')).body);
    expect(d.node.isOpinion).toBe(true);
    expect(d.node.properties.quote).toBe('reform theater');
  });

  it('answers 404 for an unknown id and for an unknown endpoint', async () => {
    expect((await getJson(app.baseUrl, '/api/entities/nobody')).status).toBe(404);
    expect((await getJson(app.baseUrl, '/api/nothing-here')).status).toBe(404);
  });
});
