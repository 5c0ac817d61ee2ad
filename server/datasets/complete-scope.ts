// Reads see complete datasets only. Every read takes its scope from `datasets` (a query string, or a JSON array in a
// saved-query run); this check goes with them and refuses (409, naming it) a dataset whose import or rollback has not
// finished, so half an import is never searched, expanded, walked or counted. The curated graph is seeded in one
// transaction and never has an import run, so the default scope needs no look-up.
import type { RequestHandler } from 'express';
import { CURATED_DATASET, DatasetScope, DatasetScopeParam } from '../contract/scope.ts';
import { readQuery, type Db } from '../db/run.ts';
import { underReadGuard, type ReadGuard } from '../db/read-guard.ts';
import { ConflictError } from '../http/errors.ts';

const WORDS: Record<string, string> = {
  running: 'its import has not finished (it is running, or stopped part-way)',
  failed: 'its import stopped part-way',
  'rolling-back': 'its removal has not finished',
};

/** A ConflictError naming every dataset of the rows of cypher/datasets-incomplete.cypher, if any. */
function refuseIncompleteRows(rows: Record<string, unknown>[]): void {
  if (rows.length === 0) return;
  const named = rows.map((r) => `'${r.dataset as string}' (${WORDS[r.status as string] ?? `its import is ${r.status as string}`})`);
  throw new ConflictError(
    `Dataset${rows.length === 1 ? '' : 's'} ${named.join(', ')} ${rows.length === 1 ? 'is' : 'are'} not complete, so nothing of ${rows.length === 1 ? 'it' : 'them'} can be read yet. `
    + 'Resume or delete it under Classroom → Your data (or run the same import or --rollback again), then choose it.',
    'datasets');
}

const onlyCurated = (datasets: readonly string[]) => datasets.every((d) => d === CURATED_DATASET);

/** Throws a ConflictError naming every dataset of `datasets` that is not complete (for calls outside a request's scope). */
export async function refuseIncomplete(db: Db, datasets: readonly string[]): Promise<void> {
  if (onlyCurated(datasets)) return;
  refuseIncompleteRows(await readQuery(db, 'datasets-incomplete', { datasets: [...datasets] }));
}

/** The scope a request names, when it names a well-formed one; a malformed one is left to the route's own validation. */
function scopeOf(query: unknown, body: unknown): string[] | undefined {
  const fromQuery = (query as Record<string, unknown> | undefined)?.datasets;
  if (typeof fromQuery === 'string') {
    const parsed = DatasetScopeParam.safeParse(fromQuery);
    return parsed.success ? parsed.data : undefined;
  }
  const fromBody = (body as Record<string, unknown> | null | undefined)?.datasets;
  if (Array.isArray(fromBody)) {
    const parsed = DatasetScope.safeParse(fromBody);
    return parsed.success ? parsed.data : undefined;
  }
  return undefined;
}

/**
 * The request's scope check travels with its first database call (server/db/read-guard.ts): in the same transaction
 * as the first read, or on its own before a write, so it costs no round trip of its own.
 */
export function completeScope(): RequestHandler {
  return (req, _res, next) => {
    const datasets = scopeOf(req.query, req.body);
    if (!datasets || onlyCurated(datasets)) return next();
    underReadGuard(scopeGuard(datasets), next);
  };
}

/** The check as a request guard: the named query and what its rows must say. */
export function scopeGuard(datasets: readonly string[]): ReadGuard {
  return { query: 'datasets-incomplete', params: { datasets: [...datasets] }, check: refuseIncompleteRows };
}
