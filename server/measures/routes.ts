// HTTP for measures by the database: GET /measures/engine (is GDS here?), GET /measures/:measure?datasets=a,b.
import { Router } from 'express';
import { MeasureEngine, MeasureParams, MeasureQuery, MeasureResult } from '../contract/measures.ts';
import type { Db } from '../db/run.ts';
import { respond } from '../http/respond.ts';
import { parsed, validate } from '../http/validate.ts';
import { computeMeasure, measureEngine } from './service.ts';

export function measureRoutes(db: Db): Router {
  return Router()
    .get('/measures/engine', async (_req, res) => {
      respond(res, MeasureEngine, await measureEngine(db));
    })
    .get('/measures/:measure', validate('params', MeasureParams), validate('query', MeasureQuery), async (_req, res) => {
      const { measure } = parsed(res, 'params', MeasureParams);
      const { datasets } = parsed(res, 'query', MeasureQuery);
      respond(res, MeasureResult, await computeMeasure(db, measure, datasets));
    });
}
