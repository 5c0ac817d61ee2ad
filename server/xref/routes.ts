// HTTP for cross-referencing: GET /xref/candidates, POST /xref/run, POST /xref/decisions, GET /xref/decisions.
import { Router, type Request } from 'express';
import { z } from 'zod';
import { actorOf, LOCAL_ADMIN } from '../access/actor.ts';
import { EntityId } from '../contract/graph.ts';
import { CandidateList, CandidatesQuery, DecisionHistory, DecisionRequest, DecisionResult, RunQuery, RunSummary } from '../contract/xref.ts';
import type { Db } from '../db/run.ts';
import { parsed, validate } from '../http/validate.ts';
import { respond } from '../http/respond.ts';
import { ForbiddenError } from '../http/errors.ts';
import type { TeamStore } from '../store/team-store.ts';
import { decisionHistory } from './decisions-store.ts';
import { runXref } from './run.ts';
import { decide, listCandidates } from './service.ts';

const PairQuery = z.object({ leftId: EntityId, rightId: EntityId });

/**
 * A pair's other side comes from any dataset, not only those a guest link opens, so guests (read-only, limited to
 * their link's datasets) see no candidates or decisions at all.
 */
function refuseGuests(req: Request): void {
  if (actorOf(req)?.kind === 'guest') throw new ForbiddenError('xref: a guest link does not open cross-referencing, which reads every dataset', 'analyst');
}

export function xrefRoutes(db: Db, store: TeamStore): Router {
  return Router()
    .get('/xref/candidates', validate('query', CandidatesQuery), async (req, res) => {
      refuseGuests(req);
      respond(res, CandidateList, await listCandidates(db, store, parsed(res, 'query', CandidatesQuery)));
    })
    .post('/xref/run', validate('query', RunQuery), async (_req, res) => {
      respond(res, RunSummary, await runXref(db, store, parsed(res, 'query', RunQuery).dataset));
    })
    .post('/xref/decisions', validate('body', DecisionRequest), async (req, res) => {
      // Until sign-in lands (issue 12), nobody is signed in and the local admin decides, as with every other write.
      const actor = actorOf(req) ?? LOCAL_ADMIN;
      respond(res, DecisionResult, await decide(db, store, actor, parsed(res, 'body', DecisionRequest)), 201);
    })
    .get('/xref/decisions', validate('query', PairQuery), async (req, res) => {
      refuseGuests(req);
      const { leftId, rightId } = parsed(res, 'query', PairQuery);
      respond(res, DecisionHistory, { decisions: decisionHistory(store, leftId, rightId) });
    });
}
