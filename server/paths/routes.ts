import { Router } from 'express';
import { CollusionQuery, PathsQuery, PathsResult } from '../contract/paths.ts';
import { validate, parsed } from '../http/validate.ts';
import { respond, respondBuilt } from '../http/respond.ts';
import type { Db } from '../db/run.ts';
import { findPaths } from './service.ts';
import { findCollusionPaths } from './collusion.ts';

export function pathRoutes(db: Db): Router {
  return Router()
    .get('/paths', validate('query', PathsQuery), async (_req, res) => {
      respondBuilt(res, PathsResult, await findPaths(db, parsed(res, 'query', PathsQuery)));
    })
    .get('/paths/collusion', validate('query', CollusionQuery), async (_req, res) => {
      respond(res, PathsResult, await findCollusionPaths(db, parsed(res, 'query', CollusionQuery)));
    });
}
