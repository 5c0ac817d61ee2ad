// The fairness walk: every view the tool generates on the seed graph — each node's expansion, paths between
// people and compounds or public bodies, collusion paths with and without linked parties, every saved query
// with its defaults, every tour step — and in none of them is a Person or Official drawn as a party to an
// allegation that does not name them (per the seed files), nor on a collusion view unless labelled as not accused.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { getJson, postJson } from '../support/http.ts';
import type { GraphEdge, GraphNode } from '../../server/contract/graph.ts';
import { Neighbourhood } from '../../server/contract/graph.ts';
import { PathsResult } from '../../server/contract/paths.ts';
import { QueryList, QueryResult } from '../../server/contract/queries.ts';
import { StepGraph, TourDetail, TourList } from '../../server/contract/tours.ts';
import { CURATED_SEED } from '../../server/seed/load.ts';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => { app = await startTestApp(); });
afterAll(async () => { await app?.close(); });

const seed = <T>(file: string): T => JSON.parse(readFileSync(path.join(CURATED_SEED, file), 'utf8')) as T;
interface SeedAllegation { id: string; category: string; madeBy: string[]; against: string[]; concerns: string[] }
const allegations = seed<SeedAllegation[]>('allegations.json');
const entities = seed<Array<{ id: string; type: string }>>('nodes.json');
const sources = seed<Array<{ id: string }>>('sources.json');

/** Who each allegation names, in which role: the only Person–Allegation edges a view may draw. */
const ROLE: Record<string, keyof Pick<SeedAllegation, 'madeBy' | 'against' | 'concerns'>> = { MADE_BY: 'madeBy', AGAINST: 'against', CONCERNS: 'concerns' };
const byId = new Map(allegations.map((a) => [a.id, a]));
const names = (allegationId: string, personId: string): boolean => {
  const a = byId.get(allegationId);
  return a !== undefined && [...a.madeBy, ...a.against, ...a.concerns].includes(personId);
};
const isPerson = (n: GraphNode | undefined): boolean => n?.type === 'Person' || n?.type === 'Official';

interface View {
  name: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Collusion views: the allegations each drawn person may be named by, and who is labelled as not accused. */
  collusion?: { allegationIds: string[]; labelled: Map<string, string> };
}

/** Every Person–Allegation edge must be one the seed records, in that role. */
function partyProblems(view: View): string[] {
  const node = new Map(view.nodes.map((n) => [n.id, n]));
  const problems: string[] = [];
  for (const e of view.edges) {
    const [s, t] = [node.get(e.source), node.get(e.target)];
    const claim = s?.type === 'Allegation' ? s : t?.type === 'Allegation' ? t : undefined;
    const person = isPerson(s) ? s : isPerson(t) ? t : undefined;
    if (!claim || !person) continue;
    const role = ROLE[e.type];
    if (!role || !(byId.get(claim.id)?.[role] ?? []).includes(person.id)) problems.push(`${view.name}: ${person.name} drawn ${e.type} of ${claim.id}, which does not name them so`);
  }
  return problems;
}

/** On a collusion view, every person drawn is named by one of its allegations, or labelled "not accused; …". */
function collusionProblems(view: View): string[] {
  if (!view.collusion) return [];
  const { allegationIds, labelled } = view.collusion;
  return view.nodes.filter(isPerson)
    .filter((p) => !allegationIds.some((a) => names(a, p.id)) && !/^not accused; \S/.test(labelled.get(p.id) ?? ''))
    .map((p) => `${view.name}: ${p.name} is drawn on a collusion view, though no allegation on it names them and nothing labels them as not accused`);
}

const json = async (url: string): Promise<unknown> => {
  const r = await getJson(app.baseUrl, url);
  expect(r.status, `${url}: ${JSON.stringify(r.body)}`).toBe(200);
  return r.body;
};

async function expansions(): Promise<View[]> {
  const ids = [...entities.map((e) => e.id), ...allegations.map((a) => a.id), ...sources.map((s) => s.id)];
  // One at a time: fifty expansions at once on a loaded 2-core machine can outlast the per-request query timeout.
  const views: View[] = [];
  for (const id of ids) {
    const n = Neighbourhood.parse(await json(`/api/entities/${id}/neighbourhood?limit=500`));
    views.push({ name: `expand ${id}`, nodes: [n.center, ...n.nodes], edges: n.edges });
  }
  return views;
}

async function pathViews(): Promise<View[]> {
  const people = entities.filter((e) => e.type === 'Person' || e.type === 'Official');
  const targets = entities.filter((e) => e.type === 'Compound' || e.type === 'PublicBody');
  const views: View[] = [];
  for (const p of people) {
    for (const t of targets) {
      const r = await getJson(app.baseUrl, `/api/paths?from=${p.id}&to=${t.id}&k=5`);
      if (r.status === 404) continue;
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const found = PathsResult.parse(r.body);
      views.push({ name: `paths ${p.id} → ${t.id}`, nodes: found.nodes, edges: found.edges });
    }
  }
  return views;
}

const collusionView = (name: string, r: PathsResult): View => ({
  name, nodes: r.nodes, edges: r.edges,
  collusion: { allegationIds: r.paths.map((p) => p.allegationId ?? ''), labelled: new Map(r.linked.map((l) => [l.nodeId, l.words])) },
});

async function collusionViews(): Promise<View[]> {
  return [
    collusionView('collusion paths', PathsResult.parse(await json('/api/paths/collusion'))),
    collusionView('collusion paths with linked', PathsResult.parse(await json('/api/paths/collusion?includeLinked=true'))),
  ];
}

/** A saved query about collusion labels its linked parties in its rows (a role column naming them). */
function queryView(name: string, tags: string[], r: QueryResult): View {
  const view: View = { name, nodes: r.graph.nodes, edges: r.graph.edges };
  if (!tags.includes('collusion')) return view;
  const col = (c: string) => r.columns.indexOf(c);
  const byName = new Map(r.graph.nodes.map((n) => [n.name, n.id]));
  const labelled = new Map<string, string>();
  if (col('party') >= 0 && col('role') >= 0) {
    for (const row of r.rows) {
      const id = byName.get(String(row[col('party')]));
      if (id) labelled.set(id, String(row[col('role')]));
    }
  }
  const allegationIds = r.graph.nodes.filter((n) => n.type === 'Allegation' && n.category === 'complicity_collusion').map((n) => n.id);
  return { ...view, collusion: { allegationIds, labelled } };
}

async function savedQueryViews(): Promise<View[]> {
  const { queries } = QueryList.parse(await json('/api/queries'));
  const views: View[] = [];
  for (const q of queries) {
    const r = await postJson(app.baseUrl, `/api/queries/${q.id}/run`, {});
    expect(r.status, `${q.id}: ${JSON.stringify(r.body)}`).toBe(200);
    views.push(queryView(`saved query ${q.id}`, q.tags, QueryResult.parse(r.body)));
  }
  // Every boolean option of a collusion query switched on, too: linked parties must come with their role in words.
  for (const q of queries.filter((x) => x.tags.includes('collusion'))) {
    const on = Object.fromEntries(Object.entries(q.params).filter(([, p]) => p.type === 'boolean').map(([k]) => [k, true]));
    if (Object.keys(on).length === 0) continue;
    const r = await postJson(app.baseUrl, `/api/queries/${q.id}/run`, { params: on });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    views.push(queryView(`saved query ${q.id} (${Object.keys(on).join(', ')})`, q.tags, QueryResult.parse(r.body)));
  }
  return views;
}

async function tourViews(): Promise<View[]> {
  const { tours } = TourList.parse(await json('/api/tours'));
  const views: View[] = [];
  for (const t of tours) {
    const tour = TourDetail.parse(await json(`/api/tours/${t.id}`));
    for (let i = 0; i < tour.steps.length; i++) {
      const g = StepGraph.parse(await json(`/api/tours/${t.id}/steps/${i}/graph`));
      views.push({ name: `tour ${t.id} step ${i + 1}`, nodes: g.nodes, edges: g.edges });
    }
  }
  return views;
}

describe('the fairness walk over every view generated on the seed', () => {
  it.each([
    ['every expansion', expansions],
    ['paths from every person to every compound and public body', pathViews],
    ['collusion paths, with and without linked parties', collusionViews],
    ['every saved query with its defaults', savedQueryViews],
    ['every tour step', tourViews],
  ])('%s: no person drawn as a party to an allegation that does not name them', async (_what, walk) => {
    const views = await walk();
    expect(views.length).toBeGreaterThan(0);
    expect(views.some((v) => v.nodes.some(isPerson)), 'the walk meets people at all').toBe(true);
    expect(views.flatMap((v) => [...partyProblems(v), ...collusionProblems(v)])).toEqual([]);
  }, 120_000);

  it('labels Hun Manet in words where a collusion view shows him at all', async () => {
    const r = PathsResult.parse(await json('/api/paths/collusion?includeLinked=true'));
    expect(r.nodes.some((n) => n.id === 'off-hun-manet')).toBe(true);
    expect(r.linked.find((l) => l.nodeId === 'off-hun-manet')?.words).toBe('not accused; leads the accused body');
  });
});
