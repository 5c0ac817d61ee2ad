// Sessions: a random token in the sg_session cookie, its SHA-256 in the store. A session ends after SESSION_IDLE_HOURS
// without a request or SESSION_MAX_DAYS after sign-in, at logout, when its account's password changes (the others),
// and when its account is disabled.
import type { TeamStore } from '../store/team-store.ts';
import { newToken, tokenHash } from './secrets.ts';
import { nowIso, type UserRow } from './users.ts';

export interface SessionTimes {
  idleHours: number;
  maxDays: number;
}

/** A new session for `userId`; the token goes in the cookie and nowhere else. */
export function openSession(store: TeamStore, userId: string, times: SessionTimes): { token: string; hash: string; expiresAt: Date } {
  const token = newToken();
  const hash = tokenHash(token);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + times.maxDays * 86_400_000);
  store.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)')
    .run(hash, userId, now.toISOString(), expiresAt.toISOString(), now.toISOString());
  store.prepare('UPDATE users SET last_seen_at = ? WHERE id = ?').run(now.toISOString(), userId);
  return { token, hash, expiresAt };
}

interface SessionRow { token_hash: string; user_id: string; expires_at: string; last_seen_at: string }

/** The account behind a live session token, touching its last-seen time; an expired one is deleted and gives nothing. */
export function sessionUser(store: TeamStore, token: string, times: SessionTimes): { user: UserRow; hash: string } | undefined {
  const hash = tokenHash(token);
  const row = store.prepare('SELECT token_hash, user_id, expires_at, last_seen_at FROM sessions WHERE token_hash = ?').get(hash) as SessionRow | undefined;
  if (!row) return undefined;
  const now = Date.now();
  const idleUntil = Date.parse(row.last_seen_at) + times.idleHours * 3_600_000;
  if (now >= Date.parse(row.expires_at) || now >= idleUntil) {
    store.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hash);
    return undefined;
  }
  const user = store.prepare('SELECT * FROM users WHERE id = ?').get(row.user_id) as UserRow | undefined;
  if (!user || user.disabled === 1) return undefined;
  // One write per session every so often, not one per request: a page opens many requests at once. The step is
  // a small part of the idle time, so the session's end moves by that little at most.
  const step = Math.min(60_000, (times.idleHours * 3_600_000) / 20);
  if (now - Date.parse(row.last_seen_at) >= step) {
    const seen = nowIso();
    store.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(seen, hash);
    store.prepare('UPDATE users SET last_seen_at = ? WHERE id = ?').run(seen, user.id);
  }
  return { user, hash };
}

export function closeSession(store: TeamStore, token: string): void {
  store.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash(token));
}

export function closeAllSessions(store: TeamStore, userId: string): void {
  store.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
}
