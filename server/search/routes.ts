import { Router } from 'express';
import { SearchQuery, SearchResult } from '../contract/search.ts';
import { validate, parsed } from '../http/validate.ts';
import { respondBuilt } from '../http/respond.ts';
import type { Db } from '../db/run.ts';
import { search } from './service.ts';

export function searchRoutes(db: Db): Router {
  return Router().get('/search', validate('query', SearchQuery), async (_req, res) => {
    respondBuilt(res, SearchResult, await search(db, parsed(res, 'query', SearchQuery)));
  });
}
