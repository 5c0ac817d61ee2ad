import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { getJson, postJson } from '../support/http.ts';
import { ErrorBody } from '../../server/contract/errors.ts';
import { QueryList, QueryResult, SavedQuery } from '../../server/contract/queries.ts';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => { app = await startTestApp(); });
afterAll(async () => { await app.close(); });

const errorOf = (body: unknown) => ErrorBody.parse(body).error;

describe('GET /api/queries', () => {
  it('lists the library and searches it', async () => {
    const all = QueryList.parse((await getJson(app.baseUrl, '/api/queries')).body).queries;
    expect(all.length).toBeGreaterThanOrEqual(12);
    const found = QueryList.parse((await getJson(app.baseUrl, '/api/queries?q=collusion')).body).queries;
    expect(found.map((q) => q.id)).toContain('collusion-paths');
    const tagged = QueryList.parse((await getJson(app.baseUrl, '/api/queries?tag=sources')).body).queries;
    expect(tagged.length).toBeGreaterThan(0);
    expect(tagged.every((q) => q.tags.includes('sources'))).toBe(true);
  });

  it('gets one with its header and Cypher, or 404s', async () => {
    const q = SavedQuery.parse((await getJson(app.baseUrl, '/api/queries/allegations-by-status')).body);
    expect(q.params.status).toMatchObject({ type: 'string', default: 'alleged' });
    expect(q.cypher).toContain('$status');
    expect((await getJson(app.baseUrl, '/api/queries/no-such-query')).status).toBe(404);
    expect(errorOf((await getJson(app.baseUrl, '/api/queries/Bad%20Id')).body).field).toBe('id');
  });
});

describe('POST /api/queries/:id/run', () => {
  it('runs with parameters and returns a table and a graph', async () => {
    const r = await postJson(app.baseUrl, '/api/queries/allegations-against-entity/run', { params: { entity: 'pb-government-cambodia' } });
    expect(r.status).toBe(200);
    const result = QueryResult.parse(r.body);
    expect(result.columns[0]).toBe('allegation');
    expect(result.graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['al-gov-complicity', 'al-tacit-consent', 'src-crackdown-analysis']));
    expect(result.rows[0]![0]).toMatchObject({ id: expect.any(String), type: 'Allegation' });
    expect(result.timing.guardMs).toBeGreaterThan(0);
  });

  it('caps rows and says so', async () => {
    const result = QueryResult.parse((await postJson(app.baseUrl, '/api/queries/allegations-who-against-whom/run', { rowLimit: 2 })).body);
    expect(result.rows).toHaveLength(2);
    expect(result.truncated).toBe(true);
  });

  it.each([
    [{ params: { status: 'rumoured' } }, 'params.status'],
    [{ params: { weakestCredibility: 9 } }, 'params.weakestCredibility'],
    [{ params: { nope: 1 } }, 'params.nope'],
    [{ rowLimit: 0 }, 'rowLimit'],
    [{ extra: true }, 'extra'],
  ])('refuses %j with a 400 naming %s', async (payload, field) => {
    const r = await postJson(app.baseUrl, '/api/queries/allegations-by-status/run', payload);
    expect(r.status).toBe(400);
    expect(errorOf(r.body).field).toBe(field);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await fetch(`${app.baseUrl}/api/queries/allegations-by-status/run`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).not.toMatch(/\.ts:\d+|\n\s+at /);
  });
});

describe('saved queries inside the chosen datasets', () => {
  // A classroom upload with obviously synthetic names; its ids become import-<name>--<id>.
  const upload = {
    name: 'scope-check', files: { nodes: 'nodes.csv', edges: 'edges.csv' },
    nodes: [{ id: 'alpha', name: 'Synthetic Actor Alpha', type: 'person', row: 2 }, { id: 'club', name: 'Synthetic Club Beta', type: 'Organisation', row: 3 }],
    edges: [{ source: 'alpha', target: 'club', type: 'member of', row: 2 }],
  };
  const run = async (id: string, body: Record<string, unknown>) => postJson(app.baseUrl, `/api/queries/${id}/run`, body);
  const names = (result: { rows: unknown[][] }) => result.rows.map((r) => r[0]);

  beforeAll(async () => {
    const res = await postJson(app.baseUrl, '/api/datasets', upload);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });
  afterAll(async () => { await fetch(`${app.baseUrl}/api/datasets/scope-check`, { method: 'DELETE' }); });

  it('leave an upload out by default and take it in when datasets names it', async () => {
    const curated = QueryResult.parse((await run('most-connected-actors', { params: { top: 100 } })).body);
    expect(names(curated)).toContain('Hun Manet');
    expect(names(curated)).not.toContain('Synthetic Actor Alpha');
    const both = QueryResult.parse((await run('most-connected-actors', { params: { top: 100 }, datasets: ['cambodia-crackdown', 'import-scope-check'] })).body);
    expect(names(both)).toEqual(expect.arrayContaining(['Hun Manet', 'Synthetic Actor Alpha', 'Synthetic Club Beta']));
    const upload = QueryResult.parse((await run('most-connected-actors', { params: { top: 100 }, datasets: ['import-scope-check'] })).body);
    expect(new Set(names(upload))).toEqual(new Set(['Synthetic Actor Alpha', 'Synthetic Club Beta']));
  });

  it('refuse an entity outside the chosen datasets with a 400 naming the parameter, not a silent 0 rows', async () => {
    const params = { from: 'import-scope-check--alpha', to: 'import-scope-check--club' };
    const outside = await run('shortest-path-between', { params });
    expect(outside.status).toBe(400);
    expect(errorOf(outside.body)).toMatchObject({ field: 'params.from', message: expect.stringMatching(/No entity with id 'import-scope-check--alpha' in the chosen datasets \(cambodia-crackdown\); it belongs to the dataset 'import-scope-check'/) });
    const inside = QueryResult.parse((await run('shortest-path-between', { params, datasets: ['import-scope-check'] })).body);
    expect(inside.rows).toHaveLength(1);
    const unknown = await run('allegations-against-entity', { params: { entity: 'pb-no-such-body' } });
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown.body)).toMatchObject({ field: 'params.entity', message: expect.stringContaining("No entity with id 'pb-no-such-body'") });
    expect(errorOf((await run('allegations-against-entity', { params: { entity: 'Not An Id' } })).body).field).toBe('params.entity');
  });
});

describe('POST /api/cypher', () => {
  it('runs ad-hoc reads with parameters', async () => {
    const r = await postJson(app.baseUrl, '/api/cypher', { cypher: 'MATCH (n:Entity {id: $id}) RETURN n', params: { id: 'off-hun-manet' } });
    expect(QueryResult.parse(r.body).graph.nodes[0]?.name).toBe('Hun Manet');
  });

  it('marks each path hop with its true direction, so a path walked against ORDERED does not read as if the crackdown gave the order', async () => {
    const r = await postJson(app.baseUrl, '/api/cypher', { cypher: "MATCH p = (:Entity {id: 'ev-crackdown'})-[:ORDERED]-(:Entity {id: 'off-hun-manet'}) RETURN p" });
    const path = QueryResult.parse(r.body).rows[0]![0];
    expect(path).toEqual([
      expect.objectContaining({ id: 'ev-crackdown' }),
      expect.objectContaining({ type: 'ORDERED', direction: 'backward' }),
      expect.objectContaining({ id: 'off-hun-manet' }),
    ]);
  });

  it("explains Neo4j's objection to invalid Cypher as a 400", async () => {
    const r = await postJson(app.baseUrl, '/api/cypher', { cypher: 'MATCH (n RETURN n' });
    expect(r.status).toBe(400);
    expect(errorOf(r.body)).toMatchObject({ code: 'bad_request', field: 'cypher' });
  });

  it('stops a query that runs too long, with a clear message', async () => {
    const slow = await startTestApp({ queryTimeoutMs: 300 });
    try {
      const r = await postJson(slow.baseUrl, '/api/cypher', { cypher: 'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS c' });
      expect(r.status).toBe(504);
      expect(errorOf(r.body)).toMatchObject({ code: 'timeout', message: expect.stringMatching(/time limit/) });
    } finally {
      await slow.close();
    }
  });
});

describe('POST /api/queries (save as query)', () => {
  const header = {
    title: 'Officials by name', description: 'Officials whose name contains some text.', tags: ['actors'], result: 'table', columns: ['name'],
    params: { text: { type: 'string', default: 'Hun' } },
  };

  it('adds a read-only query to the library, which then runs', async () => {
    const saved = await postJson(app.baseUrl, '/api/queries', { id: 'officials-by-name', header, cypher: 'MATCH (o:Official) WHERE o.name CONTAINS $text RETURN o.name AS name' });
    expect(saved.status).toBe(201);
    expect(SavedQuery.parse(saved.body).origin).toBe('saved');
    const run = QueryResult.parse((await postJson(app.baseUrl, '/api/queries/officials-by-name/run', {})).body);
    expect(run.rows).toEqual([['Hun Manet']]);
    const again = await postJson(app.baseUrl, '/api/queries', { id: 'officials-by-name', header, cypher: 'RETURN $text AS name' });
    expect(errorOf(again.body).field).toBe('id');
  });

  it('refuses to save a write, or a header that does not match the query', async () => {
    const write = await postJson(app.baseUrl, '/api/queries', { id: 'evil', header, cypher: 'MATCH (o:Official) WHERE o.name = $text SET o.x = 1' });
    expect(errorOf(write.body).code).toBe('query_refused');
    const mismatch = await postJson(app.baseUrl, '/api/queries', { id: 'mismatch', header, cypher: 'MATCH (o:Official) RETURN o.name AS name' });
    expect(errorOf(mismatch.body)).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/declares text/) });
    expect((await getJson(app.baseUrl, '/api/queries/evil')).status).toBe(404);
  });
});

describe('GET /api/schema', () => {
  it('lists the live labels, types and keys, and the allowed procedures', async () => {
    const r = await getJson(app.baseUrl, '/api/schema');
    expect(r.status).toBe(200);
    expect(r.body.labels).toEqual(expect.arrayContaining(['Allegation', 'Official', 'Source']));
    expect(r.body.relationshipTypes).toEqual(expect.arrayContaining(['AGAINST', 'CITED_IN']));
    expect(r.body.procedures).toContain('db.index.fulltext.queryNodes');
  });
});
