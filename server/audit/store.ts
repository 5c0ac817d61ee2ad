// The audit trail in the team store (migration 020-audit.sql): changes and their items, written and read here only.
// Records are appended; the one update is a change's status moving on (applying -> applied|failed, proposed ->
// applying|rejected), guarded by the status it moves from so two reviewers cannot both decide.
import type { ChangeFeed, ChangeFeedQuery, ChangeItem, ChangeRecord, ChangeStatus } from '../contract/changes.ts';
import type { ElementKind } from '../contract/edits.ts';
import type { TeamStore } from '../store/team-store.ts';

export interface NewItem { kind: ElementKind; element: string; op: 'create' | 'update' | 'delete'; before: Record<string, unknown> | null; after: Record<string, unknown> | null }
export interface NewChange {
  id: string; at: string; actor: { id: string; name: string }; dataset: string; comment: string;
  status: ChangeStatus; ops: unknown; reverts: string | null; items: NewItem[];
}

interface ChangeRow {
  seq: number; id: string; at: string; actor_id: string; actor_name: string; dataset: string; comment: string; status: ChangeStatus;
  ops: string; reviewed_by: string | null; reviewed_by_name: string | null; reviewed_at: string | null; review_comment: string | null; reverts_change_id: string | null;
}
interface ItemRow { change_id: string; position: number; element_kind: ElementKind; element_id: string; op: NewItem['op']; before: string | null; after: string | null }

export function insertChange(store: TeamStore, c: NewChange): void {
  store.transaction(() => {
    store.prepare(`INSERT INTO changes (id, at, actor_id, actor_name, dataset, comment, status, ops, reverts_change_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(c.id, c.at, c.actor.id, c.actor.name, c.dataset, c.comment, c.status, JSON.stringify(c.ops), c.reverts);
    const item = store.prepare('INSERT INTO change_items (change_id, position, element_kind, element_id, op, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)');
    c.items.forEach((it, i) => item.run(c.id, i, it.kind, it.element, it.op, it.before && JSON.stringify(it.before), it.after && JSON.stringify(it.after)));
  })();
}

export interface Review { by: string; byName: string; at: string; comment: string }

/** Moves change `id` from status `from` to `to`; false when it was not in `from` (someone else decided first). */
export function moveStatus(store: TeamStore, id: string, from: ChangeStatus, to: ChangeStatus, review?: Review | null): boolean {
  const result = review === undefined
    ? store.prepare('UPDATE changes SET status = ? WHERE id = ? AND status = ?').run(to, id, from)
    : store.prepare('UPDATE changes SET status = ?, reviewed_by = ?, reviewed_by_name = ?, reviewed_at = ?, review_comment = ? WHERE id = ? AND status = ?')
      .run(to, review?.by ?? null, review?.byName ?? null, review?.at ?? null, review?.comment ?? null, id, from);
  return result.changes === 1;
}

function fieldsOf(before: Record<string, unknown> | null, after: Record<string, unknown> | null): ChangeItem['fields'] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return keys.filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

function toItem(r: ItemRow): ChangeItem {
  const before = r.before ? JSON.parse(r.before) as Record<string, unknown> : null;
  const after = r.after ? JSON.parse(r.after) as Record<string, unknown> : null;
  return { kind: r.element_kind, element: r.element_id, op: r.op, before, after, fields: fieldsOf(before, after) };
}

function toRecords(store: TeamStore, rows: ChangeRow[]): ChangeRecord[] {
  if (rows.length === 0) return [];
  const items = store.prepare(`SELECT * FROM change_items WHERE change_id IN (SELECT value FROM json_each(?)) ORDER BY change_id, position`)
    .all(JSON.stringify(rows.map((r) => r.id))) as ItemRow[];
  const byChange = new Map<string, ChangeItem[]>();
  for (const it of items) (byChange.get(it.change_id) ?? byChange.set(it.change_id, []).get(it.change_id)!).push(toItem(it));
  return rows.map((r) => ({
    id: r.id, seq: r.seq, at: r.at, actor: { id: r.actor_id, name: r.actor_name }, dataset: r.dataset, comment: r.comment, status: r.status,
    review: r.reviewed_by && r.reviewed_at ? { by: r.reviewed_by, byName: r.reviewed_by_name ?? r.reviewed_by, at: r.reviewed_at, comment: r.review_comment ?? '' } : null,
    reverts: r.reverts_change_id, items: byChange.get(r.id) ?? [],
  }));
}

export function getChange(store: TeamStore, id: string): (ChangeRecord & { ops: unknown }) | null {
  const row = store.prepare('SELECT * FROM changes WHERE id = ?').get(id) as ChangeRow | undefined;
  if (!row) return null;
  return { ...toRecords(store, [row])[0]!, ops: JSON.parse(row.ops) };
}

export function changesWithStatus(store: TeamStore, status: ChangeStatus): ChangeRecord[] {
  return toRecords(store, store.prepare('SELECT * FROM changes WHERE status = ? ORDER BY seq DESC LIMIT 1000').all(status) as ChangeRow[]);
}

/** Newest first, `limit` a page; `next` is the cursor of the following page. Only `statuses` are listed. */
export function feed(store: TeamStore, q: ChangeFeedQuery, statuses: ChangeStatus[] = ['applied'], withinDatasets?: readonly string[]): ChangeFeed {
  const where = [`status IN (SELECT value FROM json_each(?))`];
  const args: unknown[] = [JSON.stringify(statuses)];
  // A guest link's datasets: a guest sees the trail of nothing else.
  if (withinDatasets) { where.push('dataset IN (SELECT value FROM json_each(?))'); args.push(JSON.stringify(withinDatasets)); }
  if (q.user) { where.push('(actor_id = ? OR actor_name = ?)'); args.push(q.user, q.user); }
  if (q.dataset) { where.push('dataset = ?'); args.push(q.dataset); }
  if (q.from) { where.push('at >= ?'); args.push(new Date(q.from).toISOString()); }
  // A bare date as `to` includes that whole day.
  if (q.to) { where.push('at < ?'); args.push(new Date(Date.parse(q.to) + (/^\d{4}-\d{2}-\d{2}$/.test(q.to) ? 86_400_000 : 1)).toISOString()); }
  if (q.element) { where.push('id IN (SELECT change_id FROM change_items WHERE element_id = ?)'); args.push(q.element); }
  if (q.cursor !== undefined) { where.push('seq < ?'); args.push(q.cursor); }
  const rows = store.prepare(`SELECT * FROM changes WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT ?`).all(...args, q.limit + 1) as ChangeRow[];
  const page = rows.slice(0, q.limit);
  return { changes: toRecords(store, page), next: rows.length > q.limit ? page.at(-1)!.seq : null };
}

/** Every applied change that touched any of `elementIds`, oldest first: what exports put beside the elements (interop slice). */
export function historyOf(store: TeamStore, elementIds: readonly string[]): ChangeRecord[] {
  const rows = store.prepare(`SELECT * FROM changes WHERE status = 'applied' AND id IN
    (SELECT change_id FROM change_items WHERE element_id IN (SELECT value FROM json_each(?))) ORDER BY seq`).all(JSON.stringify(elementIds)) as ChangeRow[];
  return toRecords(store, rows);
}

/** Ids of changes left 'applying' (a crash between the two stores, or one in flight). */
export function applyingChanges(store: TeamStore): ChangeRecord[] {
  return changesWithStatus(store, 'applying');
}
