import { Router } from 'express';
import { z } from 'zod';
import { QueryId, QueryList, QueryListQuery, QueryResult, RunCypherRequest, RunSavedRequest, SavedQuery, SaveQueryRequest, SchemaSummary } from '../contract/queries.ts';
import { validate, parsed } from '../http/validate.ts';
import { respond } from '../http/respond.ts';
import type { Db } from '../db/run.ts';
import type { QueryLibrary } from './library.ts';
import { getQuery, listQueries, runCypher, runSaved, saveQuery, schemaSummary } from './service.ts';

const IdParams = z.object({ id: QueryId });

export function queryRoutes(db: Db, library: QueryLibrary): Router {
  return Router()
    .get('/queries', validate('query', QueryListQuery), (_req, res) => {
      respond(res, QueryList, { queries: listQueries(library, parsed(res, 'query', QueryListQuery)) });
    })
    .get('/queries/:id', validate('params', IdParams), (_req, res) => {
      respond(res, SavedQuery, getQuery(library, parsed(res, 'params', IdParams).id));
    })
    .post('/queries/:id/run', validate('params', IdParams), validate('body', RunSavedRequest), async (_req, res) => {
      const { params, rowLimit, datasets } = parsed(res, 'body', RunSavedRequest);
      respond(res, QueryResult, await runSaved(db, library, parsed(res, 'params', IdParams).id, params, rowLimit, datasets));
    })
    .post('/queries', validate('body', SaveQueryRequest), async (_req, res) => {
      const { id, header, cypher } = parsed(res, 'body', SaveQueryRequest);
      respond(res, SavedQuery, await saveQuery(db, library, id, header, cypher), 201);
    })
    .get('/schema', async (_req, res) => {
      respond(res, SchemaSummary, await schemaSummary(db));
    })
    .post('/cypher', validate('body', RunCypherRequest), async (_req, res) => {
      const { cypher, params, rowLimit } = parsed(res, 'body', RunCypherRequest);
      respond(res, QueryResult, await runCypher(db, cypher, params, rowLimit));
    });
}
