// Every shipped query returns what its title and description promise, and stays inside the chosen datasets.
// The rule: a promise word in the title or description needs a column of the matching name, filled in every row.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDb } from '../support/db.ts';
import { QueryLibrary } from '../../server/queries/library.ts';
import { runSaved } from '../../server/queries/service.ts';
import { cypherParameters } from '../../server/contract/cypher-parameters.ts';
import type { QueryResult, SavedQuery } from '../../server/contract/queries.ts';

const db = testDb();
afterAll(async () => { await db.driver.close(); });
const library = new QueryLibrary(null);

/** What a reader expects to find when a header uses these words, and the columns that keep the promise. */
const PROMISES = [
  { fact: 'status', words: /\bstatus(es)?\b/i, columns: /^status$|Statuses$/ },
  { fact: 'grade', words: /\bgrad(e|es|ing)\b|\bcredibility\b/i, columns: /^(credibility|reliability)$/ },
  { fact: 'reliability', words: /\breliability\b/i, columns: /^reliability$/ },
  { fact: 'citations', words: /\bcitations?\b|\bis cited\b/i, columns: /^(source|sources|citedIn|citedOnlySource)$/ },
];

const filled = (v: unknown): boolean => v !== null && v !== undefined && (!Array.isArray(v) || v.every(filled));

/** The promises a result breaks: a promised fact with no column, or a column left empty in some row. */
function brokenPromises(query: Pick<SavedQuery, 'title' | 'description'>, result: QueryResult): string[] {
  const text = `${query.title}. ${query.description}`;
  return PROMISES.filter((p) => p.words.test(text)).flatMap((p) => {
    const at = result.columns.flatMap((c, i) => (p.columns.test(c) ? [i] : []));
    if (at.length === 0) return [`${p.fact}: no column`];
    const empty = result.rows.findIndex((row) => !at.some((i) => filled(row[i])));
    return empty >= 0 ? [`${p.fact}: empty in row ${empty + 1}`] : [];
  });
}

describe('what the shipped queries promise', () => {
  it.each(library.list().map((q) => [q.id, q] as const))('%s returns its declared columns and every fact its header promises', async (_id, query) => {
    const result = await runSaved(db, library, query.id, {}, 1000);
    expect(result.columns).toEqual(query.columns);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(brokenPromises(query, result)).toEqual([]);
  });

  it('catches a query that promises status and grade and returns neither (allegations-against-entity before issue 10)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'old-queries-'));
    writeFileSync(path.join(dir, 'old-allegations-against-entity.cypher'), [
      '// ---',
      '// title: Allegations against an entity, with their citations',
      '// description: What is alleged against one entity, by whom, at what status and grade, and where each allegation is cited.',
      '// result: graph',
      '// columns: [allegation, against, accused, madeBy, claimant, citedIn, source]',
      '// params:',
      '//   entity: { type: string, default: pb-government-cambodia }',
      '// ---',
      'MATCH (a:Allegation)-[against:AGAINST]->(accused:Entity {id: $entity})',
      'MATCH (a)-[madeBy:MADE_BY]->(claimant)',
      'MATCH (a)-[citedIn:CITED_IN]->(source:Source)',
      'RETURN a AS allegation, against, accused, madeBy, claimant, citedIn, source',
    ].join('\n'));
    const old = new QueryLibrary(null, dir);
    const query = old.get('old-allegations-against-entity')!;
    const result = await runSaved(db, old, query.id, {}, 1000);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(brokenPromises(query, result)).toEqual(['status: no column', 'grade: no column']);
  });

  it('catches a promised column left empty', () => {
    const result = { columns: ['allegation', 'status'], rows: [['a', 'alleged'], ['b', null]] } as unknown as QueryResult;
    expect(brokenPromises({ title: 'Allegations', description: 'Each allegation with its status.' }, result)).toEqual(['status: empty in row 2']);
  });
});

describe('the shipped queries and the dataset choice', () => {
  // collusion-paths is scoped by its own `dataset` parameter, and its file belongs to the collusion work of issue 10.
  const scoped = library.list().filter((q) => q.id !== 'collusion-paths');

  it.each(scoped.map((q) => [q.id, q] as const))('%s reads $datasets', (_id, query) => {
    expect(cypherParameters(query.cypher).has('datasets')).toBe(true);
  });

  it.each(scoped.map((q) => [q.id, q] as const))('%s returns nothing when the datasets chosen hold nothing', async (_id, query) => {
    const result = await runSaved(db, library, query.id, {}, 1000, ['no-such-dataset']).catch((err: Error) => err);
    // Queries naming an entity refuse outright; the others find no rows.
    if (result instanceof Error) expect(result.message).toMatch(/No entity with id .* in the chosen datasets \(no-such-dataset\)/);
    else expect(result.rows).toEqual([]);
  });
});
