// The audit feed as a file: JSON lines (one change a line, items included) or CSV (one row per element a change
// touched), streamed from the store row by row so ten thousand changes never sit in memory at once.
import { stringify } from 'csv-stringify';
import type { Writable } from 'node:stream';
import type { ChangeFeedQuery } from '../contract/changes.ts';
import type { TeamStore } from '../store/team-store.ts';
import { feed } from './store.ts';

export const CSV_COLUMNS = ['seq', 'change', 'at', 'actor', 'actorName', 'dataset', 'comment', 'status', 'reviewedBy', 'reviewedAt', 'reviewComment',
  'reverts', 'elementKind', 'element', 'op', 'fields', 'before', 'after'] as const;

const PAGE = 500;

/** Every applied change the query selects, newest first, a page at a time; `within`: a guest link's datasets. */
function* pages(store: TeamStore, q: Omit<ChangeFeedQuery, 'limit' | 'cursor'>, within?: readonly string[]) {
  let cursor: number | undefined;
  for (;;) {
    const page = feed(store, { ...q, limit: PAGE, cursor }, ['applied'], within);
    yield* page.changes;
    if (page.next === null) return;
    cursor = page.next;
  }
}

const waitDrain = (out: Writable) => new Promise<void>((resolve) => out.once('drain', resolve));

export async function exportJsonLines(store: TeamStore, q: Omit<ChangeFeedQuery, 'limit' | 'cursor'>, out: Writable, within?: readonly string[]): Promise<void> {
  for (const change of pages(store, q, within)) {
    if (!out.write(`${JSON.stringify(change)}\n`)) await waitDrain(out);
  }
  out.end();
}

export async function exportCsv(store: TeamStore, q: Omit<ChangeFeedQuery, 'limit' | 'cursor'>, out: Writable, within?: readonly string[]): Promise<void> {
  const csv = stringify({ header: true, columns: [...CSV_COLUMNS] });
  csv.pipe(out);
  const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));
  for (const c of pages(store, q, within)) {
    for (const it of c.items) {
      const row = {
        seq: c.seq, change: c.id, at: c.at, actor: c.actor.id, actorName: c.actor.name, dataset: c.dataset, comment: c.comment, status: c.status,
        reviewedBy: c.review?.byName ?? '', reviewedAt: c.review?.at ?? '', reviewComment: c.review?.comment ?? '', reverts: c.reverts ?? '',
        elementKind: it.kind, element: it.element, op: it.op, fields: it.fields.map((f) => f.field).join(' '), before: json(it.before), after: json(it.after),
      };
      if (!csv.write(row)) await new Promise<void>((resolve) => csv.once('drain', resolve));
    }
  }
  csv.end();
}
