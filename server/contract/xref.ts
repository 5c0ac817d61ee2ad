// Cross-referencing (issue 13): candidate duplicates across datasets, why each matched, and people's decisions on them.
import { z } from 'zod';
import { EntityId, GraphNode } from './graph.ts';
import { DatasetRef } from './scope.ts';

export { FollowSameAs } from './same-as.ts';

/** Pairs scoring at least this are shown by default; tests/unit/xref-measure.test.ts measures it. */
export const DEFAULT_XREF_THRESHOLD = 0.85;
/** Pairs below this are not kept at all: a lower threshold than this shows nothing more. */
export const XREF_FLOOR = 0.7;

/** One piece of "why it matched": which field, both values, and whether they agree. */
export const MatchReason = z.object({
  field: z.string(),
  left: z.string(),
  right: z.string(),
  effect: z.enum(['same', 'similar', 'differs']),
  /** How much it moved the score (the name's similarity, or a date's bonus or penalty). */
  weight: z.number(),
});
export type MatchReason = z.infer<typeof MatchReason>;

export const XREF_DECISIONS = ['same', 'different', 'unsure'] as const;
export const XrefDecisionKind = z.enum(XREF_DECISIONS);
export type XrefDecisionKind = z.infer<typeof XrefDecisionKind>;

/** A recorded decision: who, when, what, and the one before it (so the audit trail can adopt it as before/after). */
export const XrefDecision = z.object({
  id: z.number().int(),
  leftId: z.string(),
  rightId: z.string(),
  decision: XrefDecisionKind,
  before: XrefDecisionKind.nullable(),
  actorId: z.string(),
  actorName: z.string(),
  at: z.string(),
  comment: z.string().nullable(),
});
export type XrefDecision = z.infer<typeof XrefDecision>;

export const XrefCandidate = z.object({
  /** The entity in the dataset asked about, and its possible duplicate in another dataset. */
  left: GraphNode,
  right: GraphNode,
  score: z.number(),
  reasons: z.array(MatchReason),
  /** The latest decision on the pair, if any. */
  decision: XrefDecision.nullable(),
});
export type XrefCandidate = z.infer<typeof XrefCandidate>;

export const CandidatesQuery = z.object({
  dataset: DatasetRef,
  threshold: z.coerce.number().min(XREF_FLOOR, `at least ${XREF_FLOOR}: lower pairs are not kept`).max(1).default(DEFAULT_XREF_THRESHOLD),
  /** Leave out pairs already decided (same or different), to work through what is left. */
  undecided: z.enum(['true', 'false']).transform((v) => v === 'true').default(false),
});
export type CandidatesQuery = z.infer<typeof CandidatesQuery>;

export const CandidateList = z.object({
  dataset: z.string(),
  threshold: z.number(),
  /** When the candidates were computed (null: never yet). */
  computedAt: z.string().nullable(),
  candidates: z.array(XrefCandidate),
});
export type CandidateList = z.infer<typeof CandidateList>;

export const RunQuery = z.object({ dataset: DatasetRef });

export const RunSummary = z.object({
  dataset: z.string(),
  /** Entities read in the dataset and in the others. */
  compared: z.object({ dataset: z.number().int(), others: z.number().int() }),
  /** Pairs kept (at or above XREF_FLOOR), and how many reach the default threshold: "N possible duplicates". */
  kept: z.number().int(),
  possibleDuplicates: z.number().int(),
  computedAt: z.string(),
});
export type RunSummary = z.infer<typeof RunSummary>;

export const DecisionRequest = z.object({
  leftId: EntityId,
  rightId: EntityId,
  decision: XrefDecisionKind,
  comment: z.string().trim().max(1000, 'at most 1000 characters').optional(),
}).strict().refine((d) => d.leftId !== d.rightId, { message: 'an entity is not a duplicate of itself', path: ['rightId'] });
export type DecisionRequest = z.infer<typeof DecisionRequest>;

export const DecisionResult = z.object({
  decision: XrefDecision,
  /** Whether a SAME_AS link now joins the two (made by "same", removed by a later "different" or "unsure"). */
  linked: z.boolean(),
});
export type DecisionResult = z.infer<typeof DecisionResult>;

export const DecisionHistory = z.object({ decisions: z.array(XrefDecision) });
