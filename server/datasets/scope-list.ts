// Every dataset the explorer can be scoped to, for the header's chooser: the curated graph first, then the rest by name.
import { datasetKind, type ScopeDatasetList } from '../contract/datasets.ts';
import { CURATED_DATASET } from '../contract/scope.ts';
import { readQuery, type Db } from '../db/run.ts';

export async function listScopeDatasets(db: Db): Promise<ScopeDatasetList> {
  const rows = await readQuery(db, 'datasets-all');
  const datasets = rows.map((r) => ({ dataset: r.dataset as string, kind: datasetKind(r.dataset as string), nodes: r.nodes as number }));
  // The default scope is listed even in an empty database, so the chooser always has its starting point.
  if (!datasets.some((d) => d.dataset === CURATED_DATASET)) datasets.push({ dataset: CURATED_DATASET, kind: 'curated', nodes: 0 });
  datasets.sort((a, b) => Number(b.kind === 'curated') - Number(a.kind === 'curated') || a.dataset.localeCompare(b.dataset));
  return { datasets, curated: CURATED_DATASET };
}
