// Four-eyes review per dataset (issue 12). An admin turns it on or off; a dataset nobody set takes the default:
// off while the store holds fewer than two accounts (one person alone cannot ask a second to review), on after.
import type { ReviewSetting } from '../contract/changes.ts';
import type { Actor } from '../access/actor.ts';
import type { TeamStore } from '../store/team-store.ts';

/** Accounts in the store: slice A's `users` table when it exists; none before it (AUTH off, one local person). */
function accountCount(store: TeamStore): number {
  const table = store.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'users'").get();
  if (!table) return 0;
  return (store.prepare('SELECT COUNT(*) AS n FROM users WHERE disabled = 0').get() as { n: number }).n;
}

export function reviewSetting(store: TeamStore, dataset: string): ReviewSetting {
  const row = store.prepare('SELECT review_on FROM review_settings WHERE dataset = ?').get(dataset) as { review_on: number } | undefined;
  if (row) return { dataset, on: row.review_on === 1, source: 'set' };
  return { dataset, on: accountCount(store) >= 2, source: 'default' };
}

export function setReview(store: TeamStore, actor: Actor, dataset: string, on: boolean): ReviewSetting {
  store.prepare(`INSERT INTO review_settings (dataset, review_on, set_by, set_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (dataset) DO UPDATE SET review_on = excluded.review_on, set_by = excluded.set_by, set_at = excluded.set_at`)
    .run(dataset, on ? 1 : 0, actor.id, new Date().toISOString());
  return reviewSetting(store, dataset);
}
