// The audit trail and review as they cross HTTP: recorded changes, their items (before/after), proposals, the feed.
import { z } from 'zod';
import { ChangeSet, ElementKind } from './edits.ts';

export const ChangeStatus = z.enum(['applying', 'applied', 'proposed', 'rejected', 'failed']);
export type ChangeStatus = z.infer<typeof ChangeStatus>;

/** What an op did to one element: created (before null), updated, or deleted (after null). The records are the seed's shape plus `version`. */
export const ChangeItem = z.object({
  kind: ElementKind,
  element: z.string(),
  op: z.enum(['create', 'update', 'delete']),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  /** Field by field: what differs between before and after (every field on a create or delete). */
  fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type ChangeItem = z.infer<typeof ChangeItem>;

export const ChangeRecord = z.object({
  id: z.string(),
  /** Position in the trail; the feed's cursor. */
  seq: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }),
  dataset: z.string(),
  comment: z.string(),
  status: ChangeStatus,
  review: z.object({ by: z.string(), byName: z.string(), at: z.string(), comment: z.string() }).nullable(),
  /** Set on a revert: the change it undoes. */
  reverts: z.string().nullable(),
  items: z.array(ChangeItem),
});
export type ChangeRecord = z.infer<typeof ChangeRecord>;

/** POST /api/edits: applied at once, or stored as a proposal when review is on for the dataset and the author is an editor. */
export const EditResult = z.object({ change: ChangeRecord });
export type EditResult = z.infer<typeof EditResult>;
export { ChangeSet };

export const ChangeIdParam = z.object({ id: z.string().regex(/^ch-[a-z0-9-]{6,64}$/, 'change ids look like ch-…') });
/** Approve, reject and revert all take a required comment. */
export const ReviewBody = z.object({ comment: z.string().trim().min(1, 'say why (a comment is required)').max(2000) }).strict();

const IsoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'a date or date-time (ISO 8601)');
export const ChangeFeedQuery = z.object({
  element: z.string().min(1).max(200).optional(),
  user: z.string().min(1).max(200).optional(),
  dataset: z.string().min(1).max(200).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  /** The `next` of the previous page. */
  cursor: z.coerce.number().int().min(0).optional(),
}).strict();
export type ChangeFeedQuery = z.infer<typeof ChangeFeedQuery>;

export const ChangeFeed = z.object({ changes: z.array(ChangeRecord), next: z.number().int().nullable() });
export type ChangeFeed = z.infer<typeof ChangeFeed>;

export const ExportQuery = ChangeFeedQuery.omit({ limit: true, cursor: true }).extend({ format: z.enum(['csv', 'jsonl']).default('jsonl') }).strict();

export const ElementHistory = z.object({ element: z.string(), changes: z.array(ChangeRecord) });
export type ElementHistory = z.infer<typeof ElementHistory>;

export const ProposalList = z.object({ proposals: z.array(ChangeRecord) });

/** GET/PUT /api/datasets/:name/review. `source`: set by an admin, or the default (off until a second account exists). */
export const ReviewSetting = z.object({ dataset: z.string(), on: z.boolean(), source: z.enum(['set', 'default']) });
export type ReviewSetting = z.infer<typeof ReviewSetting>;
export const ReviewSettingBody = z.object({ on: z.boolean() }).strict();
