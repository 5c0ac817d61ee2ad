// HTTP for tours: GET /tours, GET /tours/:id, GET /tours/:id/steps/:index/graph, POST /tours.
import { Router } from 'express';
import { z } from 'zod';
import { StepGraph, StepParams, Tour, TourDetail, TourId, TourList } from '../contract/tours.ts';
import type { Db } from '../db/run.ts';
import { parsed, validate } from '../http/validate.ts';
import { respond } from '../http/respond.ts';
import type { QueryLibrary } from '../queries/library.ts';
import { DEFAULT_SAVED_TOURS_DIR, TourLibrary } from './library.ts';
import { getTour, listTours, saveTour, stepGraph } from './service.ts';
import { actorOf } from '../access/actor.ts';
import { tourVisible } from '../access/guest-scope.ts';

const IdParams = z.object({ id: TourId });

export interface TourRouteOptions {
  /** Where teachers' tours are written; defaults to ./saved-tours. */
  dir?: string;
  /** Shipped tours, for tests; defaults to seed/tours. */
  shippedDir?: string;
}

/** Loads every tour now, so a broken tour file stops the server at boot with a message naming file, step and field. */
export function tourRoutes(db: Db, queries: QueryLibrary, { dir = DEFAULT_SAVED_TOURS_DIR, shippedDir }: TourRouteOptions = {}): Router {
  const library = new TourLibrary(queries, dir, shippedDir);
  return Router()
    .get('/tours', (req, res) => {
      // A guest sees only the tours of its link (server/access/guest-scope.ts refuses the others).
      respond(res, TourList, { tours: listTours(library).filter((t) => tourVisible(actorOf(req), t.id)) });
    })
    .get('/tours/:id', validate('params', IdParams), async (_req, res) => {
      respond(res, TourDetail, await getTour(db, library, parsed(res, 'params', IdParams).id));
    })
    .get('/tours/:id/steps/:index/graph', validate('params', StepParams), async (_req, res) => {
      const { id, index } = parsed(res, 'params', StepParams);
      respond(res, StepGraph, await stepGraph(db, queries, library, id, index));
    })
    .post('/tours', validate('body', Tour), async (_req, res) => {
      respond(res, TourDetail, await saveTour(db, queries, library, parsed(res, 'body', Tour)), 201);
    });
}
