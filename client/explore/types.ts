// The investigator's view, as plain data: what undo history, shared links and the panels agree on.
import type { Paging } from '../state/graph-store.ts';
import type { AllegationStatus, NodeType, Reliability, RelType } from '@contract/vocabulary.ts';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** Allegations drawn as diamonds (reified) or folded into accuser -> accused links. */
export type AllegationMode = 'nodes' | 'links';

export const SIZE_BY = ['none', 'degree', 'betweenness', 'pagerank'] as const;
export type SizeBy = (typeof SIZE_BY)[number];

export interface Filters {
  /** Node types filtered out. */
  types: NodeType[];
  /** Relationship types filtered out. */
  rels: RelType[];
  /** Allegation statuses filtered out. */
  statuses: AllegationStatus[];
  /** Allegations graded weaker than this (1 confirmed .. 6 cannot be judged) are filtered out; 6 keeps all. */
  maxCredibility: number;
  /** Evidence whose best source is graded below this is filtered out; F keeps all. */
  minReliability: Reliability;
  /** Allegations made outside [from, to] (YYYY-MM-DD) are filtered out; undated ones are kept unless hideUndated. */
  from?: string;
  to?: string;
  /** The user's choice for allegations with no date at all: a date filter cannot judge them, so they choose. */
  hideUndated?: boolean;
  /** Filtered elements are hidden rather than faded. */
  hide: boolean;
}

export const NO_FILTERS: Filters = { types: [], rels: [], statuses: [], maxCredibility: 6, minReliability: 'F', hide: false, hideUndated: false };

export interface Settings {
  filters: Filters;
  layout: LayoutName;
  mode: AllegationMode;
  sizeBy: SizeBy;
}

export const DEFAULT_SETTINGS: Settings = { filters: NO_FILTERS, layout: 'fcose', mode: 'nodes', sizeBy: 'none' };

export type Direction = 'out' | 'in';

/** How far one relationship-type slice of a node's neighbours has been paged. */
export interface SlicePaging {
  id: string;
  rel: RelType;
  dir: Direction;
  loaded: number;
  total: number;
}

export interface PlacedNode { id: string; x: number; y: number }

/** Everything needed to put the canvas back exactly as it was. */
export interface Snapshot {
  nodes: PlacedNode[];
  edges: string[];
  pinned: string[];
  slices: SlicePaging[];
  paging: Array<[string, Paging]>;
  settings: Settings;
}

export function filtersActive(f: Filters): boolean {
  return f.types.length + f.rels.length + f.statuses.length > 0 || f.maxCredibility < 6 || f.minReliability !== 'F' || !!f.from || !!f.to || f.hideUndated === true;
}
