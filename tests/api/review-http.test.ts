// Four-eyes review over HTTP with real accounts and sessions (AUTH on): an editor proposes, a viewer sees nothing of
// it and cannot edit, the author cannot approve (even once made a reviewer), another reviewer approves, an admin sets review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/run.ts';
import { setRole } from '../../server/accounts/users.ts';
import { createGuestLink } from '../../server/accounts/guest-links.ts';
import { CURATED_DATASET } from '../../server/contract/scope.ts';
import type { TeamStore } from '../../server/store/team-store.ts';
import { startTestApp } from '../support/app.ts';
import { addUser, call, signIn, tempStore } from '../support/accounts.ts';
import { testDb } from '../support/db.ts';
import { loadTeamFixture, removeTeamFixture } from '../support/synthetic-team.ts';
import { stored, TEAM } from './edits-helpers.ts';

let app: Awaited<ReturnType<typeof startTestApp>>;
let db: Db;
let store: TeamStore;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};
const PEOPLE = { admin: 'admin', editor: 'editor', reviewer1: 'reviewer', reviewer2: 'reviewer', viewer: 'viewer' } as const;
const nameOf = (who: string) => `Synthetic ${who}`;

beforeAll(async () => {
  db = testDb();
  await loadTeamFixture(db, TEAM);
  ({ store } = tempStore());
  for (const [who, role] of Object.entries(PEOPLE)) ids[who] = await addUser(store, nameOf(who), role);
  app = await startTestApp({ config: { AUTH: 'on' }, teamStore: store });
  for (const who of Object.keys(PEOPLE)) cookies[who] = await signIn(app.baseUrl, nameOf(who));
  // A class's guest link opens the curated dataset only: the team's trail is none of its business.
  cookies.guest = `sg_guest=${createGuestLink(store, { label: 'Synthetic class', datasets: [CURATED_DATASET], tours: [] }, 'test').token}`;
});
afterAll(async () => {
  await app?.close();
  await removeTeamFixture(db, TEAM);
  await db.driver.close();
});

const as = (who: keyof typeof PEOPLE | 'guest', method: string, path: string, body?: unknown) => call(app.baseUrl, method, path, { cookie: cookies[who], body });
const wording = (version: number, description: string) => ({ dataset: TEAM, comment: 'Better wording (synthetic)',
  ops: [{ op: 'update', kind: 'entity', id: 'team-compound-beta', version, set: { description } }] });

describe('review with accounts', () => {
  it('is on by default once there are two accounts, and only an admin can turn it off or on', async () => {
    expect((await as('viewer', 'GET', `/api/datasets/${TEAM}/review`)).body).toEqual({ dataset: TEAM, on: true, source: 'default' });
    expect((await as('reviewer1', 'PUT', `/api/datasets/${TEAM}/review`, { on: false })).status).toBe(403);
    expect((await as('admin', 'PUT', `/api/datasets/${TEAM}/review`, { on: true })).body).toEqual({ dataset: TEAM, on: true, source: 'set' });
    expect((await call(app.baseUrl, 'GET', '/api/proposals')).status).toBe(401);
  });

  it('keeps a proposal from viewers, refuses self-approval, and publishes it when another reviewer approves', async () => {
    expect((await as('viewer', 'POST', '/api/edits', wording(0, 'Viewer wording (synthetic).'))).status).toBe(403);
    const proposed = await as('editor', 'POST', '/api/edits', wording(0, 'Editor wording (synthetic).'));
    expect(proposed.status).toBe(202);
    const id = proposed.body.change.id as string;
    expect((await stored(db, 'team-compound-beta'))?.version).toBe(0);

    expect((await as('viewer', 'GET', '/api/proposals')).status).toBe(403);
    expect((await as('viewer', 'GET', `/api/proposals/${id}`)).status).toBe(403);
    expect((await as('viewer', 'GET', `/api/changes/${id}`)).status).toBe(404);
    expect((await as('viewer', 'GET', '/api/changes')).body.changes).toEqual([]);
    const seen = await as('reviewer1', 'GET', `/api/proposals/${id}`);
    expect(seen.body.items[0].fields.map((f: { field: string }) => f.field)).toEqual(['description', 'version']);

    expect((await as('editor', 'POST', `/api/proposals/${id}/approve`, { comment: 'mine' })).status).toBe(403);
    setRole(store, ids.editor!, 'reviewer');
    const self = await as('editor', 'POST', `/api/proposals/${id}/approve`, { comment: 'mine' });
    expect(self.status).toBe(403);
    expect(self.body.error.message).toMatch(/your own proposal/);
    setRole(store, ids.editor!, 'editor');
    expect((await as('reviewer2', 'POST', `/api/proposals/${id}/approve`, {})).body.error.field).toBe('comment');

    const approved = await as('reviewer2', 'POST', `/api/proposals/${id}/approve`, { comment: 'Checked against the report (synthetic)' });
    expect(approved.status).toBe(200);
    expect(approved.body.change).toMatchObject({ status: 'applied', actor: { name: nameOf('editor') }, review: { byName: nameOf('reviewer2') } });
    const entity = await as('viewer', 'GET', '/api/entities/team-compound-beta');
    expect(entity.body.node.description).toBe('Editor wording (synthetic).');
    expect((await as('viewer', 'GET', '/api/changes')).body.changes.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await as('viewer', 'POST', `/api/changes/${id}/revert`, { comment: 'no' })).status).toBe(403);
  });

  it("applies a reviewer's own edit at once, and lets a reviewer reject a proposal with a comment", async () => {
    const own = await as('reviewer1', 'POST', '/api/edits', wording(1, 'Reviewer wording (synthetic).'));
    expect([own.status, own.body.change.status]).toEqual([201, 'applied']);
    const proposed = await as('editor', 'POST', '/api/edits', wording(2, 'Another editor wording (synthetic).'));
    const rejected = await as('reviewer1', 'POST', `/api/proposals/${proposed.body.change.id}/reject`, { comment: 'The report does not say so (synthetic)' });
    expect(rejected.body.change).toMatchObject({ status: 'rejected', review: { comment: 'The report does not say so (synthetic)' } });
    expect((await as('editor', 'GET', '/api/proposals')).body.proposals).toEqual([]);
  });

  it("shows a guest nothing of the trail outside its link's datasets, and no proposals", async () => {
    const feedAll = await as('viewer', 'GET', '/api/changes');
    const id = feedAll.body.changes[0].id as string;
    expect((await as('guest', 'GET', '/api/changes')).body.changes).toEqual([]);
    expect((await as('guest', 'GET', `/api/changes/${id}`)).status).toBe(404);
    expect((await as('guest', 'GET', '/api/elements/team-compound-beta/history')).body.changes).toEqual([]);
    expect((await as('guest', 'GET', '/api/changes/export?format=jsonl')).body).toBeNull(); // nothing, not even one line
    expect((await as('guest', 'GET', '/api/proposals')).status).toBe(403);
    expect((await as('guest', 'POST', '/api/edits', wording(2, 'Guest wording (synthetic).'))).status).toBe(403);
  });
});
