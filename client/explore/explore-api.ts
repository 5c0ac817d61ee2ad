// API calls the investigator's tools make: neighbour counts, typed slices, paths and the collusion query.
import { Neighbourhood } from '@contract/graph.ts';
import { NeighbourCounts, PathsResult } from '@contract/paths.ts';
import type { Reliability, RelType } from '@contract/vocabulary.ts';
import { request } from '../api.ts';
import { datasetsParam } from '../state/dataset-scope.ts';
import { withSameAs } from '../xref/follow-same-as.ts';
import type { Direction } from './types.ts';

export function getNeighbourCounts(id: string, signal?: AbortSignal): Promise<NeighbourCounts> {
  // Counts read the same datasets as expanding, so they promise what an expansion brings.
  const params = withSameAs(new URLSearchParams({ datasets: datasetsParam() }));
  return request(`/api/entities/${encodeURIComponent(id)}/neighbour-counts?${params}`, NeighbourCounts, signal);
}

export interface SliceQuery { relTypes?: RelType[]; direction?: Direction | 'both'; limit: number; skip: number }

export function getSlice(id: string, q: SliceQuery, signal?: AbortSignal): Promise<Neighbourhood> {
  const params = withSameAs(new URLSearchParams({ limit: String(q.limit), skip: String(q.skip), direction: q.direction ?? 'both', datasets: datasetsParam() }));
  if (q.relTypes?.length) params.set('relTypes', q.relTypes.join(','));
  return request(`/api/entities/${encodeURIComponent(id)}/neighbourhood?${params}`, Neighbourhood, signal);
}

export interface PathOptions {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  minReliability?: Reliability;
  maxCredibility: number;
  corroboratedOnly: boolean;
  throughSources: boolean;
}

export function getPaths(o: PathOptions, signal?: AbortSignal): Promise<PathsResult> {
  const params = new URLSearchParams({
    from: o.from, to: o.to, k: String(o.k), maxHops: String(o.maxHops), maxCredibility: String(o.maxCredibility),
    corroboratedOnly: String(o.corroboratedOnly), throughSources: String(o.throughSources), datasets: datasetsParam(),
  });
  if (o.minReliability) params.set('minReliability', o.minReliability);
  withSameAs(params);
  return request(`/api/paths?${params}`, PathsResult, signal);
}

export interface CollusionOptions { from?: string; to?: string; includeLinked: boolean }

/** Collusion paths: accused ← allegation of complicity → what it concerns; either end optional, inside the chosen datasets. */
export function getCollusionPaths(o: CollusionOptions, signal?: AbortSignal): Promise<PathsResult> {
  const params = new URLSearchParams({ includeLinked: String(o.includeLinked), datasets: datasetsParam() });
  if (o.from) params.set('from', o.from);
  if (o.to) params.set('to', o.to);
  return request(`/api/paths/collusion?${params}`, PathsResult, signal);
}
