// HTTP for imported networks: GET /datasets, GET /datasets/all (every dataset, for the scope chooser), POST /datasets, GET /datasets/:name/graph, DELETE /datasets/:name.
import { Router } from 'express';
import { actorOf } from '../access/actor.ts';
import { datasetVisible } from '../access/guest-scope.ts';
import { DatasetGraph, DatasetList, DatasetParams, DatasetSummary, ScopeDatasetList } from '../contract/datasets.ts';
import type { Db } from '../db/run.ts';
import { parsed, validate } from '../http/validate.ts';
import { respond } from '../http/respond.ts';
import { datasetGraph, deleteDataset, importDataset, listDatasets } from './service.ts';
import { checkUpload } from './upload-check.ts';
import { listScopeDatasets } from './scope-list.ts';

export function datasetRoutes(db: Db): Router {
  return Router()
    // A guest sees only the datasets of its link (server/access/guest-scope.ts refuses the others).
    .get('/datasets', async (req, res) => {
      respond(res, DatasetList, { datasets: (await listDatasets(db)).filter((d) => datasetVisible(actorOf(req), d.dataset)) });
    })
    // Not only imports: the curated graph and synthetic sets too, each with its node count.
    .get('/datasets/all', async (req, res) => {
      const all = await listScopeDatasets(db);
      respond(res, ScopeDatasetList, { ...all, datasets: all.datasets.filter((d) => datasetVisible(actorOf(req), d.dataset)) });
    })
    // Not validate(): an upload's errors are told by file, row and column, which checkUpload knows how to say.
    .post('/datasets', async (req, res) => {
      respond(res, DatasetSummary, await importDataset(db, checkUpload(req.body)), 201);
    })
    .get('/datasets/:name/graph', validate('params', DatasetParams), async (_req, res) => {
      respond(res, DatasetGraph, await datasetGraph(db, parsed(res, 'params', DatasetParams).name));
    })
    .delete('/datasets/:name', validate('params', DatasetParams), async (_req, res) => {
      await deleteDataset(db, parsed(res, 'params', DatasetParams).name);
      res.status(204).end();
    });
}
