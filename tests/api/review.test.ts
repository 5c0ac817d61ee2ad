// Four-eyes review at the service layer (real Neo4j, a real store file) with several people: editor E1, reviewers
// R1 and R2, viewer V1; and the per-dataset setting and proposal routes over HTTP.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/run.ts';
import { warmEditQueries } from '../../server/edits/warm-up.ts';
import { feed } from '../../server/audit/store.ts';
import { submitChange } from '../../server/edits/service.ts';
import { approve, listProposals, proposal, reject } from '../../server/review/service.ts';
import { reviewSetting, setReview } from '../../server/review/settings.ts';
import { ForbiddenError } from '../../server/http/errors.ts';
import { EditConflictError } from '../../server/edits/conflict.ts';
import { LOCAL_ADMIN } from '../../server/access/actor.ts';
import { openTeamStore, type TeamStore } from '../../server/store/team-store.ts';
import { graphCounts, testDb } from '../support/db.ts';
import { E1, loadTeamFixture, R1, R2, removeTeamFixture, V1 } from '../support/synthetic-team.ts';
import { newEntity, stored, TEAM } from './edits-helpers.ts';

let db: Db;
let store: TeamStore;
const deps = () => ({ db, store });
// Plans the edit queries first, as the server does at boot, so no test pays for planning them cold on a loaded machine.
beforeAll(async () => {
  db = testDb();
  await warmEditQueries(db);
}, 120_000);
beforeEach(async () => {
  await loadTeamFixture(db, TEAM);
  // A real store file per test, as the server keeps one.
  store = openTeamStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'team-store-')), 'team.sqlite'));
  setReview(store, LOCAL_ADMIN, TEAM, true);
});
afterAll(async () => {
  await removeTeamFixture(db, TEAM);
  await db.driver.close();
});

const describeCompound = (version = 0, description = 'Proposed wording (synthetic).') =>
  ({ dataset: TEAM, comment: 'Better wording (synthetic)', ops: [{ op: 'update' as const, kind: 'entity' as const, id: 'team-compound-beta', version, set: { description } }] });

describe('review on', () => {
  it("stores an editor's change as a proposal, writes nothing, and shows it to editors and reviewers but not to viewers", async () => {
    const before = await graphCounts(db);
    const p = await submitChange(deps(), E1, { dataset: TEAM, comment: 'New ministry (synthetic)', ops: [{ op: 'create', kind: 'entity', record: newEntity() }] });
    expect(p.status).toBe('proposed');
    expect(p.items[0]).toMatchObject({ op: 'create', before: null, after: { id: 'team-ministry-delta', version: 1 } });
    expect(await graphCounts(db)).toEqual(before);
    expect(listProposals(store, E1).map((c) => c.id)).toEqual([p.id]);
    expect(proposal(store, R1, p.id).items[0]!.fields.map((f) => f.field)).toContain('name');
    expect(() => listProposals(store, V1)).toThrow(ForbiddenError);
    expect(() => proposal(store, V1, p.id)).toThrow(ForbiddenError);
    expect(feed(store, { limit: 50 }).changes).toEqual([]);
  });

  it('refuses self-approval (403), then applies the proposal when another reviewer approves, recording who and when', async () => {
    const p = await submitChange(deps(), E1, describeCompound());
    // The author promoted to reviewer still cannot approve their own proposal.
    const promoted = { ...E1, role: 'reviewer' as const };
    await expect(approve(deps(), promoted, p.id, 'Looks right')).rejects.toThrow(ForbiddenError);
    await expect(approve(deps(), E1, p.id, 'Looks right')).rejects.toThrow(ForbiddenError);
    expect((await stored(db, 'team-compound-beta'))?.version).toBe(0);
    const approved = await approve(deps(), R2, p.id, 'Checked against the report (synthetic)');
    expect(approved.status).toBe('applied');
    expect(approved.actor.name).toBe(E1.name);
    expect(approved.review).toMatchObject({ by: R2.id, byName: R2.name, comment: 'Checked against the report (synthetic)' });
    expect((await stored(db, 'team-compound-beta'))?.record).toMatchObject({ description: 'Proposed wording (synthetic).' });
    expect(feed(store, { limit: 50 }).changes.map((c) => c.id)).toEqual([p.id]);
    expect(listProposals(store, E1)).toEqual([]);
  });

  it("applies a reviewer's own change directly; rejects with a comment; approving a stale proposal is a 409 and it stays open", async () => {
    const p = await submitChange(deps(), E1, describeCompound(0, 'Editor wording (synthetic).'));
    const own = await submitChange(deps(), R1, describeCompound(0, 'Reviewer wording (synthetic).'));
    expect(own.status).toBe('applied');
    await expect(approve(deps(), R2, p.id, 'ok')).rejects.toThrow(EditConflictError);
    expect(listProposals(store, R2).map((c) => c.id)).toEqual([p.id]);
    expect((await stored(db, 'team-compound-beta'))?.record).toMatchObject({ description: 'Reviewer wording (synthetic).' });
    const rejected = reject(store, R2, p.id, 'Superseded by the reviewer’s wording (synthetic)');
    expect(rejected).toMatchObject({ status: 'rejected', review: { by: R2.id } });
    expect(() => reject(store, R1, p.id, 'again')).toThrow(/decided already|proposed change/);
  });
});

describe('the review setting', () => {
  it('defaults to off with fewer than two accounts, and follows what an admin set', () => {
    const fresh = openTeamStore(':memory:');
    expect(reviewSetting(fresh, TEAM)).toEqual({ dataset: TEAM, on: false, source: 'default' });
    expect(setReview(fresh, LOCAL_ADMIN, TEAM, true)).toEqual({ dataset: TEAM, on: true, source: 'set' });
    expect(reviewSetting(fresh, 'another-dataset').on).toBe(false);
  });

  it("applies an editor's change directly when review is off", async () => {
    setReview(store, LOCAL_ADMIN, TEAM, false);
    expect((await submitChange(deps(), E1, describeCompound())).status).toBe('applied');
    await expect(submitChange(deps(), V1, describeCompound(1))).rejects.toThrow(ForbiddenError);
  });
});
