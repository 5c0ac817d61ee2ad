// A guest link opens chosen datasets and tours, nothing else. After enforce.ts (guests may only read), this refuses
// (403, naming it) a dataset or tour outside the link, and gives a request that names no datasets the link's own, so
// the explorer opened from a guest link shows what the teacher chose.
import type { Request, RequestHandler } from 'express';
import { DatasetScope, DatasetScopeParam } from '../contract/scope.ts';
import { ForbiddenError } from '../http/errors.ts';
import { readQuery, type Db } from '../db/run.ts';
import { actorOf, type Actor } from './actor.ts';
import { accessRowFor } from './enforce.ts';

/** Reads whose query string takes `datasets` (the contract's DatasetScopeParam); others refuse unknown keys. */
const SCOPED_QUERY = new Set(['/search', '/entities/:id/neighbourhood', '/entities/:id/neighbour-counts', '/paths', '/paths/collusion',
  '/datasets/view', '/datasets/view/groups', '/measures/:measure']);
/** Reads whose JSON body takes `datasets` (saved-query runs). */
const SCOPED_BODY = new Set(['/queries/:id/run']);

function refuseOutside(actor: Actor, datasets: readonly string[]): void {
  const allowed = new Set(actor.datasets ?? []);
  const outside = datasets.filter((d) => !allowed.has(d));
  if (outside.length > 0) {
    throw new ForbiddenError(`This guest link does not open the dataset${outside.length === 1 ? '' : 's'} ${outside.map((d) => `'${d}'`).join(', ')}; it opens ${[...allowed].map((d) => `'${d}'`).join(', ')}`);
  }
}

/** Adds `datasets=<the link's>` to the query string (Express parses req.query from req.url on each read). */
function withDatasets(req: Request, datasets: readonly string[]): void {
  const [path, search = ''] = req.url.split('?', 2) as [string, string?];
  const params = new URLSearchParams(search);
  params.set('datasets', datasets.join(','));
  req.url = `${path}?${params.toString()}`;
}

/** An entity read by id (its detail, neighbours, counts) must itself lie in one of the link's datasets. */
async function refuseEntityOutside(db: Db, actor: Actor, id: string): Promise<void> {
  const rows = await readQuery(db, 'entities-in-datasets', { ids: [id] });
  const dataset = rows[0]?.dataset as string | undefined;
  if (dataset !== undefined && !(actor.datasets ?? []).includes(dataset)) {
    throw new ForbiddenError(`This guest link does not open the dataset '${dataset}', where the entity '${id}' is`);
  }
}

export const guestScope = (db: Db): RequestHandler => async (req, _res, next) => {
  const actor = actorOf(req);
  if (actor?.kind !== 'guest') return next();
  const found = accessRowFor(req.method, req.path);
  if (!found) return next();
  const { row, params } = found;
  try {
    if (row.path.startsWith('/entities/:id')) await refuseEntityOutside(db, actor, params.id!);
    const fromQuery = req.query.datasets;
    if (SCOPED_QUERY.has(row.path)) {
      if (typeof fromQuery === 'string' && fromQuery !== '') {
        const named = DatasetScopeParam.safeParse(fromQuery);
        if (named.success) refuseOutside(actor, named.data);
      } else {
        withDatasets(req, actor.datasets ?? []);
      }
    }
    if (SCOPED_BODY.has(row.path) && req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
      const body = req.body as Record<string, unknown>;
      if (body.datasets === undefined) body.datasets = [...(actor.datasets ?? [])];
      else {
        const named = DatasetScope.safeParse(body.datasets);
        if (named.success) refuseOutside(actor, named.data);
      }
    }
    if (row.path === '/datasets/:name/graph') refuseOutside(actor, [params.name!]);
    if (row.path.startsWith('/tours/:id') && !(actor.tours ?? []).includes(params.id!)) {
      throw new ForbiddenError(`This guest link does not open the tour '${params.id}'`);
    }
    next();
  } catch (err) {
    next(err);
  }
};

/** Whether a tour is listed for the request's actor (guests see only their link's tours). */
export function tourVisible(actor: Actor | undefined, tourId: string): boolean {
  return actor?.kind !== 'guest' || (actor.tours ?? []).includes(tourId);
}

/** Whether a dataset is listed for the request's actor (guests see only their link's datasets). */
export function datasetVisible(actor: Actor | undefined, dataset: string): boolean {
  return actor?.kind !== 'guest' || (actor.datasets ?? []).includes(dataset);
}
