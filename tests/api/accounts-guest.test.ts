// Guest links for classes (issue 12): a read-only guest without sign-in, limited to the link's datasets and tours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { addUser, call, cookieFrom, signIn, tempStore } from '../support/accounts.ts';
import { CURATED_DATASET } from '../../server/contract/scope.ts';

let app: Awaited<ReturnType<typeof startTestApp>>;
let admin: string;
let link: { id: string; url: string; datasets: string[]; tours: string[] };
let guest: string;

beforeAll(async () => {
  const { store } = tempStore();
  app = await startTestApp({ config: { AUTH: 'on' }, teamStore: store });
  await addUser(store, 'Synthetic-Teacher', 'admin');
  admin = await signIn(app.baseUrl, 'Synthetic-Teacher');
  const made = await call(app.baseUrl, 'POST', '/api/guest-links', { cookie: admin, body: { label: 'Synthetic class 7B', datasets: [CURATED_DATASET], tours: ['cambodia-crackdown'] } });
  expect(made.status).toBe(201);
  link = made.body;
}, 120_000);

afterAll(async () => { await app?.close(); });

describe('a guest link', () => {
  it('is made by an admin, shown once with its URL, and listed without it', async () => {
    expect(link.url).toMatch(new RegExp(`^${app.baseUrl}/guest/[A-Za-z0-9_-]{43}$`));
    const list = await call(app.baseUrl, 'GET', '/api/guest-links', { cookie: admin });
    expect(list.body.links).toHaveLength(1);
    expect(list.body.links[0]).toMatchObject({ id: link.id, label: 'Synthetic class 7B', datasets: [CURATED_DATASET], tours: ['cambodia-crackdown'], revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(link.url.split('/guest/')[1]);
  });

  it('opens the app as a guest: a cookie, then a redirect to /', async () => {
    const opened = await call(app.baseUrl, 'GET', new URL(link.url).pathname);
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/');
    expect(opened.headers.getSetCookie()[0]).toMatch(/^sg_guest=.*HttpOnly.*SameSite=Strict/);
    guest = cookieFrom(opened, 'sg_guest')!;
    const session = await call(app.baseUrl, 'GET', '/api/session', { cookie: guest });
    expect(session.body.actor).toEqual({ kind: 'guest', id: `guest:${link.id}`, name: 'Synthetic class 7B', role: 'viewer', datasets: [CURATED_DATASET], tours: ['cambodia-crackdown'] });
  });

  it('reads the link\'s datasets, and is refused any other, by name', async () => {
    const search = await call(app.baseUrl, 'GET', '/api/search?q=compound', { cookie: guest });
    expect(search.status).toBe(200);
    expect(search.body.hits.length).toBeGreaterThan(0);
    const other = await call(app.baseUrl, 'GET', `/api/search?q=compound&datasets=${CURATED_DATASET},synthetic-elsewhere`, { cookie: guest });
    expect(other.status).toBe(403);
    expect(other.body.error.message).toBe(`This guest link does not open the dataset 'synthetic-elsewhere'; it opens '${CURATED_DATASET}'.`);
    const graph = await call(app.baseUrl, 'GET', '/api/datasets/synthetic-elsewhere/graph', { cookie: guest });
    expect(graph.status).toBe(403);
    const run = await call(app.baseUrl, 'POST', '/api/queries/no-such-query/run', { cookie: guest, body: { datasets: ['synthetic-elsewhere'] } });
    expect(run.status).toBe(403);
  });

  it('sees only its tours, and never Cypher, saving or admin pages', async () => {
    const tours = await call(app.baseUrl, 'GET', '/api/tours', { cookie: guest });
    expect(tours.body.tours.map((t: { id: string }) => t.id)).toEqual(['cambodia-crackdown']);
    // Another link that opens no tour: the shipped one is refused to it, by id and by step.
    const noTours = await call(app.baseUrl, 'POST', '/api/guest-links', { cookie: admin, body: { label: 'Synthetic no tours', datasets: [CURATED_DATASET], tours: [] } });
    const other = cookieFrom(await call(app.baseUrl, 'GET', new URL(noTours.body.url).pathname), 'sg_guest')!;
    expect((await call(app.baseUrl, 'GET', '/api/tours', { cookie: other })).body.tours).toEqual([]);
    const refused = await call(app.baseUrl, 'GET', '/api/tours/cambodia-crackdown', { cookie: other });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("This guest link does not open the tour 'cambodia-crackdown'.");
    expect((await call(app.baseUrl, 'GET', '/api/tours/cambodia-crackdown/steps/0/graph', { cookie: other })).status).toBe(403);
    expect((await call(app.baseUrl, 'GET', '/api/tours/cambodia-crackdown', { cookie: guest })).status).toBe(200);
    const cypher = await call(app.baseUrl, 'POST', '/api/cypher', { cookie: guest, body: { cypher: 'MATCH (n) RETURN n' } });
    expect(cypher.status).toBe(403);
    expect(cypher.body.error.message).toMatch(/^A guest link can only read the graph/);
    expect((await call(app.baseUrl, 'GET', '/api/accounts', { cookie: guest })).status).toBe(403);
    expect((await call(app.baseUrl, 'POST', '/api/session/password', { cookie: guest, body: { current: 'x', next: 'long enough pw' } })).status).toBe(403);
  });

  it('with no datasets named, reads the link\'s own, not the curated default', async () => {
    const made = await call(app.baseUrl, 'POST', '/api/guest-links', { cookie: admin, body: { label: 'Synthetic empty set', datasets: ['synthetic-guest-empty'], tours: [] } });
    const opened = await call(app.baseUrl, 'GET', new URL(made.body.url).pathname);
    const elsewhere = cookieFrom(opened, 'sg_guest')!;
    const asAdmin = await call(app.baseUrl, 'GET', '/api/search?q=compound', { cookie: admin });
    expect(asAdmin.body.hits.length).toBeGreaterThan(0);
    const asGuest = await call(app.baseUrl, 'GET', '/api/search?q=compound', { cookie: elsewhere });
    expect(asGuest.status).toBe(200);
    expect(asGuest.body.hits).toEqual([]);
    // Nor by id: an entity of the curated graph is outside this link, whatever the route that names it.
    const id = asAdmin.body.hits[0].node.id as string;
    for (const path of [`/api/entities/${id}`, `/api/entities/${id}/neighbourhood`, `/api/entities/${id}/neighbour-counts`]) {
      const refused = await call(app.baseUrl, 'GET', path, { cookie: elsewhere });
      expect(refused.status, path).toBe(403);
      expect(refused.body.error.message, path).toBe(`This guest link does not open the dataset '${CURATED_DATASET}', where the entity '${id}' is.`);
    }
    expect((await call(app.baseUrl, 'GET', `/api/entities/${id}`, { cookie: guest })).status).toBe(200);
  });

  it('revoked, it opens nothing and says so on a plain page', async () => {
    expect((await call(app.baseUrl, 'DELETE', `/api/guest-links/${link.id}`, { cookie: admin })).status).toBe(204);
    expect((await call(app.baseUrl, 'GET', '/api/tours', { cookie: guest })).status).toBe(401);
    const page = await call(app.baseUrl, 'GET', new URL(link.url).pathname);
    expect(page.status).toBe(410);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.body).toContain('This guest link has been withdrawn');
    expect(page.headers.getSetCookie()).toEqual([]);
    expect((await call(app.baseUrl, 'GET', '/guest/not-a-real-token')).status).toBe(404);
    expect((await call(app.baseUrl, 'DELETE', '/api/guest-links/no-such-id', { cookie: admin })).status).toBe(404);
  });
});
