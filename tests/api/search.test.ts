import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { getJson } from '../support/http.ts';
import { SearchResult } from '../../server/contract/search.ts';
import { ErrorBody } from '../../server/contract/errors.ts';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => { app = await startTestApp(); });
afterAll(async () => { await app.close(); });

const search = async (qs: string) => {
  const r = await getJson(app.baseUrl, `/api/search?${qs}`);
  expect(r.status).toBe(200);
  return SearchResult.parse(r.body);
};

describe('GET /api/search', () => {
  it('finds Hun Manet by name, first', async () => {
    const { hits } = await search('q=Hun%20Manet');
    expect(hits[0]?.node.id).toBe('off-hun-manet');
    expect(hits[0]?.matchedOn).toBe('name');
  });

  it('matches prefixes', async () => {
    const { hits } = await search('q=Callam');
    expect(hits.map((h) => h.node.id)).toContain('per-agnes-callamard');
  });

  it('tolerates a typo', async () => {
    const { hits } = await search('q=Amnesti');
    expect(hits[0]?.node.id).toBe('org-amnesty-international');
  });

  it('matches aliases and says so', async () => {
    const { hits } = await search('q=Cambodian%20authorities');
    const gov = hits.find((h) => h.node.id === 'pb-government-cambodia');
    expect(gov?.matchedOn).toBe('aliases');
    expect(gov?.matchedText).toBe('Cambodian authorities');
  });

  it('matches accented names without the accent', async () => {
    const { hits } = await search('q=agnes');
    expect(hits[0]?.node.id).toBe('per-agnes-callamard');
  });

  it('filters by type', async () => {
    const { hits } = await search('q=crackdown&type=Allegation');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.node.type === 'Allegation')).toBe(true);
  });

  it('respects the limit', async () => {
    const { hits } = await search('q=a*&limit=2');
    expect(hits.length).toBeLessThanOrEqual(2);
  });

  it.each([
    ['', 'q'],
    ['q=', 'q'],
    ['q=%20%20', 'q'],
    ['q=(((', 'q'],
    ['q=x&limit=abc', 'limit'],
    ['q=x&limit=1000', 'limit'],
    ['q=x&type=Spaceship', 'type'],
  ])('refuses %j with a 400 naming %s', async (qs, field) => {
    const r = await getJson(app.baseUrl, `/api/search?${qs}`);
    expect(r.status).toBe(400);
    expect(ErrorBody.parse(r.body).error.field).toBe(field);
  });
});

describe('GET /api/search ranking', () => {
  it('ranks a name match above a mention in a longer name or description', async () => {
    const r = await getJson(app.baseUrl, '/api/search?q=amnesty');
    expect(SearchResult.parse(r.body).hits[0]?.node.id).toBe('org-amnesty-international');
  });
});
