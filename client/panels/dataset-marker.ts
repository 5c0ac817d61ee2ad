// How a node from outside the curated graph shows where it came from: the same words in search rows, on the
// canvas, in the side panel and in the chooser, so an upload's "Hun Manet" never passes for the curated one.
import { datasetKind } from '@contract/datasets.ts';
import { isOutsideCurated } from '@contract/scope.ts';
import { h } from './dom.ts';
import './datasets.css';

const IMPORT = 'import-';

/** Short words for a dataset: "upload class-one", "synthetic set synthetic-100000", "curated graph". */
export function datasetWords(dataset: string): string {
  switch (datasetKind(dataset)) {
    case 'curated': return 'curated graph';
    case 'import': return `upload ${dataset.slice(IMPORT.length)}`;
    case 'synthetic': return `synthetic set ${dataset}`;
    default: return `dataset ${dataset}`;
  }
}

/** The canvas label's extra line, e.g. "[upload class-one]"; null for the curated graph, which needs no marker. */
export function datasetSuffix(dataset: string): string | null {
  return isOutsideCurated(dataset) ? `[${datasetWords(dataset)}]` : null;
}

/** A small badge naming the dataset, or null for curated nodes. */
export function datasetBadge(dataset: string): HTMLElement | null {
  if (!isOutsideCurated(dataset)) return null;
  return h('span', {
    class: `dataset-badge dataset-${datasetKind(dataset)}`, 'data-testid': 'dataset-badge', 'data-dataset': dataset,
    title: `From the dataset ${dataset}, not the curated graph`,
  }, datasetWords(dataset));
}
