// A whole scope as one view: GET /api/datasets/view sends its elements, GET /api/datasets/view/groups counts them in
// groups in the database. The counts add up to the elements (members = nodes; links between groups + links inside
// them = links), each meta-link counts real links by type, and a scope past the cap is refused with words that say what to do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { testDb } from '../support/db.ts';
import { getJson } from '../support/http.ts';
import { scopeView } from '../../server/datasets/scope-view.ts';
import { BadRequestError } from '../../server/http/errors.ts';
import { CURATED_DATASET } from '../../server/contract/scope.ts';
import type { ScopeGroups, ScopeView } from '../../server/contract/datasets.ts';

const db = testDb();
let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => { app = await startTestApp(); });
afterAll(async () => {
  await app?.close();
  await db.driver.close();
});

describe('GET /api/datasets/view and /view/groups', () => {
  it('sends the curated graph whole, and its groups by type and by dataset add up to it', async () => {
    const view = await getJson(app.baseUrl, '/api/datasets/view');
    const { nodes, edges } = view.body as ScopeView;
    expect(view.status).toBe(200);
    expect(nodes.length).toBeGreaterThan(20);
    expect(nodes.some((n) => n.type === 'Source')).toBe(false);
    const ids = new Set(nodes.map((n) => n.id));
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const typeOf = new Map(nodes.map((n) => [n.id, n.type as string]));

    const grouped = await getJson(app.baseUrl, '/api/datasets/view/groups?by=type');
    expect(grouped.status).toBe(200);
    const g = grouped.body as ScopeGroups;
    expect([g.nodes, g.edges, g.fetchable]).toEqual([nodes.length, edges.length, true]);
    expect(g.groups.reduce((s, x) => s + x.members, 0)).toBe(nodes.length);
    expect(g.links.reduce((s, x) => s + x.count, 0) + g.groups.reduce((s, x) => s + x.linksInside, 0)).toBe(edges.length);
    for (const group of g.groups) expect(group.members).toBe(nodes.filter((n) => n.type === group.key).length);
    // Each meta-link is the real links from one type to another, by link type.
    for (const link of g.links) {
      const real = edges.filter((e) => typeOf.get(e.source) === link.from && typeOf.get(e.target) === link.to);
      expect(link.count).toBe(real.length);
      for (const [rel, count] of Object.entries(link.types)) expect(real.filter((e) => e.type === rel).length).toBe(count);
    }
    const byDataset = await getJson(app.baseUrl, '/api/datasets/view/groups?by=dataset');
    expect((byDataset.body as ScopeGroups).groups.map((x) => [x.key, x.members])).toEqual([[CURATED_DATASET, nodes.length]]);
  });

  it('refuses a scope past the cap, saying to group or narrow it, and a bad grouping names the field', async () => {
    await expect(scopeView(db, [CURATED_DATASET], 10)).rejects.toThrow(BadRequestError);
    await expect(scopeView(db, [CURATED_DATASET], 10)).rejects.toThrow(/more than the 10 one view opens.*grouped by type or dataset/);
    const bad = await getJson(app.baseUrl, '/api/datasets/view/groups?by=colour');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/by/);
  });
});
