// HTTP for imported networks: GET /datasets, GET /datasets/all (every dataset, for the scope chooser), GET /datasets/view
// and /datasets/view/groups (a whole scope as one view, or counted in groups), POST /datasets, GET /datasets/:name/graph, DELETE /datasets/:name.
import { Router } from 'express';
import { actorOf } from '../access/actor.ts';
import { datasetVisible } from '../access/guest-scope.ts';
import { DatasetGraph, DatasetList, DatasetParams, DatasetSummary, ScopeDatasetList, ScopeGroups, ScopeGroupsQuery, ScopeView, ScopeViewQuery } from '../contract/datasets.ts';
import type { Db } from '../db/run.ts';
import { parsed, validate } from '../http/validate.ts';
import { respond } from '../http/respond.ts';
import { datasetGraph, deleteDataset, importDataset, listDatasets } from './service.ts';
import { checkUpload } from './upload-check.ts';
import { listScopeDatasets } from './scope-list.ts';
import { scopeGroups, scopeView } from './scope-view.ts';
import type { AfterImport } from '../xref/after-import.ts';

/** `afterImport`: cross-referencing's count of possible duplicates, put in the import's summary. */
export function datasetRoutes(db: Db, afterImport?: AfterImport): Router {
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
    // The scope's own datasets (?datasets=a,b), as the explorer's search and expand read them; guests get their link's.
    .get('/datasets/view', validate('query', ScopeViewQuery), async (_req, res) => {
      respond(res, ScopeView, await scopeView(db, parsed(res, 'query', ScopeViewQuery).datasets));
    })
    .get('/datasets/view/groups', validate('query', ScopeGroupsQuery), async (_req, res) => {
      const q = parsed(res, 'query', ScopeGroupsQuery);
      respond(res, ScopeGroups, await scopeGroups(db, q.datasets, q.by));
    })
    // Not validate(): an upload's errors are told by file, row and column, which checkUpload knows how to say.
    .post('/datasets', async (req, res) => {
      const summary = await importDataset(db, checkUpload(req.body));
      const possibleDuplicates = await afterImport?.(summary.dataset);
      respond(res, DatasetSummary, { ...summary, ...(possibleDuplicates === undefined ? {} : { possibleDuplicates }) }, 201);
    })
    .get('/datasets/:name/graph', validate('params', DatasetParams), async (_req, res) => {
      respond(res, DatasetGraph, await datasetGraph(db, parsed(res, 'params', DatasetParams).name));
    })
    .delete('/datasets/:name', validate('params', DatasetParams), async (_req, res) => {
      await deleteDataset(db, parsed(res, 'params', DatasetParams).name);
      res.status(204).end();
    });
}
