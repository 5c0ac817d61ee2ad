// Bad input the probe's fuzz found (issue 11, items 8-11): each is a clear 4xx naming what is wrong, never a 500,
// and nothing an upload refuses is written.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.ts';
import { createDriver } from '../../server/db/driver.ts';
import { MAX_UPLOAD_BODY_BYTES } from '../../server/contract/datasets.ts';
import { getJson, postJson } from '../support/http.ts';

let baseUrl: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const { uri, password } = inject('neo4j');
  const driver = createDriver({ uri, user: 'neo4j', password });
  const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), p));
  const app = createApp({ driver, config: { AUTH: 'off', QUERY_TIMEOUT_MS: 10_000, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: tmp('bad-input-queries-') }, toursDir: tmp('bad-input-tours-') });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await driver.close();
  };
});

afterAll(async () => {
  // Before the fix the control-character uploads were imported: leave no such dataset behind for later suites.
  for (const name of ['control-chars']) await fetch(`${baseUrl}/api/datasets/${name}`, { method: 'DELETE' });
  await close();
});

async function call(method: string, target: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${baseUrl}${target}`, { method });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

describe('malformed percent-encoding in a path parameter (item 8)', () => {
  it.each([
    ['GET', '/api/entities/%FF%FE%FD', 'id'],
    ['GET', '/api/entities/%FF/neighbourhood', 'id'],
    ['GET', '/api/entities/%E0%A4%A/neighbour-counts', 'id'],
    ['GET', '/api/queries/%C0%AF', 'id'],
    ['POST', '/api/queries/%FF/run', 'id'],
    ['GET', '/api/tours/%FF', 'id'],
    ['GET', '/api/tours/cambodia-crackdown/steps/%FF/graph', 'index'],
    ['GET', '/api/datasets/%FF/graph', 'name'],
    ['DELETE', '/api/datasets/%FF%FE', 'name'],
  ])('%s %s is a 400 naming %s', async (method, target, field) => {
    const { status, body } = await call(method, target);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'bad_request', field });
    expect(body.error.message).toMatch(/is not valid percent-encoding \(UTF-8\)\.$/);
    expect(JSON.stringify(body)).not.toMatch(/\n\s+at |URIError/);
  });
});

describe('CALL db.schema.visualization() (item 9)', () => {
  it('is served: its virtual nodes and relationships read in the table, and the graph holds only stored entities', async () => {
    const { status, body } = await postJson(baseUrl, '/api/cypher', { cypher: 'CALL db.schema.visualization()' });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['nodes', 'relationships']);
    const [[nodes, relationships]] = body.rows as [[Array<{ name: string }>, string[]]];
    expect(nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['Person', 'Official', 'Allegation', 'Source']));
    expect(relationships).toEqual(expect.arrayContaining([expect.stringMatching(/^\(:\w+\)-\[:LEADS\]->\(:\w+\)$/)]));
    expect(body.graph).toEqual({ nodes: [], edges: [], sources: {} });
  });

  it('is served beside stored entities, which still reach the graph', async () => {
    const { status, body } = await postJson(baseUrl, '/api/cypher', {
      cypher: "CALL db.schema.visualization() YIELD nodes MATCH (n:Entity {id: 'off-hun-manet'}) RETURN size(nodes) AS labels, n",
    });
    expect(status).toBe(200);
    expect(body.graph.nodes.map((n: { id: string }) => n.id)).toEqual(['off-hun-manet']);
  });
});

describe('uploads with control characters (item 10)', () => {
  const upload = (nodes: unknown[], edges: unknown[] = [], files = { nodes: 'nodes.csv', edges: 'edges.csv' }) => ({ name: 'control-chars', files, nodes, edges });
  const ok = { id: 'ana', name: 'Ana', row: 2 };

  it.each([
    ['a NUL in an id', upload([ok, { id: 'b\u0000b', name: 'B', row: 3 }]), 'nodes.1.id', 'nodes.csv row 3, column id: contains the control character U+0000'],
    ['a bell in a name', upload([{ ...ok, name: 'A\u0007na' }]), 'nodes.0.name', 'nodes.csv row 2, column name: contains the control character U+0007'],
    ['a line break inside a name', upload([{ ...ok, name: 'two\nlines' }]), 'nodes.0.name', 'column name: contains the control character U+000A'],
    ['DEL in a type', upload([{ ...ok, type: 'Person\u007F' }]), 'nodes.0.type', 'column type: contains the control character U+007F'],
    ['a C1 control in a link source', upload([ok], [{ source: 'ana\u0085', target: 'ana', row: 5 }]), 'edges.0.source', 'edges.csv row 5, column source: contains the control character U+0085'],
    ['a unit separator in a link type', upload([ok], [{ source: 'ana', target: 'ana', type: 'a\u001Fb' }]), 'edges.0.type', 'edges.csv row 2, column type: contains the control character U+001F'],
    ['a NUL in a file name', upload([ok], [], { nodes: 'n\u0000.csv', edges: 'e.csv' }), 'files.nodes', 'files.nodes: contains the control character U+0000'],
  ])('refuses %s, naming the row and field, and writes nothing', async (_what, payload, field, detail) => {
    const res = await postJson(baseUrl, '/api/datasets', payload);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'bad_request', field });
    expect(res.body.error.detail).toContain(detail);
    expect((await getJson(baseUrl, '/api/datasets')).body.datasets.map((d: { name: string }) => d.name)).not.toContain('control-chars');
  });

  it('trims line breaks around a value, as before', async () => {
    const res = await postJson(baseUrl, '/api/datasets', upload([{ ...ok, name: 'Ana\r\n' }], [], { nodes: 'nodes.csv', edges: 'edges.csv' }));
    expect(res.status).toBe(201);
    expect((await call('DELETE', '/api/datasets/control-chars')).status).toBe(204);
  });

  it('answers a body past the documented limit with 413 and words, and one within it is read', async () => {
    const sized = (bytes: number) => {
      const base = JSON.stringify(upload([{ ...ok, name: '' }]));
      return base.replace('"name":""', `"name":"${'x'.repeat(bytes - base.length)}"`);
    };
    const post = (body: string) => fetch(`${baseUrl}/api/datasets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const over = await post(sized(MAX_UPLOAD_BODY_BYTES + 1));
    expect(over.status).toBe(413);
    expect((await over.json()).error).toMatchObject({ code: 'bad_request', message: 'The request body is too large (at most 1 MB).' });
    const within = await post(sized(MAX_UPLOAD_BODY_BYTES));
    expect(within.status).toBe(400);
    expect((await within.json()).error.detail).toContain('column name: at most 300 characters');
  });
});

describe('saved-query parameter names (item 11)', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('refuses %s, which the header does not declare', async (name) => {
    const res = await fetch(`${baseUrl}/api/queries/allegations-by-status/run`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"params":{"${name}":1}}`,
    });
    const body = await res.json();
    expect(res.status).toBe(400);
    expect(body.error).toMatchObject({ code: 'bad_request', field: `params.${name}` });
    expect(body.error.message).toMatch(/this query has no such parameter/);
  });

  it('gives a declared parameter named toString its default, not the prototype\'s function', async () => {
    const saved = await postJson(baseUrl, '/api/queries', {
      id: 'to-string-param', cypher: 'RETURN $toString AS value',
      header: { title: 'Named toString', description: 'A parameter named like a prototype method.', result: 'table', columns: ['value'], params: { toString: { type: 'string', default: 'plain' } } },
    });
    expect(saved.status).toBe(201);
    const run = await postJson(baseUrl, '/api/queries/to-string-param/run', {});
    expect(run.status).toBe(200);
    expect(run.body.rows).toEqual([['plain']]);
    expect((await postJson(baseUrl, '/api/queries/to-string-param/run', { params: { toString: 'given' } })).body.rows).toEqual([['given']]);
  });
});
