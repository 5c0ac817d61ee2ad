// The datasets the explorer reads (?datasets=a,b in the address; the curated graph alone by default).
// Every API call that reads the graph takes its scope from here, so search, expand, paths and queries agree.
import { CURATED_DATASET, DatasetScopeParam } from '@contract/scope.ts';

const PARAM = 'datasets';
type Listener = (datasets: string[]) => void;
const listeners = new Set<Listener>();

function fromUrl(): string[] {
  const parsed = DatasetScopeParam.safeParse(new URL(window.location.href).searchParams.get(PARAM) ?? undefined);
  return parsed.success ? parsed.data : [CURATED_DATASET];
}

let current: string[] = typeof window === 'undefined' ? [CURATED_DATASET] : fromUrl();

/** The chosen datasets, in the order chosen. */
export function currentDatasets(): string[] {
  return [...current];
}

/** The scope as a query-string value, for GET requests. */
export function datasetsParam(): string {
  return current.join(',');
}

/** Changes the scope, keeps it in the address (the curated default is left out of it) and tells every listener. */
export function setDatasets(datasets: string[]): void {
  const next = datasets.length > 0 ? [...new Set(datasets)] : [CURATED_DATASET];
  if (next.join(',') === current.join(',')) return;
  current = next;
  const url = new URL(window.location.href);
  if (next.length === 1 && next[0] === CURATED_DATASET) url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, next.join(','));
  window.history.replaceState(window.history.state, '', url);
  for (const listener of listeners) listener(currentDatasets());
}

export function onDatasetsChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
