// The access table, enforced: every /api request is looked up in ACCESS_TABLE before any handler runs.
// - in the table: the actor's role must allow the row's capability (401 for nobody signed in, 403 naming the role);
// - not in the table but served by a router: 403 (deny by default, so a route added without a row stays shut);
// - served by nothing: left to the API's 404, which says there is nothing at that address.
import type { RequestHandler, Router } from 'express';
import { actorCan, CAPABILITY_ROLE, type Capability } from '../contract/accounts.ts';
import { ForbiddenError, UnauthenticatedError } from '../http/errors.ts';
import { actorOf } from './actor.ts';
import { pathMatcher, servedRoutes, type PathMatcher } from './served-routes.ts';
import { ACCESS_TABLE, type AccessRow } from './table.ts';

interface CompiledRow extends AccessRow { matches: PathMatcher }

export interface AccessMatch { row: AccessRow; params: Record<string, string> }

const COMPILED: CompiledRow[] = ACCESS_TABLE.map((row) => ({ ...row, matches: pathMatcher(row.path) }));

/** The table row for a request (HEAD is looked up as GET, as Express serves it), with the path's params. */
export function accessRowFor(method: string, path: string): AccessMatch | undefined {
  const m = method === 'HEAD' ? 'GET' : method;
  for (const row of COMPILED) {
    if (row.method !== m) continue;
    const params = row.matches(path);
    if (params) return { row, params };
  }
  return undefined;
}

const WHAT: Record<Capability, string> = {
  public: 'this',
  read: 'reading the graph',
  cypher: 'running your own Cypher',
  saveQuery: 'saving queries and tours',
  propose: 'proposing changes to the evidence',
  review: 'reviewing changes',
  admin: 'managing accounts, guest links and datasets',
};

export function enforceAccess(api: Router): RequestHandler {
  // Read lazily: the routers are all mounted by the time the first request arrives.
  let served: { method: string; matches: PathMatcher }[] | undefined;
  const isServed = (method: string, path: string) => {
    served ??= servedRoutes(api).map((r) => ({ method: r.method, matches: pathMatcher(r.path) }));
    const m = method === 'HEAD' ? 'GET' : method;
    return served.some((r) => r.method === m && r.matches(path) !== undefined);
  };
  return (req, _res, next) => {
    const found = accessRowFor(req.method, req.path);
    if (!found) {
      if (isServed(req.method, req.path)) return next(new ForbiddenError(`${req.method} /api${req.path} is not in the access table, so it is refused to everyone. Its developer adds a row to server/access/table.ts.`));
      return next();
    }
    const actor = actorOf(req);
    const needs = found.row.needs;
    if (actorCan(actor, needs)) return next();
    if (!actor) return next(new UnauthenticatedError(`Sign in first: ${WHAT[needs]} needs an account`));
    if (actor.kind === 'guest') return next(new ForbiddenError(`A guest link can only read the graph, not ${WHAT[needs]}. Sign in with an account for more`, CAPABILITY_ROLE[needs] ?? undefined));
    const needed = CAPABILITY_ROLE[needs]!;
    next(new ForbiddenError(`Your role, ${actor.role}, does not allow ${WHAT[needs]}: that needs the role ${needed} or above. An admin can change your role`, needed));
  };
}
