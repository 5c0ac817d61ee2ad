// Where secrets live (issue 12): accounts, hashes and tokens are in the team store, not the graph. As an analyst
// (who may run any Cypher), `MATCH (n) RETURN n`, `CALL db.labels()` and every saved query return none of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { addUser, call, signIn, tempStore } from '../support/accounts.ts';
import { createGuestLink } from '../../server/accounts/guest-links.ts';
import { issueSetupToken } from '../../server/accounts/setup-links.ts';

let app: Awaited<ReturnType<typeof startTestApp>>;
let analyst: string;
const tokens: string[] = [];

const HASH = /\$argon2/;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

beforeAll(async () => {
  const { store } = tempStore();
  app = await startTestApp({ config: { AUTH: 'on' }, teamStore: store });
  const adminId = await addUser(store, 'secrets-admin', 'admin');
  await addUser(store, 'secrets-analyst', 'analyst');
  analyst = await signIn(app.baseUrl, 'secrets-analyst');
  const admin = await signIn(app.baseUrl, 'secrets-admin');
  // Every kind of secret the store holds exists while the queries run: sessions, a setup token, a guest link.
  tokens.push(analyst.split('=')[1]!, admin.split('=')[1]!, issueSetupToken(store, adminId).token);
  tokens.push(createGuestLink(store, { label: 'Synthetic class', datasets: ['cambodia-crackdown'], tours: [] }, 'test').token);
}, 120_000);

afterAll(async () => { await app?.close(); });

function expectNoSecret(what: string, text: string): void {
  expect(text, what).not.toMatch(HASH);
  expect(text.match(EMAIL)?.[0], `${what}: e-mail-like text`).toBeUndefined();
  for (const token of tokens) expect(text.includes(token), `${what}: a token`).toBe(false);
  expect(text, what).not.toMatch(/password|token_hash|sg_session/i);
}

/** A value for each parameter without a default, so every saved query runs. */
function paramsFor(params: Record<string, { type: string; default?: unknown; allowed?: string[]; min?: number }>, entityId: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, p] of Object.entries(params)) {
    if (p.default !== undefined && p.default !== null) continue;
    out[name] = p.type === 'entity' ? entityId : p.type === 'integer' || p.type === 'float' ? (p.min ?? 1)
      : p.type === 'boolean' ? true : p.type === 'date' ? '2025-01-01' : (p.allowed?.[0] ?? 'scam');
  }
  return out;
}

describe('no query an analyst may run returns a secret', () => {
  it('ad-hoc Cypher over the whole graph and its labels', async () => {
    for (const cypher of ['MATCH (n) RETURN n', 'CALL db.labels()', 'MATCH ()-[r]->() RETURN r LIMIT 5000', 'CALL db.propertyKeys()']) {
      const res = await call(app.baseUrl, 'POST', '/api/cypher', { cookie: analyst, body: { cypher, rowLimit: 5000 } });
      expect(res.status, cypher).toBe(200);
      expect(res.body.rows.length, cypher).toBeGreaterThan(0);
      expectNoSecret(cypher, JSON.stringify(res.body));
    }
  });

  it('every saved query, run with its defaults', async () => {
    const list = await call(app.baseUrl, 'GET', '/api/queries', { cookie: analyst });
    expect(list.status).toBe(200);
    expectNoSecret('the query list', JSON.stringify(list.body));
    const hit = await call(app.baseUrl, 'GET', '/api/search?q=hun', { cookie: analyst });
    const entityId = hit.body.hits?.[0]?.node?.id;
    expect(entityId, JSON.stringify(hit.body).slice(0, 200)).toBeTypeOf('string');
    let ran = 0;
    for (const q of list.body.queries as Array<{ id: string; params: Record<string, { type: string }> }>) {
      const res = await call(app.baseUrl, 'POST', `/api/queries/${q.id}/run`, { cookie: analyst, body: { params: paramsFor(q.params as never, entityId) } });
      expect([200, 400], `${q.id}: ${JSON.stringify(res.body).slice(0, 200)}`).toContain(res.status);
      if (res.status === 200) ran += 1;
      expectNoSecret(q.id, JSON.stringify(res.body));
    }
    expect(ran).toBeGreaterThan(list.body.queries.length / 2);
  });

  it('the schema the Cypher editor completes from', async () => {
    const res = await call(app.baseUrl, 'GET', '/api/schema', { cookie: analyst });
    expect(res.status).toBe(200);
    expectNoSecret('schema', JSON.stringify(res.body));
  });
});
