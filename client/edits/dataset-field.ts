// Which dataset a new element goes into: one of those the explorer reads now (the header's chooser).
import { currentDatasets } from '../state/dataset-scope.ts';
import { field } from './fields.ts';

export function datasetField(fixed?: string): HTMLElement {
  const options = fixed ? [fixed] : currentDatasets();
  return field({ name: 'dataset', label: 'Dataset', kind: 'select', options, value: fixed ?? options.at(-1),
    hint: fixed ? undefined : 'Only the datasets chosen in the header are offered.' });
}
