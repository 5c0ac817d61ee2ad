// Tours over HTTP on the seeded test graph: listing, serving (entities checked), drawing every step, and saving.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createDriver } from '../../server/db/driver.ts';
import { getJson, postJson } from '../support/http.ts';
import { savedQueriesDir } from '../support/app.ts';

const toursDir = mkdtempSync(path.join(os.tmpdir(), 'saved-tours-'));
let baseUrl: string;
let close: () => Promise<void>;

const step = (title: string, extra: Record<string, unknown> = {}) => ({
  title, narration: 'What **this** shows.', show: { entities: ['ev-crackdown', 'off-hun-manet'] }, question: 'What do you see?', ...extra,
});
const tour = (id: string, steps: unknown[]) => ({ id, title: 'A teacher tour', description: 'Made in the tour builder.', steps });

beforeAll(async () => {
  // A tour saved earlier that names an entity the graph does not hold: it must load, but never be served.
  writeFileSync(path.join(toursDir, 'stale.json'), JSON.stringify(tour('stale', [step('Gone', { show: { entities: ['ev-crackdown', 'ev-never-happened'] } })])));
  const { uri, password } = inject('neo4j');
  const driver = createDriver({ uri, user: 'neo4j', password });
  const app = createApp({ driver, config: { AUTH: 'off', QUERY_TIMEOUT_MS: 10_000, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: savedQueriesDir() }, toursDir, clientDir: '/nonexistent' });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await driver.close();
  };
});
afterAll(async () => { await close?.(); });

describe('GET /api/tours', () => {
  it('lists the shipped tour and saved ones', async () => {
    const { status, body } = await getJson(baseUrl, '/api/tours');
    expect(status).toBe(200);
    const crackdown = body.tours.find((t: { id: string }) => t.id === 'cambodia-crackdown');
    expect(crackdown).toMatchObject({ origin: 'shipped', dataset: 'cambodia-crackdown', steps: 10 });
    expect(body.tours.find((t: { id: string }) => t.id === 'stale')?.origin).toBe('saved');
  });

  it('serves a tour whose entities are all in its dataset, and refuses one that names a missing entity', async () => {
    const ok = await getJson(baseUrl, '/api/tours/cambodia-crackdown');
    expect(ok.status).toBe(200);
    expect(ok.body.steps).toHaveLength(10);
    const stale = await getJson(baseUrl, '/api/tours/stale');
    expect(stale.status).toBe(404);
    expect(stale.body.error.detail).toContain('step 1 ("Gone"): show.entities.1: no entity \'ev-never-happened\'');
    expect((await getJson(baseUrl, '/api/tours/no-such-tour')).status).toBe(404);
    expect((await getJson(baseUrl, '/api/tours/Bad%20Id')).status).toBe(400);
  });
});

describe('GET /api/tours/:id/steps/:index/graph', () => {
  it('draws every step of the crackdown tour: its entities, highlights and camera centre, from the curated dataset only', async () => {
    const { body: t } = await getJson(baseUrl, '/api/tours/cambodia-crackdown');
    for (const [i, s] of (t.steps as Array<{ show: { entities?: string[] }; highlight: string[]; camera: { center?: string } }>).entries()) {
      const { status, body } = await getJson(baseUrl, `/api/tours/cambodia-crackdown/steps/${i}/graph`);
      expect(status, `step ${i}`).toBe(200);
      const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
      for (const id of [...(s.show.entities ?? []), ...s.highlight, ...(s.camera.center ? [s.camera.center] : [])]) expect(ids.has(id), `step ${i}: ${id}`).toBe(true);
      expect(body.nodes.every((n: { dataset: string }) => n.dataset === 'cambodia-crackdown')).toBe(true);
      expect(body.edges.length, `step ${i} has links`).toBeGreaterThan(0);
      for (const e of body.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
  });

  it('expands the entities a step asks for', async () => {
    const res = await postJson(baseUrl, '/api/tours', tour('expanding', [step('Around Hun Manet', { show: { entities: ['off-hun-manet'], expand: ['off-hun-manet'] } })]));
    expect(res.status).toBe(201);
    const { body } = await getJson(baseUrl, '/api/tours/expanding/steps/0/graph');
    expect(body.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['off-hun-manet', 'pb-government-cambodia', 'ev-crackdown']));
  });

  it('404s past the last step', async () => {
    expect((await getJson(baseUrl, '/api/tours/cambodia-crackdown/steps/10/graph')).status).toBe(404);
    expect((await getJson(baseUrl, '/api/tours/cambodia-crackdown/steps/x/graph')).status).toBe(400);
  });
});

describe('POST /api/tours', () => {
  it('saves a new tour to the folder atomically and serves it', async () => {
    const res = await postJson(baseUrl, '/api/tours', tour('my-first-tour', [step('One', { camera: { zoom: 1.2, center: 'off-hun-manet' }, highlight: ['off-hun-manet'] }), step('Two')]));
    expect(res.status).toBe(201);
    expect(res.body.origin).toBe('saved');
    expect(existsSync(path.join(toursDir, 'my-first-tour.json'))).toBe(true);
    expect(existsSync(path.join(toursDir, 'my-first-tour.json.tmp'))).toBe(false);
    expect((await getJson(baseUrl, '/api/tours/my-first-tour')).body.steps).toHaveLength(2);
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const cases: Array<[unknown, string]> = [
      [tour('my-first-tour', [step('One')]), 'id'],
      [tour('bad-entity', [step('One', { show: { entities: ['ev-crackdown', 'ev-nowhere'] } })]), 'steps.0.show.entities.1'],
      [tour('bad-query', [step('One'), step('Two', { show: { query: { id: 'no-such-query', params: {} } } })]), 'steps.1.show.query.id'],
      [tour('bad-param', [step('One', { show: { query: { id: 'allegations-against-entity', params: { entity: 3 } } } })]), 'steps.0.show.query.params.entity'],
      [tour('no-question', [step('One', { question: '' })]), 'steps.0.question'],
      [tour('bad-camera', [step('One', { camera: { fit: true, zoom: 2, center: 'off-hun-manet' } })]), 'steps.0.camera'],
      [tour('no-steps', []), 'steps'],
      [{ ...tour('extra', [step('One')]), colour: 'red' }, 'colour'],
    ];
    for (const [payload, field] of cases) {
      const res = await postJson(baseUrl, '/api/tours', payload);
      expect(res.status, field).toBe(400);
      expect(res.body.error.field, JSON.stringify(res.body)).toBe(field);
    }
    for (const id of ['bad-entity', 'bad-query', 'bad-param', 'no-question']) expect(existsSync(path.join(toursDir, `${id}.json`))).toBe(false);
    const step2 = await postJson(baseUrl, '/api/tours', tour('bad-query', [step('One'), step('Two', { show: { query: { id: 'no-such-query' } } })]));
    expect(step2.body.error.detail).toBe('tours.save: step 2 ("Two"): show.query.id: unknown saved query \'no-such-query\'');
  });
});
