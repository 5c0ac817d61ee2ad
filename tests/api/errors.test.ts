// Error answers read as words for people, while the code (and the technical detail) stays in the JSON for scripts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { getJson, postJson } from '../support/http.ts';
import { ErrorBody } from '../../server/contract/errors.ts';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => { app = await startTestApp(); });
afterAll(async () => { await app.close(); });

/** What a message shown to a person must never look like: a service scope, a stack frame, a driver class or code. */
const CODE_LIKE = /\b(graph|paths|queries|tours|datasets|search|guard)\.[a-zA-Z]+:|\n\s+at |\bat \S+\.ts:\d+|\.ts:\d+|Neo4jError|Neo\.(Client|Transient|Database)Error|Unrecognized key|received undefined/;

const ENTITY = 'No entity with this id. It may have been removed or come from another dataset.';

type Case = [string, () => Promise<{ status: number; body: unknown }>, number, Partial<ErrorBody['error']>, RegExp | string];

const get = (path: string) => () => getJson(app.baseUrl, path);
const post = (path: string, payload: unknown) => () => postJson(app.baseUrl, path, payload);
async function rawPost(path: string, text: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${app.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
  return { status: res.status, body: await res.json() };
}

const CASES: Case[] = [
  ['an unknown entity', get('/api/entities/no-such-entity'), 404, { code: 'not_found', detail: "graph.entity: no entity with id 'no-such-entity'" }, ENTITY],
  ['the neighbours of an unknown entity', get('/api/entities/no-such-entity/neighbourhood'), 404, { code: 'not_found' }, ENTITY],
  ['the neighbour counts of an unknown entity', get('/api/entities/no-such-entity/neighbour-counts'), 404, { code: 'not_found' }, ENTITY],
  ['a path to an unknown entity', get('/api/paths?from=off-hun-manet&to=nobody-at-all'), 404, { code: 'not_found' }, ENTITY],
  ['an unknown saved query', get('/api/queries/no-such-query'), 404, { code: 'not_found', detail: "queries.get: no saved query 'no-such-query'" }, /^No saved query with this id\./],
  ['running an unknown saved query', post('/api/queries/no-such-query/run', {}), 404, { code: 'not_found' }, /^No saved query with this id\./],
  ['an unknown tour', get('/api/tours/no-such-tour'), 404, { code: 'not_found' }, /^No tour with this id\./],
  ['a step past the end of a tour', get('/api/tours/cambodia-crackdown/steps/20/graph'), 404, { code: 'not_found' }, /^This tour has no such step\./],
  ['an unknown dataset', get('/api/datasets/no-such-set/graph'), 404, { code: 'not_found' }, /^No imported dataset with this name\./],
  ['an unknown endpoint', get('/api/nowhere'), 404, { code: 'not_found', detail: 'no such endpoint: GET /api/nowhere' }, /^There is nothing at this address of the API\./],
  ['a search with no letters', get('/api/search?q=%20%21'), 400, { code: 'bad_request', field: 'q' }, 'Search text: type at least one letter or digit.'],
  ['too many hops', get('/api/paths?from=off-hun-manet&to=cmp-amnesty-investigated&maxHops=10'), 400, { code: 'bad_request', field: 'maxHops' }, /^Hops: .*at most 8 hops/],
  ['a path with no end', get('/api/paths?from=off-hun-manet'), 400, { code: 'bad_request', field: 'to' }, 'To: a value is required.'],
  ['a malformed id', get('/api/entities/Bad%20Id'), 400, { code: 'bad_request', field: 'id' }, /^Id: /],
  ['an unknown query parameter', post('/api/queries/allegations-by-status/run', { params: { nope: 1 } }), 400, { code: 'bad_request', field: 'params.nope' }, /^Parameter “nope”: this query has no such parameter/],
  ['an unknown field in a body', post('/api/cypher', { cypher: 'RETURN 1', colour: 'red' }), 400, { code: 'bad_request', field: 'colour' }, '“colour”: not a field this request takes.'],
  ['invalid Cypher', post('/api/cypher', { cypher: 'MATCH (n RETURN n' }), 400, { code: 'bad_request', field: 'cypher' }, /^Query: Invalid input/],
  ['a body that is not JSON', () => rawPost('/api/cypher', '{"cypher": '), 400, { code: 'bad_request' }, 'The request body is not valid JSON.'],
  ['a query that writes', post('/api/cypher', { cypher: 'CREATE (n:Thing) RETURN n' }), 400, { code: 'query_refused' }, /^query refused: it (writes|tries to write)/],
];

describe('error answers', () => {
  it.each(CASES)('%s: a sentence for people, the code and detail for scripts', async (_what, call, status, fields, words) => {
    const res = await call();
    expect(res.status).toBe(status);
    const { error } = ErrorBody.parse(res.body);
    expect(error).toMatchObject(fields);
    if (typeof words === 'string') expect(error.message).toBe(words);
    else expect(error.message).toMatch(words);
    expect(error.message).not.toMatch(CODE_LIKE);
    expect(error.message).toMatch(/[.!?]$/);
    // The technical text is kept for scripts and bug reports, apart from the sentence.
    expect(error.detail).toEqual(expect.any(String));
    expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at |\.ts:\d+/);
  });
});
