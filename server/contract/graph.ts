// What the API says about nodes, edges and their evidence.
import { z } from 'zod';
import { DatasetScopeParam } from './scope.ts';
import { FollowSameAs } from './same-as.ts';
import { AllegationCategory, AllegationStatus, NodeType, Reliability, RelType } from './vocabulary.ts';

export const EntityId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,79}$/, 'ids are lower-case letters, digits and dashes');

const Json: z.ZodType<unknown> = z.unknown();

export const GraphNode = z.object({
  id: z.string(),
  type: NodeType,
  labels: z.array(z.string()),
  name: z.string(),
  aliases: z.array(z.string()),
  description: z.string(),
  dataset: z.string(),
  /** Ids of the sources this node's own description rests on. */
  sources: z.array(z.string()),
  /** Allegation fields, present on Allegation nodes only. */
  status: AllegationStatus.optional(),
  category: AllegationCategory.optional(),
  credibility: z.number().int().optional(),
  isOpinion: z.boolean().optional(),
  /** Source fields, present on Source nodes only. */
  reliability: Reliability.optional(),
  properties: z.record(z.string(), Json),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  id: z.string(),
  type: RelType,
  source: z.string(),
  target: z.string(),
  /** Status of the fact or, on allegation edges, of the allegation. */
  status: z.string().optional(),
  sources: z.array(z.string()).min(1),
  properties: z.record(z.string(), Json),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const SourceSummary = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  kind: z.string(),
  reliability: Reliability,
  url: z.string().nullable(),
  publishedOn: z.string().nullable(),
  /** false when the project knows this source only because another source cites it. */
  held: z.boolean(),
  citedBy: z.array(z.string()),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

export const NeighbourhoodQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500, 'at most 500 neighbours a page: use skip for the next page').default(100),
  skip: z.coerce.number().int().min(0).max(1_000_000).default(0),
  /** Only links of these types (comma-separated). */
  relTypes: z.string().optional()
    .transform((v) => (v ? v.split(',').map((t) => t.trim()).filter(Boolean) : undefined))
    .pipe(z.array(RelType).min(1).optional()),
  direction: z.enum(['out', 'in', 'both']).default('both'),
  /** Only neighbours from these datasets (`a,b`); the curated graph alone when absent. */
  datasets: DatasetScopeParam,
  /** Also the entities linked as the same by a cross-referencing decision (SAME_AS); off by default. */
  followSameAs: FollowSameAs,
});
export type NeighbourhoodQuery = z.infer<typeof NeighbourhoodQuery>;

/** Neighbour counts read the same scope as expanding does, so the numbers promise what an expansion brings. */
export const NeighbourCountsQuery = z.object({ datasets: DatasetScopeParam, followSameAs: FollowSameAs });

export const Neighbourhood = z.object({
  center: GraphNode,
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  /** Every source any returned node or edge cites, keyed by id. */
  sources: z.record(z.string(), SourceSummary),
  /** Neighbours in all; more than nodes.length when paged. */
  total: z.number().int(),
  truncated: z.boolean(),
});
export type Neighbourhood = z.infer<typeof Neighbourhood>;

export const Citation = z.object({ source: SourceSummary, note: z.string().nullable() });

/** How a response stands to the allegation it answers (the seed's respondsTo stances). */
export const ResponseStance = z.enum(['denies', 'disputes', 'supports', 'repeats']);
export type ResponseStance = z.infer<typeof ResponseStance>;

/** One recorded answer to an allegation: itself an allegation, with who made it, when, and where it is cited. */
export const AllegationResponse = z.object({
  allegation: GraphNode,
  /** unstated: an edge (an import, say) that records a response without saying how it stands. */
  stance: z.union([ResponseStance, z.literal('unstated')]),
  madeBy: z.array(GraphNode),
  assertedOn: z.string().nullable(),
  citations: z.array(Citation),
});
export type AllegationResponse = z.infer<typeof AllegationResponse>;

export const EntityDetail = z.object({
  node: GraphNode,
  /** The sources of the node's own facts (or, for an allegation, where it is cited). */
  citations: z.array(Citation),
  /** Allegations in which this node is the accuser, the accused, or a subject. */
  allegations: z.object({
    made: z.array(GraphNode),
    against: z.array(GraphNode),
    about: z.array(GraphNode),
  }),
  /** Allegations only: the responses recorded to it (empty when the sources held record none). */
  responses: z.array(AllegationResponse).optional(),
});
export type EntityDetail = z.infer<typeof EntityDetail>;
