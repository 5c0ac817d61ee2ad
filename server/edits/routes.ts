// HTTP for editing and the audit trail: POST /edits, the feed, one change, an element's history, the export, revert.
// Access is the access table's (server/access/table.ts); the services check the actor again, so no route is open by accident.
import { Router, type Request } from 'express';
import { actorOf, type Actor } from '../access/actor.ts';
import { actorCan } from '../contract/accounts.ts';
import { ChangeFeed, ChangeFeedQuery, ChangeIdParam, ChangeRecord, EditResult, ElementHistory, ExportQuery, ReviewBody } from '../contract/changes.ts';
import { ChangeSet } from '../contract/edits.ts';
import type { Db } from '../db/run.ts';
import { NotFoundError, UnauthenticatedError } from '../http/errors.ts';
import { respond } from '../http/respond.ts';
import { parsed, validate } from '../http/validate.ts';
import { exportCsv, exportJsonLines } from '../audit/export.ts';
import { reconcile } from '../audit/reconcile.ts';
import { feed, getChange } from '../audit/store.ts';
import type { TeamStore } from '../store/team-store.ts';
import { revertChange } from './revert.ts';
import { submitChange } from './service.ts';
import { warmEditQueries } from './warm-up.ts';
import { z } from 'zod';

/** The request's actor, set by server/access/authenticate.ts (the local admin when AUTH=off); none means nobody signed in. */
export function requestActor(req: Request): Actor {
  const actor = actorOf(req);
  if (!actor) throw new UnauthenticatedError('Sign in to do this');
  return actor;
}

const ElementParam = z.object({ id: z.string().min(1).max(200) });

/** A guest sees the trail of its link's datasets only; everyone else, all of it. */
const guestDatasets = (actor: Actor): readonly string[] | undefined => (actor.kind === 'guest' ? actor.datasets ?? [] : undefined);

export function editRoutes(db: Db, store: TeamStore): Router {
  const r = Router();
  // Boot: settle any change a crash left half-way between the audit store and the graph.
  reconcile(db, store).catch((err) => console.error('audit: reconciling unfinished changes failed:', err))
    .then(() => warmEditQueries(db)).catch(() => { /* optional: see warm-up.ts */ });

  r.post('/edits', validate('body', ChangeSet), async (req, res) => {
    const change = await submitChange({ db, store }, requestActor(req), parsed(res, 'body', ChangeSet));
    respond(res, EditResult, { change }, change.status === 'proposed' ? 202 : 201);
  });

  r.get('/changes', validate('query', ChangeFeedQuery), async (req, res) => {
    await reconcile(db, store);
    respond(res, ChangeFeed, feed(store, parsed(res, 'query', ChangeFeedQuery), ['applied'], guestDatasets(requestActor(req))));
  });

  r.get('/changes/export', validate('query', ExportQuery), async (req, res) => {
    await reconcile(db, store);
    const { format, ...q } = parsed(res, 'query', ExportQuery);
    const within = guestDatasets(requestActor(req));
    res.setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="scamgraph-changes.${format === 'csv' ? 'csv' : 'jsonl'}"`);
    await (format === 'csv' ? exportCsv : exportJsonLines)(store, q, res, within);
  });

  r.get('/changes/:id', validate('params', ChangeIdParam), async (req, res) => {
    await reconcile(db, store);
    const actor = requestActor(req);
    const change = getChange(store, parsed(res, 'params', ChangeIdParam).id);
    const within = guestDatasets(actor);
    // Viewers see published changes only; a proposal is shown to those who may propose, under /proposals.
    if (!change || (change.status !== 'applied' && !actorCan(actor, 'propose')) || (within && !within.includes(change.dataset))) {
      throw new NotFoundError(`changes: no change '${req.params.id}'`);
    }
    const { ops: _ops, ...record } = change;
    respond(res, ChangeRecord, record);
  });

  r.get('/elements/:id/history', validate('params', ElementParam), async (req, res) => {
    await reconcile(db, store);
    const { id } = parsed(res, 'params', ElementParam);
    const page = feed(store, { element: id, limit: 500 }, ['applied'], guestDatasets(requestActor(req)));
    respond(res, ElementHistory, { element: id, changes: page.changes });
  });

  r.post('/changes/:id/revert', validate('params', ChangeIdParam), validate('body', ReviewBody), async (req, res) => {
    const change = await revertChange({ db, store }, requestActor(req), parsed(res, 'params', ChangeIdParam).id, parsed(res, 'body', ReviewBody).comment);
    respond(res, EditResult, { change }, 201);
  });
  return r;
}
