// The shape of curated seed files (seed/<dataset>/*.json). Validated in full before anything is written.
import { z } from 'zod';
import {
  AllegationCategory, AllegationStatus, Credibility, NodeType, Reliability, RelType, SourceKind,
} from '../contract/vocabulary.ts';
import { EntityId } from '../contract/graph.ts';

const SourceIds = z.array(EntityId).min(1, 'cite at least one source');
/** Scalars and lists of scalars: what a Neo4j property can hold. */
const Scalar = z.union([z.string(), z.number(), z.boolean()]);
// Neo4j stores only lists of one type, so mixed lists are refused here rather than half-way through a write.
const ScalarList = z.union([z.array(z.string()), z.array(z.number()), z.array(z.boolean())]);
const Properties = z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'property names are camelCase'), z.union([Scalar, ScalarList]));

export const SeedSource = z.object({
  id: EntityId,
  title: z.string().min(1),
  publisher: z.string().min(1),
  author: z.string().min(1),
  kind: SourceKind,
  reliability: Reliability,
  reliabilityNote: z.string().min(1),
  url: z.string().url().nullable(),
  publishedOn: z.string().nullable(),
  /** false: known only because another source cites it; we have not read it. */
  held: z.boolean(),
  citedBy: z.array(EntityId),
  description: z.string().min(1),
}).strict();

export const SeedNode = z.object({
  id: EntityId,
  type: NodeType.exclude(['Source', 'Allegation']),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1),
  sources: SourceIds,
  /** false for an entity the source describes but does not name (e.g. "compounds Amnesty investigated"). */
  named: z.boolean().default(true),
  properties: Properties.default({}),
}).strict();

const StatusChange = z.object({
  status: AllegationStatus,
  on: z.string().nullable(),
  source: EntityId,
  note: z.string().min(1),
}).strict();

export const SeedAllegation = z.object({
  id: EntityId,
  name: z.string().min(1),
  summary: z.string().min(1),
  category: AllegationCategory,
  /** A characterisation or judgement, kept apart from claims of fact. */
  isOpinion: z.boolean(),
  status: AllegationStatus,
  statusHistory: z.array(StatusChange).min(1),
  credibility: Credibility,
  credibilityNote: z.string().min(1),
  /** When the claim was made; the conduct's own period is separate. */
  assertedOn: z.string().nullable(),
  conductPeriod: z.string().nullable(),
  /** The claimant's own words, short and attributed. */
  quote: z.string().max(60).optional(),
  madeBy: z.array(EntityId).min(1, 'say who makes the allegation'),
  against: z.array(EntityId).default([]),
  concerns: z.array(EntityId).default([]),
  citedIn: z.array(z.object({ source: EntityId, note: z.string().min(1) }).strict()).min(1, 'cite at least one source'),
  respondsTo: z.array(z.object({ allegation: EntityId, stance: z.enum(['denies', 'disputes', 'supports', 'repeats']) }).strict()).default([]),
}).strict().refine((a) => a.statusHistory.at(-1)?.status === a.status, {
  message: 'the last statusHistory entry must match status', path: ['statusHistory'],
});

const FACTUAL = RelType.exclude(['MADE_BY', 'AGAINST', 'CONCERNS', 'CITED_IN', 'RESPONDS_TO', 'SUPPORTS']);

export const SeedRelationship = z.object({
  type: FACTUAL,
  from: EntityId,
  to: EntityId,
  sources: SourceIds,
  /** reported: one source says so; established: well-known public record (e.g. geography). */
  status: z.enum(['reported', 'established']),
  properties: Properties.default({}),
}).strict();

export const SeedFiles = {
  'sources.json': z.array(SeedSource),
  'nodes.json': z.array(SeedNode),
  'allegations.json': z.array(SeedAllegation),
  'relationships.json': z.array(SeedRelationship),
} as const;

export type SeedSource = z.infer<typeof SeedSource>;
export type SeedNode = z.infer<typeof SeedNode>;
export type SeedAllegation = z.infer<typeof SeedAllegation>;
export type SeedRelationship = z.infer<typeof SeedRelationship>;
