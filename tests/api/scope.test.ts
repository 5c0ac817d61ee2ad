// Datasets are not mixed: an upload stays out of search, expansion and neighbour counts unless it is in the scope
// (?datasets=a,b), and then every node says which dataset it came from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { testDb } from '../support/db.ts';
import { getJson, postJson } from '../support/http.ts';
import { writeQuery } from '../../server/db/run.ts';
import { ErrorBody } from '../../server/contract/errors.ts';
import { NeighbourCounts } from '../../server/contract/paths.ts';
import { Neighbourhood } from '../../server/contract/graph.ts';
import { SearchResult } from '../../server/contract/search.ts';
import { ScopeDatasetList } from '../../server/contract/datasets.ts';

const db = testDb();
let app: Awaited<ReturnType<typeof startTestApp>>;
const DATASET = 'import-scope-test';
const BOTH = `cambodia-crackdown,${DATASET}`;
const ALPHA = `${DATASET}--alpha`;

beforeAll(async () => {
  app = await startTestApp();
  const res = await postJson(app.baseUrl, '/api/datasets', {
    name: 'scope-test',
    files: { nodes: 'nodes.csv', edges: 'edges.csv' },
    nodes: [
      // A copy of a curated name: once four such copies made "Hun Manet" come back as four identical rows.
      { id: 'copy', name: 'Hun Manet' },
      { id: 'alpha', name: 'Synthetic Pupil Alpha' },
      { id: 'beta', name: 'Synthetic Pupil Beta' },
    ],
    edges: [{ source: 'alpha', target: 'beta' }],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  // No import links into the curated graph; this one does, so the test can show expansion does not cross it.
  await writeQuery(db, 'test-link-across-datasets', { from: ALPHA, to: 'place-poipet', relId: 'scope-test-cross-link' });
});
afterAll(async () => {
  if (app) expect((await fetch(`${app.baseUrl}/api/datasets/scope-test`, { method: 'DELETE' })).status).toBe(204);
  await app?.close();
  await db.driver.close();
});

const ok = async (path: string) => {
  const r = await getJson(app.baseUrl, path);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};
const search = async (qs: string) => SearchResult.parse(await ok(`/api/search?${qs}`));
const neighbourhood = async (id: string, qs = '') => Neighbourhood.parse(await ok(`/api/entities/${id}/neighbourhood?${qs}`));
const counts = async (id: string, qs = '') => NeighbourCounts.parse(await ok(`/api/entities/${id}/neighbour-counts?${qs}`));

describe('search reads only the datasets chosen', () => {
  it('finds Hun Manet once by default: the upload\'s copy stays out', async () => {
    const { hits } = await search('q=Hun%20Manet');
    expect(hits.filter((h) => h.node.name === 'Hun Manet').map((h) => h.node.id)).toEqual(['off-hun-manet']);
    expect(hits.every((h) => h.node.dataset === 'cambodia-crackdown')).toBe(true);
    expect((await search('q=Synthetic%20Pupil')).hits).toEqual([]);
  });

  it('brings the upload in, each hit marked with its dataset, when it is in the scope', async () => {
    const both = await search(`q=Hun%20Manet&datasets=${BOTH}`);
    const copies = both.hits.filter((h) => h.node.name === 'Hun Manet');
    expect(copies.map((h) => h.node.dataset).sort()).toEqual(['cambodia-crackdown', DATASET]);
    const pupils = await search(`q=Synthetic%20Pupil&datasets=${DATASET}`);
    expect(pupils.hits.map((h) => h.node.id).sort()).toEqual([ALPHA, `${DATASET}--beta`]);
    expect(pupils.hits.every((h) => h.node.dataset === DATASET)).toBe(true);
  });
});

describe('expansion and neighbour counts stay inside the scope', () => {
  it('neither returns nor counts an upload node next to a curated one by default', async () => {
    const n = await neighbourhood('place-poipet');
    expect(n.nodes.some((m) => m.dataset !== 'cambodia-crackdown')).toBe(false);
    expect(n.edges.some((e) => e.id === 'scope-test-cross-link')).toBe(false);
    expect(n.total).toBe(n.nodes.length);
    const c = await counts('place-poipet');
    expect(c.counts.some((x) => x.relType === 'LINKED_TO')).toBe(false);
    expect(c.total).toBe(n.total);
  });

  it('returns and counts it, with its dataset, when the upload is in the scope', async () => {
    const before = await neighbourhood('place-poipet');
    const n = await neighbourhood('place-poipet', `datasets=${BOTH}`);
    expect(n.total).toBe(before.total + 1);
    expect(n.nodes.find((m) => m.id === ALPHA)?.dataset).toBe(DATASET);
    expect(n.edges.some((e) => e.id === 'scope-test-cross-link')).toBe(true);
    const c = await counts('place-poipet', `datasets=${BOTH}`);
    expect(c.counts).toContainEqual({ relType: 'LINKED_TO', direction: 'in', neighbourType: 'Person', count: 1 });
  });

  it('expands an upload node within the upload alone, not across into the curated graph', async () => {
    const n = await neighbourhood(ALPHA, `datasets=${DATASET}`);
    expect(n.nodes.map((m) => m.id)).toEqual([`${DATASET}--beta`]);
    expect((await counts(ALPHA, `datasets=${DATASET}`)).total).toBe(1);
  });

  it('refuses to expand a node from a dataset outside the scope, naming its dataset', async () => {
    for (const path of [`/api/entities/${ALPHA}/neighbourhood`, `/api/entities/${ALPHA}/neighbour-counts`]) {
      const r = await getJson(app.baseUrl, path);
      expect(r.status).toBe(404);
      expect(ErrorBody.parse(r.body).error.message).toContain(`it comes from dataset '${DATASET}'`);
    }
  });

  it.each([
    ['/api/search?q=Hun&datasets=Not%20A%20Dataset'],
    ['/api/entities/place-poipet/neighbourhood?datasets=cambodia-crackdown,UPPER'],
    ['/api/entities/place-poipet/neighbour-counts?datasets=a'],
  ])('answers 400 naming datasets for %s', async (path) => {
    const r = await getJson(app.baseUrl, path);
    expect(r.status).toBe(400);
    const err = ErrorBody.parse(r.body).error;
    expect(err.field).toMatch(/^datasets/);
    expect(err.message).toMatch(/^Datasets: /);
  });
});

describe('GET /api/datasets/all', () => {
  it('lists every dataset with its node count, the curated graph first', async () => {
    const { datasets, curated } = ScopeDatasetList.parse(await ok('/api/datasets/all'));
    expect(curated).toBe('cambodia-crackdown');
    expect(datasets[0]).toMatchObject({ dataset: 'cambodia-crackdown', kind: 'curated' });
    expect(datasets[0]!.nodes).toBeGreaterThan(20);
    // Three uploaded nodes; the upload's own Source is evidence, not counted.
    expect(datasets).toContainEqual({ dataset: DATASET, kind: 'import', nodes: 3 });
  });
});
