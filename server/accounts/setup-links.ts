// One-time setup links: the first admin's (printed at start) and every password reset. 24 hours, single use; only
// the token's hash is kept, so the link shown once is the only copy.
import type { TeamStore } from '../store/team-store.ts';
import { newToken, tokenHash } from './secrets.ts';
import { nowIso, type UserRow } from './users.ts';

export const SETUP_HOURS = 24;

/** A new setup token for `userId`; earlier unused ones of the same account stop working. */
export function issueSetupToken(store: TeamStore, userId: string): { token: string; expiresAt: string } {
  const token = newToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SETUP_HOURS * 3_600_000).toISOString();
  store.transaction(() => {
    store.prepare('DELETE FROM setup_tokens WHERE user_id = ?').run(userId);
    store.prepare('INSERT INTO setup_tokens (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
      .run(tokenHash(token), userId, now.toISOString(), expiresAt);
  })();
  return { token, expiresAt };
}

/** Marks the token used and gives its account, or undefined when it is unknown, used, expired or the account disabled. */
export function consumeSetupToken(store: TeamStore, token: string): UserRow | undefined {
  return store.transaction(() => {
    const row = store.prepare('SELECT user_id, expires_at, used_at FROM setup_tokens WHERE token_hash = ?').get(tokenHash(token)) as
      { user_id: string; expires_at: string; used_at: string | null } | undefined;
    if (!row || row.used_at !== null || Date.now() >= Date.parse(row.expires_at)) return undefined;
    store.prepare('UPDATE setup_tokens SET used_at = ? WHERE token_hash = ?').run(nowIso(), tokenHash(token));
    const user = store.prepare('SELECT * FROM users WHERE id = ?').get(row.user_id) as UserRow | undefined;
    return user && user.disabled === 0 ? user : undefined;
  })();
}

/** The link a person opens; the token rides in the fragment, so it never reaches a server log or a Referer. */
export function setupLink(origin: string, token: string): string {
  return `${origin.replace(/\/$/, '')}/welcome#setup=${token}`;
}
