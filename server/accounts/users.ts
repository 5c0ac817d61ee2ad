// Accounts in the team store (010-accounts.sql). Names are unique whatever their case; the first admin may exist
// without a password until its one-time setup link is used.
import { randomUUID } from 'node:crypto';
import type { Role, UserSummary } from '../contract/accounts.ts';
import type { TeamStore } from '../store/team-store.ts';
import { ConflictError, NotFoundError } from '../http/errors.ts';

export interface UserRow {
  id: string;
  name: string;
  role: Role;
  password_hash: string | null;
  disabled: number;
  created_at: string;
  password_changed_at: string | null;
  last_seen_at: string | null;
}

export const nowIso = (): string => new Date().toISOString();

export function toSummary(row: UserRow): UserSummary {
  return {
    id: row.id, name: row.name, role: row.role, disabled: row.disabled === 1, hasPassword: row.password_hash !== null,
    createdAt: row.created_at, passwordChangedAt: row.password_changed_at, lastSeenAt: row.last_seen_at,
  };
}

export function listUsers(store: TeamStore): UserRow[] {
  return store.prepare('SELECT * FROM users ORDER BY name COLLATE NOCASE').all() as UserRow[];
}

export function userById(store: TeamStore, id: string): UserRow | undefined {
  return store.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
}

export function userByName(store: TeamStore, name: string): UserRow | undefined {
  return store.prepare('SELECT * FROM users WHERE name = ? COLLATE NOCASE').get(name) as UserRow | undefined;
}

/** Throws a NotFoundError for people ("accounts.get: ...") when there is no such account. */
export function requireUser(store: TeamStore, id: string): UserRow {
  const row = userById(store, id);
  if (!row) throw new NotFoundError(`accounts.get: no account with id '${id}'`);
  return row;
}

export function createUser(store: TeamStore, { name, role, passwordHash }: { name: string; role: Role; passwordHash: string | null }): UserRow {
  if (userByName(store, name)) throw new ConflictError(`An account named '${name}' already exists (names are the same whatever their case). Choose another name.`, 'name');
  const now = nowIso();
  const id = randomUUID();
  store.prepare('INSERT INTO users (id, name, role, password_hash, disabled, created_at, password_changed_at) VALUES (?, ?, ?, ?, 0, ?, ?)')
    .run(id, name, role, passwordHash, now, passwordHash ? now : null);
  return userById(store, id)!;
}

export function setRole(store: TeamStore, id: string, role: Role): void {
  store.prepare('UPDATE users SET role = ? WHERE id = ?').run(role, id);
}

/** Disabling ends every session of the account at once; enabling gives none back. */
export function setDisabled(store: TeamStore, id: string, disabled: boolean): void {
  store.transaction(() => {
    store.prepare('UPDATE users SET disabled = ? WHERE id = ?').run(disabled ? 1 : 0, id);
    if (disabled) store.prepare('DELETE FROM sessions WHERE user_id = ?').run(id);
  })();
}

/** A new password ends every session of the account except `keepSession` (the one that changed it, if any). */
export function setPasswordHash(store: TeamStore, id: string, passwordHash: string, keepSessionHash?: string): void {
  store.transaction(() => {
    store.prepare('UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?').run(passwordHash, nowIso(), id);
    store.prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash IS NOT ?').run(id, keepSessionHash ?? null);
  })();
}

/** Whether the last active admin would be lost: the store must keep someone who can manage accounts. */
export function isLastAdmin(store: TeamStore, id: string): boolean {
  const admins = store.prepare("SELECT id FROM users WHERE role = 'admin' AND disabled = 0").all() as { id: string }[];
  return admins.length === 1 && admins[0]!.id === id;
}
