// Fairness with same-as links: following a SAME_AS link never draws a person as party to an allegation that does not
// name them. Synthetic: "Synthetic Minister Alpha" is accused in one dataset; a namesake in another dataset, decided
// "same", is shown beside them through the link, but no allegation edge ever touches the namesake.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { testDb } from '../support/db.ts';
import { getJson, postJson } from '../support/http.ts';
import type { GraphEdge, GraphNode } from '../../server/contract/graph.ts';
import { Neighbourhood } from '../../server/contract/graph.ts';
import { PathsResult } from '../../server/contract/paths.ts';
import { nodeLabels, type NodeType } from '../../server/contract/vocabulary.ts';
import { importGraph, rollbackImport } from '../../server/import/import-graph.ts';
import type { NodeRow, RelRow } from '../../server/seed/to-rows.ts';

const db = testDb();
let app: Awaited<ReturnType<typeof startTestApp>>;
const [ACCUSED_SET, OTHER_SET] = ['synthetic-xref-fair-a', 'synthetic-xref-fair-b'];
const BOTH = `${ACCUSED_SET},${OTHER_SET}`;
const ACCUSED = 'xf-minister-alpha';
const NAMESAKE = 'xf-minister-alpha-b';
const CLAIM = 'xf-claim';

const node = (dataset: string, id: string, type: NodeType, name: string, extra: Record<string, unknown> = {}): NodeRow => ({
  id, labels: ['Entity', ...nodeLabels[type]],
  props: { id, type, name, aliases: [], description: 'Synthetic test data.', dataset, sources: [`${dataset}-src`], named: true, ...extra },
});
const source = (dataset: string): NodeRow => node(dataset, `${dataset}-src`, 'Source', `Synthetic record ${dataset}`, { kind: 'reference', reliability: 'F', publisher: 'unknown', author: 'unknown', held: true, citedBy: [] });
const rel = (type: RelRow['type'], from: string, to: string): RelRow => ({ id: `${type}:${from}:${to}`, type, from, to, props: { id: `${type}:${from}:${to}`, sources: [`${ACCUSED_SET}-src`], status: 'reported' } });

/** Who the synthetic claim names, by role: the only person–claim edges a view may draw. */
const NAMED: Record<string, string[]> = { AGAINST: [ACCUSED], MADE_BY: ['xf-observer'] };

function partyProblems(name: string, nodes: GraphNode[], edges: GraphEdge[]): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return edges.flatMap((e) => {
    const [s, t] = [byId.get(e.source), byId.get(e.target)];
    const person = [s, t].find((n) => n?.type === 'Person' || n?.type === 'Official');
    if (!person || ![s, t].some((n) => n?.type === 'Allegation')) return [];
    return (NAMED[e.type] ?? []).includes(person.id) ? [] : [`${name}: ${person.name} (${person.id}) drawn ${e.type} of the claim`];
  });
}

beforeAll(async () => {
  await importGraph(db, {
    dataset: ACCUSED_SET,
    nodes: [source(ACCUSED_SET), node(ACCUSED_SET, ACCUSED, 'Official', 'Synthetic Minister Alpha'), node(ACCUSED_SET, 'xf-observer', 'Person', 'Synthetic Observer Beta'),
      node(ACCUSED_SET, CLAIM, 'Allegation', 'Synthetic claim of collusion', { category: 'complicity_collusion', status: 'alleged', credibility: 3, isOpinion: false })],
    relationships: [rel('AGAINST', CLAIM, ACCUSED), rel('MADE_BY', CLAIM, 'xf-observer')],
  });
  await importGraph(db, { dataset: OTHER_SET, nodes: [source(OTHER_SET), node(OTHER_SET, NAMESAKE, 'Person', 'Synthetic Minister Alpha')], relationships: [] });
  app = await startTestApp();
  const res = await postJson(app.baseUrl, '/api/xref/decisions', { leftId: NAMESAKE, rightId: ACCUSED, decision: 'same' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
});
afterAll(async () => {
  await app?.close();
  await rollbackImport(db, ACCUSED_SET);
  await rollbackImport(db, OTHER_SET);
  await db.driver.close();
});

describe('same-as and fairness', () => {
  it('expanding either twin with same-as followed draws no allegation edge to the one not named', async () => {
    const problems: string[] = [];
    for (const id of [NAMESAKE, ACCUSED, CLAIM, 'xf-observer']) {
      for (const follow of [true, false]) {
        const res = await getJson(app.baseUrl, `/api/entities/${id}/neighbourhood?datasets=${BOTH}&followSameAs=${follow}`);
        expect(res.status).toBe(200);
        const n = Neighbourhood.parse(res.body);
        problems.push(...partyProblems(`expand ${id} (follow ${follow})`, [n.center, ...n.nodes], n.edges));
      }
    }
    expect(problems).toEqual([]);
    // The twin is shown beside the accused, on the same-as link alone.
    const twin = Neighbourhood.parse((await getJson(app.baseUrl, `/api/entities/${NAMESAKE}/neighbourhood?datasets=${BOTH}&followSameAs=true`)).body);
    expect(twin.edges.map((e) => e.type)).toEqual(['SAME_AS']);
  });

  it('a path through the link names the accused as accused and the twin only as the same as them', async () => {
    const res = await getJson(app.baseUrl, `/api/paths?from=${NAMESAKE}&to=${CLAIM}&datasets=${BOTH}&followSameAs=true`);
    const paths = PathsResult.parse(res.body);
    expect(paths.paths[0]?.nodeIds).toEqual([NAMESAKE, ACCUSED, CLAIM]);
    expect(partyProblems('path', paths.nodes, paths.edges)).toEqual([]);
  });

  it('collusion paths never take a same-as link, even with those linked to the accused', async () => {
    const res = await getJson(app.baseUrl, `/api/paths/collusion?datasets=${BOTH}&includeLinked=true`);
    expect(res.status).toBe(200);
    const paths = PathsResult.parse(res.body);
    expect(paths.nodes.map((n) => n.id)).not.toContain(NAMESAKE);
    expect(paths.edges.map((e) => e.type)).not.toContain('SAME_AS');
  });
});
