// Paths between two entities, with evidence filters, and per-type neighbour counts shown before expanding.
import { z } from 'zod';
import { EntityId, GraphEdge, GraphNode, SourceSummary } from './graph.ts';
import { DatasetScopeParam } from './scope.ts';
import { FollowSameAs } from './same-as.ts';
import { Reliability, RelType } from './vocabulary.ts';

const Bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const MAX_HOPS = 8;

export const PathsQuery = z.object({
  from: EntityId,
  to: EntityId,
  /** How many of the shortest paths to return. */
  k: z.coerce.number().int().min(1).max(10).default(1),
  maxHops: z.coerce.number().int().min(1).max(MAX_HOPS, `at most ${MAX_HOPS} hops: longer paths say little and take long; narrow the search`).default(6),
  /** Skip links none of whose sources is graded at least this reliable (A best .. F cannot be judged). */
  minReliability: Reliability.optional(),
  /** Skip allegations graded weaker than this (1 confirmed .. 6 cannot be judged). */
  maxCredibility: z.coerce.number().int().min(1).max(6).default(6),
  /** Skip allegations that are only alleged, denied, disputed or retracted. */
  corroboratedOnly: Bool.default(false),
  /** Allow paths through Source nodes (two things cited by the same source are not otherwise linked). */
  throughSources: Bool.default(false),
  /** Paths stay inside these datasets (`datasets=a,b`; the curated graph by default). */
  datasets: DatasetScopeParam,
  /** Paths may take SAME_AS links (entities a person decided are one); off by default. */
  followSameAs: FollowSameAs,
}).refine((q) => q.from !== q.to, { message: 'from and to must differ', path: ['to'] });
export type PathsQuery = z.infer<typeof PathsQuery>;

export const GraphPath = z.object({
  nodeIds: z.array(z.string()),
  edgeIds: z.array(z.string()),
  length: z.number().int(),
  /** Collusion paths: the allegation of complicity the path runs through. */
  allegationId: z.string().optional(),
});
export type GraphPath = z.infer<typeof GraphPath>;

/**
 * Someone on a collusion path whom the allegation does not name: shown only on request, and always with
 * these words (e.g. "not accused; leads the accused body"), on the canvas, in the side panel and in the explanation.
 */
export const LinkedRole = z.object({
  nodeId: z.string(),
  /** The accused party they are linked to, and how (the link's type, and whether it points from them to it). */
  accusedId: z.string(),
  relType: RelType,
  towardsAccused: z.boolean(),
  words: z.string(),
});
export type LinkedRole = z.infer<typeof LinkedRole>;

export const PathsResult = z.object({
  paths: z.array(GraphPath),
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  sources: z.record(z.string(), SourceSummary),
  /** paths: shortest paths between two entities; collusion: paths through allegations of complicity. */
  kind: z.enum(['paths', 'collusion']).default('paths'),
  /** Collusion paths only: who is shown though not accused, and why. */
  linked: z.array(LinkedRole).default([]),
});

/** Collusion paths: either end may be given, or both (in either order), or neither. */
export const CollusionQuery = z.object({
  from: EntityId.optional(),
  to: EntityId.optional(),
  /** Also show people and bodies linked to an accused party (who leads it, is part of it...), labelled as not accused. */
  includeLinked: Bool.default(false),
  datasets: DatasetScopeParam,
}).refine((q) => q.from === undefined || q.from !== q.to, { message: 'from and to must differ', path: ['to'] });
export type CollusionQuery = z.infer<typeof CollusionQuery>;
export type PathsResult = z.infer<typeof PathsResult>;

export const NeighbourCount = z.object({
  relType: z.string(),
  direction: z.enum(['out', 'in']),
  neighbourType: z.string(),
  count: z.number().int(),
});
export const NeighbourCounts = z.object({ id: z.string(), total: z.number().int(), counts: z.array(NeighbourCount) });
export type NeighbourCounts = z.infer<typeof NeighbourCounts>;
