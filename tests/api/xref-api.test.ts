// Cross-referencing over HTTP on the real Neo4j: candidates across two synthetic datasets with why they matched,
// decisions recorded with who and when, "same" as a SAME_AS link that expansion, counts, paths and search follow
// only when asked, and "different" afterwards removing it with the history kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { addUser, call, cookieFrom, signIn, tempStore } from '../support/accounts.ts';
import { testDb } from '../support/db.ts';
import { getJson, postJson } from '../support/http.ts';
import { CandidateList, DecisionHistory, DecisionResult, RunSummary } from '../../server/contract/xref.ts';
import { Neighbourhood } from '../../server/contract/graph.ts';
import { NeighbourCounts, PathsResult } from '../../server/contract/paths.ts';
import { SearchResult } from '../../server/contract/search.ts';
import { ErrorBody } from '../../server/contract/errors.ts';
import { LEFT, RIGHT } from '../fixtures/xref/known-duplicates.ts';
import { loadKnownDuplicates, removeKnownDuplicates } from '../fixtures/xref/load.ts';

const db = testDb();
let app: Awaited<ReturnType<typeof startTestApp>>;
let set: Awaited<ReturnType<typeof loadKnownDuplicates>>;
const BOTH = `${LEFT},${RIGHT}`;
// "Олег Мельник" / "Oleg Melnyk": transliterated and misspelt.
const [A, B] = ['xa-2', 'xb-2'];

beforeAll(async () => {
  set = await loadKnownDuplicates(db);
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
  await removeKnownDuplicates(db);
  await db.driver.close();
});

const decide = (leftId: string, rightId: string, decision: string, comment?: string) =>
  postJson(app.baseUrl, '/api/xref/decisions', { leftId, rightId, decision, ...(comment ? { comment } : {}) });
const expand = async (follow: boolean) =>
  Neighbourhood.parse((await getJson(app.baseUrl, `/api/entities/${A}/neighbourhood?datasets=${BOTH}${follow ? '&followSameAs=true' : ''}`)).body);

describe('xref candidates', () => {
  it('a run compares the dataset with the others and counts the possible duplicates', async () => {
    const res = await postJson(app.baseUrl, `/api/xref/run?dataset=${LEFT}`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const run = RunSummary.parse(res.body);
    expect(run.compared.dataset).toBe(set.left.length);
    expect(run.compared.others).toBeGreaterThanOrEqual(set.right.length);
    expect(run.possibleDuplicates).toBeGreaterThanOrEqual(Math.ceil(set.truth.size * 0.9));
    expect(run.kept).toBeGreaterThanOrEqual(run.possibleDuplicates);
  });

  it('lists pairs across datasets only, each with why it matched', async () => {
    const res = await getJson(app.baseUrl, `/api/xref/candidates?dataset=${LEFT}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const list = CandidateList.parse(res.body);
    expect(list.candidates.length).toBeGreaterThan(0);
    for (const c of list.candidates) {
      expect(c.left.dataset).toBe(LEFT);
      expect(c.right.dataset).not.toBe(LEFT);
      expect(c.score).toBeGreaterThanOrEqual(list.threshold);
    }
    const pair = list.candidates.find((c) => c.left.id === A && c.right.id === B);
    expect(pair?.reasons).toContainEqual(expect.objectContaining({ field: 'name', left: 'Олег Мельник', right: 'Oleg Melnyk' }));
    // A higher threshold shows fewer pairs, never more.
    const strict = CandidateList.parse((await getJson(app.baseUrl, `/api/xref/candidates?dataset=${LEFT}&threshold=0.99`)).body);
    expect(strict.candidates.length).toBeLessThan(list.candidates.length);
  });

  it('refuses a threshold below the kept floor and an unknown dataset, naming why', async () => {
    const low = await getJson(app.baseUrl, `/api/xref/candidates?dataset=${LEFT}&threshold=0.2`);
    expect(low.status).toBe(400);
    expect(ErrorBody.parse(low.body).error.field).toBe('threshold');
    expect((await postJson(app.baseUrl, '/api/xref/run?dataset=synthetic-no-such-set', {})).status).toBe(404);
  });
});

describe('xref decisions', () => {
  it('before any decision, expansion shows no same-as link, followed or not', async () => {
    expect((await expand(true)).nodes.map((n) => n.id)).not.toContain(B);
  });

  it('"same" links the two with a recorded SAME_AS that only "follow same-as" shows', async () => {
    const res = await decide(A, B, 'same', 'same person, transliterated');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const result = DecisionResult.parse(res.body);
    expect(result).toMatchObject({ linked: true, decision: { decision: 'same', before: null, actorId: 'local', actorName: 'local', comment: 'same person, transliterated' } });

    const followed = await expand(true);
    expect(followed.nodes.map((n) => n.id)).toContain(B);
    const link = followed.edges.find((e) => e.type === 'SAME_AS');
    expect(link).toMatchObject({ status: 'reported', properties: { decisionId: result.decision.id, decidedByName: 'local', decidedAt: result.decision.at } });
    // It rests on the sources of both entities: what the decision compared.
    expect(link?.sources.sort()).toEqual([`${LEFT}-source`, `${RIGHT}-source`]);
    expect((await expand(false)).nodes.map((n) => n.id)).not.toContain(B);

    const counts = async (follow: boolean) => NeighbourCounts.parse((await getJson(app.baseUrl, `/api/entities/${A}/neighbour-counts?datasets=${BOTH}${follow ? '&followSameAs=true' : ''}`)).body);
    expect((await counts(true)).counts.map((c) => c.relType)).toContain('SAME_AS');
    expect((await counts(false)).counts.map((c) => c.relType)).not.toContain('SAME_AS');
  });

  it('paths and search follow the link only when asked', async () => {
    const paths = async (follow: boolean) => PathsResult.parse((await getJson(app.baseUrl, `/api/paths?from=${A}&to=${B}&datasets=${BOTH}${follow ? '&followSameAs=true' : ''}`)).body);
    expect((await paths(true)).paths[0]?.length).toBe(1);
    expect((await paths(false)).paths).toEqual([]);

    const search = async (follow: boolean) => SearchResult.parse((await getJson(app.baseUrl, `/api/search?q=Melnyk&datasets=${BOTH}${follow ? '&followSameAs=true' : ''}`)).body);
    const twin = (await search(true)).hits.find((h) => h.node.id === A);
    expect(twin?.sameAsOf).toMatchObject({ id: B, name: 'Oleg Melnyk', decidedByName: 'local' });
    expect((await search(false)).hits.map((h) => h.node.id)).not.toContain(A);
  });

  it('"different" after "same" removes the link and keeps the history', async () => {
    const res = await decide(B, A, 'different');
    expect(res.status).toBe(201);
    expect(DecisionResult.parse(res.body)).toMatchObject({ linked: false, decision: { decision: 'different', before: 'same' } });
    expect((await expand(true)).nodes.map((n) => n.id)).not.toContain(B);
    const history = DecisionHistory.parse((await getJson(app.baseUrl, `/api/xref/decisions?leftId=${A}&rightId=${B}`)).body);
    expect(history.decisions.map((d) => d.decision)).toEqual(['same', 'different']);
    // The list shows the current decision on the pair, and "undecided" leaves it out.
    const list = CandidateList.parse((await getJson(app.baseUrl, `/api/xref/candidates?dataset=${LEFT}`)).body);
    expect(list.candidates.find((c) => c.left.id === A && c.right.id === B)?.decision?.decision).toBe('different');
    const open = CandidateList.parse((await getJson(app.baseUrl, `/api/xref/candidates?dataset=${LEFT}&undecided=true`)).body);
    expect(open.candidates.find((c) => c.left.id === A && c.right.id === B)).toBeUndefined();
  });

  it('refuses a pair within one dataset, an unknown entity and an unknown decision, naming the field', async () => {
    const within = await decide('xa-0', 'xa-1', 'same');
    expect(within.status).toBe(400);
    expect(ErrorBody.parse(within.body).error.field).toBe('rightId');
    const unknown = await decide(A, 'no-such-entity', 'same');
    expect(unknown.status).toBe(404);
    const bad = await decide(A, B, 'merge');
    expect(bad.status).toBe(400);
    expect(ErrorBody.parse(bad.body).error.field).toBe('decision');
  });
});

describe('xref and guests', () => {
  it('a guest link sees no candidates or decisions: their other side may lie outside its datasets', async () => {
    // A real guest link, opened as a class would: an admin makes it for LEFT only.
    const { store } = tempStore();
    const guestApp = await startTestApp({ config: { AUTH: 'on' }, teamStore: store });
    try {
      await addUser(store, 'Synthetic-Teacher', 'admin');
      const admin = await signIn(guestApp.baseUrl, 'Synthetic-Teacher');
      const made = await call(guestApp.baseUrl, 'POST', '/api/guest-links', { cookie: admin, body: { label: 'Synthetic class', datasets: [LEFT], tours: [] } });
      expect(made.status).toBe(201);
      const guest = cookieFrom(await call(guestApp.baseUrl, 'GET', new URL(made.body.url).pathname), 'sg_guest')!;
      expect((await call(guestApp.baseUrl, 'GET', `/api/xref/candidates?dataset=${LEFT}`, { cookie: guest })).status).toBe(403);
      expect((await call(guestApp.baseUrl, 'GET', `/api/xref/decisions?leftId=${A}&rightId=${B}`, { cookie: guest })).status).toBe(403);
      // The admin who made the link is not refused: the 403 is the guest's.
      expect((await call(guestApp.baseUrl, 'GET', `/api/xref/candidates?dataset=${LEFT}`, { cookie: admin })).status).toBe(200);
    } finally {
      await guestApp.close();
    }
  });
});
