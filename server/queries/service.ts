// Lists, runs and saves library queries, and runs ad-hoc Cypher, all through the read-only guard.
import { SCOPE_PARAM, type QueryHeader, type QueryResult, type SavedQuery, type SchemaSummary } from '../contract/queries.ts';
import { cypherParameters } from '../contract/cypher-parameters.ts';
import { CURATED_DATASET } from '../contract/scope.ts';
import { readQuery, type Db } from '../db/run.ts';
import { DEFAULT_MAX_RESULT_BYTES, inUserSlot, runReadOnly } from '../db/user-cypher.ts';
import { DeadlineError } from '../db/deadline.ts';
import { SlotsFullError } from '../db/user-slots.ts';
import { ResultTooDeepError } from '../db/result-size.ts';
import { tableAndGraph } from '../db/result-graph.ts';
import { isUserQueryError, errorCode } from '../db/errors.ts';
import { citedSourceIds, sourcesById } from '../graph/sources.ts';
import { guardQuery } from '../guard/guard.ts';
import { ALLOWED_PROCEDURES } from '../guard/rules.ts';
import { QueryRefusedError } from '../guard/refusal.ts';
import { PassedPlans } from '../guard/passed-plans.ts';
import { BadRequestError, BusyError, NotFoundError, TimeoutError } from '../http/errors.ts';
import type { QueryLibrary } from './library.ts';
import { resolveParams } from './param-values.ts';
import { checkEntityParams } from './entity-params.ts';
import { QueryFileError } from './header.ts';

export function listQueries(library: QueryLibrary, { q, tag }: { q?: string; tag?: string }): SavedQuery[] {
  const needle = q?.toLowerCase();
  return library.list().filter((x) =>
    (!tag || x.tags.includes(tag)) &&
    (!needle || [x.id, x.title, x.description, ...x.tags].some((s) => s.toLowerCase().includes(needle))));
}

export function getQuery(library: QueryLibrary, id: string): SavedQuery {
  const query = library.get(id);
  if (!query) throw new NotFoundError(`queries.get: no saved query '${id}'`);
  return query;
}

export async function runSaved(db: Db, library: QueryLibrary, id: string, params: Record<string, string | number | boolean | null>, rowLimit: number, datasets: string[] = [CURATED_DATASET]): Promise<QueryResult> {
  const query = getQuery(library, id);
  const values = resolveParams(query, params);
  await checkEntityParams(db, query, values, datasets);
  return runCypher(db, query.cypher, withScope(query.cypher, values, datasets), rowLimit);
}

/** Queries that read $datasets get the chosen scope; others are left with exactly their declared parameters. */
function withScope<P extends Record<string, unknown>>(cypher: string, params: P, datasets: string[]): P & { datasets?: string[] } {
  return cypherParameters(cypher).has(SCOPE_PARAM) ? { ...params, [SCOPE_PARAM]: datasets } : params;
}

/** Plans the guard passed in this process: a saved query's later runs skip their EXPLAIN. */
const passedPlans = new PassedPlans();

/** Guard, run and shape in one slot of user Cypher's bounded concurrency, so it cannot starve search and the rest. */
export async function runCypher(db: Db, cypher: string, params: Record<string, unknown>, rowLimit: number): Promise<QueryResult> {
  return asUserError(inUserSlot(db, async (hold) => {
    const t0 = performance.now();
    const statement = await guardQuery(db, cypher, params, hold, passedPlans);
    const t1 = performance.now();
    const { columns, rows, truncated, truncatedBy } = await runReadOnly(db, statement, params, rowLimit, hold);
    const { table, nodes, edges } = await tableAndGraph(db, columns, rows);
    const sources = await sourcesById(db, citedSourceIds(nodes, edges));
    const message = truncatedBy === 'bytes' ? sizeCapWords(rows.length, db.userCypher?.maxResultBytes ?? DEFAULT_MAX_RESULT_BYTES) : undefined;
    return { columns, rows: table, graph: { nodes, edges, sources }, truncated, truncatedBy, message, rowLimit, timing: { guardMs: t1 - t0, runMs: performance.now() - t1 } };
  }));
}

function sizeCapWords(rows: number, maxBytes: number): string {
  return `Stopped after ${rows} row${rows === 1 ? '' : 's'}: the result reached its size limit of ${Math.round(maxBytes / 2 ** 20)} MiB. Return fewer or smaller values (a LIMIT, fewer properties, or shorter text).`;
}

/** Neo4j's own words about a bad query (syntax, missing parameter, types) help the analyst fix it. */
async function asUserError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (errorCode(err) === 'Neo.ClientError.Statement.AccessMode') throw new QueryRefusedError('it tries to write, and queries run read-only');
    if (isUserQueryError(err)) throw new BadRequestError(`cypher: ${(err as Error).message.split('\n')[0]}`, 'cypher');
    if (err instanceof DeadlineError) throw new TimeoutError(`cypher: ${err.message}`);
    if (err instanceof SlotsFullError) {
      throw new BusyError(`Too many queries are running at once (${err.running} running, ${err.waiting} waiting). Try again in ${err.retryAfterSeconds} s`, err.retryAfterSeconds);
    }
    if (err instanceof ResultTooDeepError) throw new BadRequestError(`cypher: ${err.message}; return flatter values`, 'cypher');
    throw err;
  }
}

/** A query joins the library only if the guard passes it with its default parameters. */
export async function saveQuery(db: Db, library: QueryLibrary, id: string, header: QueryHeader, cypher: string): Promise<SavedQuery> {
  if (library.get(id)) throw new BadRequestError(`id: a query '${id}' already exists; pick another id`, 'id');
  const defaults = Object.fromEntries(Object.entries(header.params).map(([k, v]) => [k, v.default ?? null]));
  await asUserError(inUserSlot(db, (hold) => guardQuery(db, cypher, withScope(cypher, defaults, [CURATED_DATASET]), hold)));
  try {
    return library.save(id, header, cypher);
  } catch (err) {
    if (err instanceof QueryFileError) throw new BadRequestError(err.problem, 'cypher');
    throw err;
  }
}

export async function schemaSummary(db: Db): Promise<SchemaSummary> {
  const [row] = await readQuery(db, 'schema-summary');
  const sorted = (v: unknown) => [...(v as string[])].sort();
  return { labels: sorted(row?.labels ?? []), relationshipTypes: sorted(row?.relationshipTypes ?? []), propertyKeys: sorted(row?.propertyKeys ?? []), procedures: [...ALLOWED_PROCEDURES].sort() };
}
