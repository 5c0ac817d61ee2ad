// HTTP for four-eyes review: proposals (list, one, approve, reject) and the per-dataset review setting (admin).
import { Router } from 'express';
import { z } from 'zod';
import { ChangeIdParam, ChangeRecord, EditResult, ProposalList, ReviewBody, ReviewSetting, ReviewSettingBody } from '../contract/changes.ts';
import { actorCan } from '../contract/accounts.ts';
import type { Db } from '../db/run.ts';
import { ForbiddenError } from '../http/errors.ts';
import { respond } from '../http/respond.ts';
import { parsed, validate } from '../http/validate.ts';
import { requestActor } from '../edits/routes.ts';
import { checkDataset } from '../edits/service.ts';
import type { TeamStore } from '../store/team-store.ts';
import { approve, listProposals, proposal, reject } from './service.ts';
import { reviewSetting, setReview } from './settings.ts';

const DatasetParam = z.object({ name: z.string().min(1).max(200) });

export function reviewRoutes(db: Db, store: TeamStore): Router {
  const r = Router();
  r.get('/proposals', (req, res) => respond(res, ProposalList, { proposals: listProposals(store, requestActor(req)) }));
  r.get('/proposals/:id', validate('params', ChangeIdParam), (req, res) =>
    respond(res, ChangeRecord, proposal(store, requestActor(req), parsed(res, 'params', ChangeIdParam).id)));
  r.post('/proposals/:id/approve', validate('params', ChangeIdParam), validate('body', ReviewBody), async (req, res) => {
    const change = await approve({ db, store }, requestActor(req), parsed(res, 'params', ChangeIdParam).id, parsed(res, 'body', ReviewBody).comment);
    respond(res, EditResult, { change });
  });
  r.post('/proposals/:id/reject', validate('params', ChangeIdParam), validate('body', ReviewBody), (req, res) => {
    const change = reject(store, requestActor(req), parsed(res, 'params', ChangeIdParam).id, parsed(res, 'body', ReviewBody).comment);
    respond(res, EditResult, { change });
  });
  r.get('/datasets/:name/review', validate('params', DatasetParam), (_req, res) =>
    respond(res, ReviewSetting, reviewSetting(store, parsed(res, 'params', DatasetParam).name)));
  r.put('/datasets/:name/review', validate('params', DatasetParam), validate('body', ReviewSettingBody), async (req, res) => {
    const actor = requestActor(req);
    if (!actorCan(actor, 'admin')) throw new ForbiddenError('Turning review on or off needs the admin role', 'admin');
    const { name } = parsed(res, 'params', DatasetParam);
    await checkDataset(db, name);
    respond(res, ReviewSetting, setReview(store, actor, name, parsed(res, 'body', ReviewSettingBody).on));
  });
  return r;
}
