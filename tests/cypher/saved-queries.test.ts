// Every shipped query runs on the seed graph with its default parameters and returns the shape its header declares.
import { afterAll, describe, expect, it } from 'vitest';
import { testDb } from '../support/db.ts';
import { QueryLibrary } from '../../server/queries/library.ts';
import { runSaved } from '../../server/queries/service.ts';
import { readQuery } from '../../server/db/run.ts';

const db = testDb();
afterAll(async () => { await db.driver.close(); });
const library = new QueryLibrary(null);

describe('the shipped query library', () => {
  it('has at least 12 queries', () => {
    expect(library.list().length).toBeGreaterThanOrEqual(12);
  });

  it.each(library.list().map((q) => [q.id, q] as const))('%s runs on the seed and returns its declared shape', async (_id, query) => {
    const result = await runSaved(db, library, query.id, {}, 1000);
    expect(result.columns).toEqual(query.columns);
    expect(result.rows.length, 'rows with the default parameters').toBeGreaterThan(0);
    expect(result.truncated).toBe(false);
    if (query.result === 'graph') {
      expect(result.graph.nodes.length).toBeGreaterThan(0);
      for (const e of result.graph.edges) {
        expect(result.graph.nodes.some((n) => n.id === e.source), `${e.id} has its source node`).toBe(true);
        expect(result.graph.nodes.some((n) => n.id === e.target), `${e.id} has its target node`).toBe(true);
        for (const s of e.sources) expect(result.graph.sources[s], `${e.id} cites ${s}`).toBeDefined();
      }
    }
  });

  it('follows the collusion allegations from the government they accuse, leaving out Hun Manet, whom none names', async () => {
    const result = await runSaved(db, library, 'collusion-paths', {}, 1000);
    const ids = result.graph.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['pb-government-cambodia', 'al-gov-complicity', 'cmp-amnesty-investigated']));
    expect(ids).not.toContain('off-hun-manet');
    const against = result.graph.edges.filter((e) => e.type === 'AGAINST').map((e) => e.target);
    expect(new Set(against)).toEqual(new Set(['pb-government-cambodia']));
  });

  it('shows Hun Manet on collusion paths only when asked, with his role in words', async () => {
    const result = await runSaved(db, library, 'collusion-paths', { includeLinked: true }, 1000);
    const [party, role] = [result.columns.indexOf('party'), result.columns.indexOf('role')];
    const his = result.rows.filter((r) => r[party] === 'Hun Manet').map((r) => r[role]);
    expect(his.length).toBeGreaterThan(0);
    expect(new Set(his)).toEqual(new Set(['not accused; leads the accused body']));
  });

  it('counts the facts citing each source as the obvious per-source count does', async () => {
    const result = await runSaved(db, library, 'sources-by-reliability', { weakestReliability: 'F' }, 1000);
    const columns = result.columns;
    const counted = Object.fromEntries(result.rows.map((r) => [r[columns.indexOf('source')], r[columns.indexOf('factsCiting')]]));
    const expected = Object.fromEntries((await readQuery(db, 'test-facts-citing')).map((r) => [r.source, r.factsCiting]));
    expect(counted).toEqual(expected);
    expect(Object.values(counted).some((n) => (n as number) > 0)).toBe(true);
  });

  it('counts 85 Cambodians among the detained', async () => {
    const result = await runSaved(db, library, 'detained-by-nationality', {}, 1000);
    expect(result.rows).toContainEqual(['Cambodia cybercrime crackdown', 'Cambodia', 85, expect.any(String), ['src-crackdown-analysis']]);
  });
});
