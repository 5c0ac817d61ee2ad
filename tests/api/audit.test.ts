// The audit trail: the feed and its filters, an element's history, the CSV and JSON-lines export, append-only records,
// and a crash between the audit store and the graph settled by reconciliation (a test hook stops between the steps).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_ADMIN } from '../../server/access/actor.ts';
import { ChangeFeed, ChangeRecord } from '../../server/contract/changes.ts';
import type { Db } from '../../server/db/run.ts';
import { warmEditQueries } from '../../server/edits/warm-up.ts';
import { reconcile } from '../../server/audit/reconcile.ts';
import { feed, getChange, historyOf } from '../../server/audit/store.ts';
import { StoppedByTestHook, submitChange } from '../../server/edits/service.ts';
import { openTeamStore, type TeamStore } from '../../server/store/team-store.ts';
import { startTestApp } from '../support/app.ts';
import { testDb } from '../support/db.ts';
import { getJson, postJson } from '../support/http.ts';
import { E1, loadTeamFixture, R1, R2, removeTeamFixture } from '../support/synthetic-team.ts';
import { approve } from '../../server/review/service.ts';
import { setReview } from '../../server/review/settings.ts';
import { stored, TEAM } from './edits-helpers.ts';

let db: Db;
let store: TeamStore;
// Plans the edit queries first, as the server does at boot, so no test pays for planning them cold on a loaded machine.
beforeAll(async () => {
  db = testDb();
  await warmEditQueries(db);
}, 120_000);
beforeEach(async () => {
  await loadTeamFixture(db, TEAM);
  store = openTeamStore(':memory:');
});
afterAll(async () => {
  await removeTeamFixture(db, TEAM);
  await db.driver.close();
});

const describeAs = (version: number, description: string, id = 'team-compound-beta') =>
  ({ dataset: TEAM, comment: `Wording, "quoted", with commas (synthetic) v${version}`, ops: [{ op: 'update' as const, kind: 'entity' as const, id, version, set: { description } }] });

describe('the feed and history', () => {
  it('filters by user, dataset, element and date, and pages with a cursor', async () => {
    const a = await submitChange({ db, store }, E1, describeAs(0, 'one'));
    const b = await submitChange({ db, store }, R1, describeAs(1, 'two'));
    const c = await submitChange({ db, store }, E1, describeAs(0, 'three', 'team-minister-alpha'));
    const ids = (q: Parameters<typeof feed>[1]) => feed(store, q).changes.map((x) => x.id);
    expect(ids({ limit: 50 })).toEqual([c.id, b.id, a.id]);
    expect(ids({ limit: 50, user: E1.id })).toEqual([c.id, a.id]);
    expect(ids({ limit: 50, user: R1.name })).toEqual([b.id]);
    expect(ids({ limit: 50, element: 'team-minister-alpha' })).toEqual([c.id]);
    expect(ids({ limit: 50, dataset: 'cambodia-crackdown' })).toEqual([]);
    expect(ids({ limit: 50, from: '2000-01-01', to: new Date().toISOString().slice(0, 10) })).toHaveLength(3);
    expect(ids({ limit: 50, to: '2000-01-01' })).toEqual([]);
    const first = feed(store, { limit: 2 });
    expect(first.changes.map((x) => x.id)).toEqual([c.id, b.id]);
    expect(ids({ limit: 2, cursor: first.next! })).toEqual([a.id]);
    expect(historyOf(store, ['team-compound-beta']).map((x) => x.id)).toEqual([a.id, b.id]);
    expect(b.items[0]!.fields).toEqual([{ field: 'description', before: 'one', after: 'two' }, { field: 'version', before: 1, after: 2 }]);
  });

  it('keeps published records append-only: the store itself refuses to alter or delete them', async () => {
    const a = await submitChange({ db, store }, E1, describeAs(0, 'one'));
    expect(() => store.prepare("UPDATE changes SET comment = 'rewritten' WHERE id = ?").run(a.id)).toThrow(/cannot be altered/);
    expect(() => store.prepare('DELETE FROM changes WHERE id = ?').run(a.id)).toThrow(/cannot be deleted/);
    expect(() => store.prepare("UPDATE change_items SET after = '{}' WHERE change_id = ?").run(a.id)).toThrow(/cannot be altered/);
    expect(getChange(store, a.id)?.comment).toContain('Wording');
  });
});

describe('crash between the audit store and the graph', () => {
  it("marks a change failed when the graph never committed, and applied when it did, by each element's lastChange", async () => {
    await expect(submitChange({ db, store, stopAfter: 'record' }, E1, describeAs(0, 'never committed'))).rejects.toThrow(StoppedByTestHook);
    const [lost] = feed(store, { limit: 5 }, ['applying']).changes;
    expect((await stored(db, 'team-compound-beta'))?.record).toMatchObject({ description: 'An invented compound for the editing tests; not a real place.' });
    await expect(submitChange({ db, store, stopAfter: 'graph' }, E1, describeAs(0, 'committed'))).rejects.toThrow(StoppedByTestHook);
    const landed = feed(store, { limit: 5 }, ['applying']).changes.find((c) => c.id !== lost!.id)!;
    expect((await stored(db, 'team-compound-beta'))?.lastChange).toBe(landed.id);
    expect(feed(store, { limit: 5 }).changes).toEqual([]);

    const settled = await reconcile(db, store);
    expect(settled).toEqual({ applied: [landed.id], failed: [lost!.id], proposed: [] });
    expect(getChange(store, lost!.id)?.status).toBe('failed');
    expect(feed(store, { limit: 5 }).changes.map((c) => c.id)).toEqual([landed.id]);
    expect(await reconcile(db, store)).toEqual({ applied: [], failed: [], proposed: [] });
  });

  it('sends an approval cut short before the graph committed back to proposed, and the feed route settles what it finds', async () => {
    setReview(store, LOCAL_ADMIN, TEAM, true);
    const p = await submitChange({ db, store }, E1, describeAs(0, 'proposed wording'));
    await expect(approve({ db, store, stopAfter: 'record' }, R2, p.id, 'ok')).rejects.toThrow(StoppedByTestHook);
    expect(getChange(store, p.id)?.status).toBe('applying');
    expect(await reconcile(db, store)).toEqual({ applied: [], failed: [], proposed: [p.id] });
    expect(getChange(store, p.id)).toMatchObject({ status: 'proposed', review: null });

    await expect(approve({ db, store, stopAfter: 'graph' }, R2, p.id, 'ok')).rejects.toThrow(StoppedByTestHook);
    const app = await startTestApp({ teamStore: store });
    try {
      const listed = ChangeFeed.parse((await getJson(app.baseUrl, '/api/changes')).body);
      expect(listed.changes.map((c) => [c.id, c.status, c.review?.by])).toEqual([[p.id, 'applied', R2.id]]);
    } finally {
      await app.close();
    }
  });
});

describe('over HTTP', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(async () => { await app?.close(); });

  it('lists the feed, one change and an element history, and exports CSV and JSON lines', async () => {
    const made = await postJson(app.baseUrl, '/api/edits', describeAs(0, 'over http'));
    expect(made.status).toBe(201);
    const id = made.body.change.id as string;
    const list = ChangeFeed.parse((await getJson(app.baseUrl, `/api/changes?dataset=${TEAM}&user=local&limit=10`)).body);
    expect(list.changes[0]!.id).toBe(id);
    expect(ChangeRecord.parse((await getJson(app.baseUrl, `/api/changes/${id}`)).body).actor.id).toBe(LOCAL_ADMIN.id);
    const history = await getJson(app.baseUrl, '/api/elements/team-compound-beta/history');
    expect(history.body.changes.map((c: { id: string }) => c.id)).toContain(id);
    expect((await getJson(app.baseUrl, '/api/changes?limit=0')).body.error.field).toBe('limit');
    expect((await getJson(app.baseUrl, '/api/changes?from=yesterday')).body.error.field).toBe('from');

    const csv = await fetch(`${app.baseUrl}/api/changes/export?format=csv&dataset=${TEAM}`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toBe('seq,change,at,actor,actorName,dataset,comment,status,reviewedBy,reviewedAt,reviewComment,reverts,elementKind,element,op,fields,before,after');
    const row = lines.find((l) => l.includes(id))!;
    // The comment's quotes and commas are quoted as CSV says, not split into columns.
    expect(row).toContain('"Wording, ""quoted"", with commas (synthetic) v0"');
    const jsonl = await (await fetch(`${app.baseUrl}/api/changes/export?format=jsonl&dataset=${TEAM}`)).text();
    const records = jsonl.trim().split('\n').map((l) => ChangeRecord.parse(JSON.parse(l)));
    expect(records.map((r) => r.id)).toContain(id);
  });
});
