// Guest links for classes: a read-only viewer without sign-in, limited to the link's datasets and tours.
import { randomUUID } from 'node:crypto';
import type { GuestLinkSummary, NewGuestLink } from '../contract/accounts.ts';
import type { TeamStore } from '../store/team-store.ts';
import { newToken, tokenHash } from './secrets.ts';
import { nowIso } from './users.ts';

interface GuestRow {
  id: string; label: string; datasets: string; tours: string; created_by: string; created_at: string;
  revoked_at: string | null; expires_at: string | null;
}

function toSummary(row: GuestRow): GuestLinkSummary {
  return {
    id: row.id, label: row.label, datasets: JSON.parse(row.datasets) as string[], tours: JSON.parse(row.tours) as string[],
    createdBy: row.created_by, createdAt: row.created_at, revokedAt: row.revoked_at, expiresAt: row.expires_at,
  };
}

const COLUMNS = 'id, label, datasets, tours, created_by, created_at, revoked_at, expires_at';

export function createGuestLink(store: TeamStore, input: NewGuestLink, createdBy: string): { link: GuestLinkSummary; token: string } {
  const token = newToken();
  const id = randomUUID();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000).toISOString() : null;
  store.prepare('INSERT INTO guest_links (id, token_hash, label, datasets, tours, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, tokenHash(token), input.label, JSON.stringify([...new Set(input.datasets)]), JSON.stringify([...new Set(input.tours)]), createdBy, nowIso(), expiresAt);
  return { link: guestLinkById(store, id)!, token };
}

export function listGuestLinks(store: TeamStore): GuestLinkSummary[] {
  return (store.prepare(`SELECT ${COLUMNS} FROM guest_links ORDER BY created_at DESC`).all() as GuestRow[]).map(toSummary);
}

export function guestLinkById(store: TeamStore, id: string): GuestLinkSummary | undefined {
  const row = store.prepare(`SELECT ${COLUMNS} FROM guest_links WHERE id = ?`).get(id) as GuestRow | undefined;
  return row && toSummary(row);
}

/** Revoking keeps the row (who made it, when) and ends every guest holding the link at their next request. */
export function revokeGuestLink(store: TeamStore, id: string): boolean {
  return store.prepare('UPDATE guest_links SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(nowIso(), id).changes > 0;
}

export type GuestLookup = { state: 'live'; link: GuestLinkSummary } | { state: 'revoked' | 'expired' | 'unknown' };

export function guestLinkByToken(store: TeamStore, token: string): GuestLookup {
  const row = store.prepare(`SELECT ${COLUMNS} FROM guest_links WHERE token_hash = ?`).get(tokenHash(token)) as GuestRow | undefined;
  if (!row) return { state: 'unknown' };
  if (row.revoked_at) return { state: 'revoked' };
  if (row.expires_at && Date.now() >= Date.parse(row.expires_at)) return { state: 'expired' };
  return { state: 'live', link: toSummary(row) };
}
