import { Router } from 'express';
import { z } from 'zod';
import { EntityDetail, EntityId, NeighbourCountsQuery, Neighbourhood, NeighbourhoodQuery } from '../contract/graph.ts';
import { validate, parsed } from '../http/validate.ts';
import { respond, respondBuilt } from '../http/respond.ts';
import type { Db } from '../db/run.ts';
import { getEntity, getNeighbourCounts, getNeighbourhood } from './service.ts';
import { NeighbourCounts } from '../contract/paths.ts';

const IdParams = z.object({ id: EntityId });

export function graphRoutes(db: Db): Router {
  return Router()
    .get('/entities/:id', validate('params', IdParams), async (_req, res) => {
      respond(res, EntityDetail, await getEntity(db, parsed(res, 'params', IdParams).id));
    })
    .get('/entities/:id/neighbour-counts', validate('params', IdParams), validate('query', NeighbourCountsQuery), async (_req, res) => {
      const { id } = parsed(res, 'params', IdParams);
      const q = parsed(res, 'query', NeighbourCountsQuery);
      respond(res, NeighbourCounts, await getNeighbourCounts(db, id, q.datasets, q.followSameAs));
    })
    .get('/entities/:id/neighbourhood', validate('params', IdParams), validate('query', NeighbourhoodQuery), async (_req, res) => {
      const { id } = parsed(res, 'params', IdParams);
      respondBuilt(res, Neighbourhood, await getNeighbourhood(db, id, parsed(res, 'query', NeighbourhoodQuery)));
    });
}
