// The editing, audit and review endpoints, typed by server/contract/edits.ts and changes.ts. A stale edit's 409 carries
// what changed, which the shared request() in client/api.ts does not keep, so writes go through send() here.
import type { z } from 'zod';
import { ErrorBody } from '@contract/errors.ts';
import { EditConflictBody, type ChangeSet, type EditConflict } from '@contract/edits.ts';
import { ChangeFeed, EditResult, ElementHistory, ProposalList, ReviewSetting, type ChangeRecord } from '@contract/changes.ts';
import { ApiError, request } from '../api.ts';

/** A refused write: the message and the field it names (a 400), or what changed since it was read (a 409). */
export class EditError extends ApiError {
  constructor(code: ApiError['code'], message: string, status: number, field?: string, readonly conflict?: EditConflict) {
    super(code, message, status, field);
    this.name = 'EditError';
  }
}

async function send<S extends z.ZodType>(method: 'POST' | 'PUT', path: string, schema: S, body: unknown): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(path, { method, headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new EditError('network', 'Cannot reach the scamgraph server. Is it running?', 0);
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const conflict = EditConflictBody.safeParse(answer);
    if (conflict.success) {
      const e = conflict.data.error;
      throw new EditError('conflict', e.message, response.status, e.field, conflict.data.conflict);
    }
    const parsed = ErrorBody.safeParse(answer);
    if (parsed.success) throw new EditError(parsed.data.error.code, parsed.data.error.message, response.status, parsed.data.error.field);
    throw new EditError('internal', `The server answered with an error (HTTP ${response.status}).`, response.status);
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success) throw new EditError('internal', 'The server sent an answer this page does not understand.', response.status);
  return parsed.data;
}

export function postEdit(change: ChangeSet): Promise<ChangeRecord> {
  return send('POST', '/api/edits', EditResult, change).then((r) => r.change);
}

export interface FeedFilter { user?: string; dataset?: string; from?: string; to?: string; element?: string }

export function feedParams(filter: FeedFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  return params;
}

export function getFeed(filter: FeedFilter, cursor?: number): Promise<z.infer<typeof ChangeFeed>> {
  const params = feedParams(filter);
  if (cursor !== undefined) params.set('cursor', String(cursor));
  return request(`/api/changes?${params}`, ChangeFeed);
}

export function exportUrl(filter: FeedFilter, format: 'csv' | 'jsonl'): string {
  const params = feedParams(filter);
  params.set('format', format);
  return `/api/changes/export?${params}`;
}

export function getHistory(id: string): Promise<ChangeRecord[]> {
  return request(`/api/elements/${encodeURIComponent(id)}/history`, ElementHistory).then((r) => r.changes);
}

export function getProposals(): Promise<ChangeRecord[]> {
  return request('/api/proposals', ProposalList).then((r) => r.proposals);
}

export function decide(id: string, decision: 'approve' | 'reject', comment: string): Promise<ChangeRecord> {
  return send('POST', `/api/proposals/${encodeURIComponent(id)}/${decision}`, EditResult, { comment }).then((r) => r.change);
}

export function revert(id: string, comment: string): Promise<ChangeRecord> {
  return send('POST', `/api/changes/${encodeURIComponent(id)}/revert`, EditResult, { comment }).then((r) => r.change);
}

export function getReviewSetting(dataset: string): Promise<ReviewSetting> {
  return request(`/api/datasets/${encodeURIComponent(dataset)}/review`, ReviewSetting);
}

export function putReviewSetting(dataset: string, on: boolean): Promise<ReviewSetting> {
  return send('PUT', `/api/datasets/${encodeURIComponent(dataset)}/review`, ReviewSetting, { on });
}
