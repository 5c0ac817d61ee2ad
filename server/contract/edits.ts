// What an edit to the evidence looks like as it crosses HTTP (issue 12): one ChangeSet of ops, all or nothing.
// The records an op creates or sets are the seed loader's own (server/seed/schema.ts): one set of rules for both.
import { z } from 'zod';
import { SeedAllegation, SeedNode, SeedRelationship, SeedSource } from '../seed/schema.ts';
import { EntityId, ResponseStance } from './graph.ts';
import { AllegationStatus } from './vocabulary.ts';

/** The four kinds of element an edit can touch; same-as links belong to the interop slice. */
export const ElementKind = z.enum(['entity', 'source', 'relationship', 'allegation']);
export type ElementKind = z.infer<typeof ElementKind>;

/** Every element carries a version: 0 for what the seed or an import wrote, +1 per applied change. */
export const Version = z.number().int().min(0);

/** A relationship's id: TYPE:from:to, as the seed names them. */
export const RelationshipId = z.string().regex(/^[A-Z_]+:[a-z0-9][a-z0-9-]{1,79}:[a-z0-9][a-z0-9-]{1,79}$/, 'relationship ids are TYPE:from:to');
export const ElementId = z.union([EntityId, RelationshipId]);

export const CreateEntity = z.object({ op: z.literal('create'), kind: z.literal('entity'), record: SeedNode }).strict();
export const CreateSource = z.object({ op: z.literal('create'), kind: z.literal('source'), record: SeedSource }).strict();
export const CreateRelationship = z.object({ op: z.literal('create'), kind: z.literal('relationship'), record: SeedRelationship }).strict();
export const CreateAllegation = z.object({ op: z.literal('create'), kind: z.literal('allegation'), record: SeedAllegation }).strict();

/**
 * Sets some fields of an element, keeping the others; the result is validated whole by the seed's schema.
 * `id`, the entity `type` and (for relationships) `type`/`from`/`to` cannot change: delete and create instead.
 * An allegation's `status` and `statusHistory` change only through a `status` op.
 */
export const UpdateOp = z.object({
  op: z.literal('update'),
  kind: ElementKind,
  id: ElementId,
  /** The version the editor read; a different current version is a 409 showing what changed. */
  version: Version,
  set: z.record(z.string(), z.unknown()).refine((s) => Object.keys(s).length > 0, 'set at least one field'),
}).strict();

/** Removes the element from the published graph; its whole before-state stays in the audit trail, and a revert restores it. */
export const DeleteOp = z.object({ op: z.literal('delete'), kind: ElementKind, id: ElementId, version: Version }).strict();

/** Moves an allegation's status along the lifecycle (docs/editing.md), appending {status, on, source, note} to its history. */
export const StatusOp = z.object({
  op: z.literal('status'),
  allegation: EntityId,
  version: Version,
  to: AllegationStatus,
  on: z.string().nullable(),
  /** The source that reports the move: required, and it must exist. */
  source: EntityId,
  note: z.string().min(1),
}).strict();

/** The right of reply: records a denial (or dispute, support, repetition) as an allegation of its own that responds to `allegation`. */
export const ResponseOp = z.object({
  op: z.literal('response'),
  /** The new response allegation's id. */
  id: EntityId,
  allegation: EntityId,
  /** Who responds: an entity id. */
  by: EntityId,
  on: z.string().nullable(),
  stance: ResponseStance,
  source: EntityId,
  summary: z.string().min(1),
}).strict();

/** Discriminated (op, then kind), so a 400 names the field at fault inside the op, not just "ops.0". */
export const CreateOp = z.discriminatedUnion('kind', [CreateEntity, CreateSource, CreateRelationship, CreateAllegation]);
export const EditOp = z.discriminatedUnion('op', [CreateOp, UpdateOp, DeleteOp, StatusOp, ResponseOp]);
export type EditOp = z.infer<typeof EditOp>;

export const ChangeSet = z.object({
  dataset: z.string().min(1),
  /** Why: required, kept in the audit trail. */
  comment: z.string().trim().min(1, 'say why (a comment is required)').max(2000),
  ops: z.array(EditOp).min(1, 'at least one op').max(200, 'at most 200 ops a change'),
}).strict();
export type ChangeSet = z.infer<typeof ChangeSet>;

/** One field of a 409: what the editor wanted, what is there now, and who put it there when. */
export const FieldConflict = z.object({ field: z.string(), yours: z.unknown(), theirs: z.unknown() });
export const EditConflict = z.object({
  element: z.string(),
  kind: ElementKind,
  yourVersion: z.number().int(),
  /** null: the element is gone (deleted since). */
  currentVersion: z.number().int().nullable(),
  changedBy: z.string().nullable(),
  changedAt: z.string().nullable(),
  changeId: z.string().nullable(),
  fields: z.array(FieldConflict),
});
export type EditConflict = z.infer<typeof EditConflict>;

/** The body of a 409 on a stale edit: the usual error, plus what changed. */
export const EditConflictBody = z.object({
  error: z.object({ code: z.literal('conflict'), message: z.string(), field: z.string().optional(), detail: z.string().optional() }),
  conflict: EditConflict,
});
