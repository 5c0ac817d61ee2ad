// Roles × routes (issue 12): every row of ACCESS_TABLE, walked with no session, a guest and every role, must answer
// 401/403 exactly where the table says, and let the request through (any other status, a 400 or 404 for a dummy id
// included) everywhere else. And the table must list every route the API serves, and nothing it does not.
import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorCan, ROLES, type ActorInfo } from '../../server/contract/accounts.ts';
import { ACCESS_TABLE } from '../../server/access/table.ts';
import { servedRoutes } from '../../server/access/served-routes.ts';
import { enforceAccess } from '../../server/access/enforce.ts';
import { setActor } from '../../server/access/actor.ts';
import { errorMiddleware, notFoundRoute } from '../../server/http/error-middleware.ts';
import { createApp } from '../../server/app.ts';
import { createDriver } from '../../server/db/driver.ts';
import { inject } from 'vitest';
import { createGuestLink } from '../../server/accounts/guest-links.ts';
import { startTestApp, savedQueriesDir } from '../support/app.ts';
import { addUser, call, signIn, tempStore } from '../support/accounts.ts';
import { CURATED_DATASET } from '../../server/contract/scope.ts';

const DUMMY: Record<string, string> = { id: 'no-such-id', name: 'no-such-dataset', index: '0' };
const fill = (p: string) => p.replace(/:(\w+)/g, (_m, k: string) => DUMMY[k] ?? 'x');

let app: Awaited<ReturnType<typeof startTestApp>>;
const cookies: Record<string, string | undefined> = {};

beforeAll(async () => {
  const { store } = tempStore();
  // The guest link opens the dummy dataset and tour too, so its reads reach the routes (and their 404s).
  const { token } = createGuestLink(store, { label: 'Synthetic class', datasets: [CURATED_DATASET, DUMMY.name!], tours: [DUMMY.id!] }, 'test');
  // Generous sign-in limits: this walk signs in five times and posts {} to the sign-in route once per actor.
  app = await startTestApp({ config: { AUTH: 'on', LOGIN_ATTEMPTS_PER_IP: 1000, LOGIN_ATTEMPTS_PER_NAME: 1000 }, teamStore: store });
  for (const role of ROLES) {
    await addUser(store, `walk-${role}`, role);
    cookies[role] = await signIn(app.baseUrl, `walk-${role}`);
  }
  cookies.guest = `sg_guest=${token}`;
}, 120_000);

afterAll(async () => { await app?.close(); });

const ACTORS: Array<{ who: string; actor?: Pick<ActorInfo, 'kind' | 'role'> }> = [
  { who: 'nobody' },
  { who: 'guest', actor: { kind: 'guest', role: 'viewer' } },
  ...ROLES.map((role) => ({ who: role, actor: { kind: 'user' as const, role } })),
];

describe('every route of the access table, with every kind of actor', () => {
  it('answers 401 to nobody, 403 to a role that lacks the capability, and lets everyone else through', async () => {
    const wrong: string[] = [];
    for (const row of ACCESS_TABLE) {
      for (const { who, actor } of ACTORS) {
        const cookie = who === 'nobody' ? undefined : cookies[who];
        const hasBody = row.method === 'POST' || row.method === 'PATCH' || row.method === 'PUT';
        const res = await call(app.baseUrl, row.method, `/api${fill(row.path)}`, { cookie, body: hasBody ? {} : undefined });
        const expected = actorCan(actor, row.needs) ? 'through' : actor ? 403 : 401;
        const got = res.status === 401 || res.status === 403 ? res.status : 'through';
        // A refusal by the access table says so; a 403 from elsewhere (a route's own check) would be told apart here.
        if (got !== expected) wrong.push(`${row.method} ${row.path} as ${who}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
        // Signing out (DELETE /session, public) ends the session this walk goes on using: sign in again.
        if (row.method === 'DELETE' && row.path === '/session' && actor?.kind === 'user') cookies[who] = await signIn(app.baseUrl, `walk-${who}`);
        if (typeof expected === 'number' && got === expected) expect(res.body.error.message, `${row.method} ${row.path} as ${who}`).toMatch(/\.$/);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('names the role needed in a 403, and says to sign in in a 401', async () => {
    const refused = await call(app.baseUrl, 'POST', '/api/cypher', { cookie: cookies.viewer, body: { cypher: 'RETURN 1' } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('analyst');
    expect(refused.body.error.detail).toBe('needs the role analyst or above');
    const nobody = await call(app.baseUrl, 'GET', '/api/search?q=hun');
    expect(nobody.status).toBe(401);
    expect(nobody.body.error.message).toMatch(/^Sign in first/);
  });
});

describe('the table and the routers agree', () => {
  it('lists every route the API serves, and only those', async () => {
    const { uri, password } = inject('neo4j');
    const driver = createDriver({ uri, user: 'neo4j', password });
    try {
      const built = createApp({ driver, config: { AUTH: 'off', QUERY_TIMEOUT_MS: 10_000, NEO4J_DATABASE: undefined, SAVED_QUERIES_DIR: savedQueriesDir() } });
      const served = servedRoutes(built.locals.apiRouter).map((r) => `${r.method} ${r.path}`).sort();
      const table = ACCESS_TABLE.map((r) => `${r.method} ${r.path}`).sort();
      expect(served).toEqual(table);
      expect(new Set(table).size, 'no route is listed twice').toBe(table.length);
    } finally {
      await driver.close();
    }
  });

  it('refuses (403) a served route that has no row, even to an admin, and leaves unknown addresses to the 404', async () => {
    const api = express.Router();
    api.use((req, _res, next) => { setActor(req, { kind: 'user', id: 'u', name: 'Synthetic Admin', role: 'admin' }); next(); });
    api.use(enforceAccess(api));
    api.use(express.Router().get('/not-in-the-table', (_req, res) => { res.json({ leaked: true }); }));
    api.use(notFoundRoute);
    const probe = express().use('/api', api).use(errorMiddleware);
    const server = probe.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const missing = await call(base, 'GET', '/api/not-in-the-table');
      expect(missing.status).toBe(403);
      expect(missing.body.error.message).toContain('not in the access table');
      expect((await call(base, 'GET', '/api/nothing-here')).status).toBe(404);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
