// Typed calls for sessions, accounts and guest links (issue 12). Every answer is checked against a schema, as in api.ts.
import { z } from 'zod';
import { AccountList, CreatedGuestLink, GuestLinkList, ResetLink, SessionInfo, SignedIn, UserSummary, type ActorInfo, type GuestLinkSummary, type Role } from '@contract/accounts.ts';
import { request } from '../api.ts';
import type { SessionState } from '../state/session.ts';

/** 204 answers have no body. */
const Empty = z.unknown();

export type Account = UserSummary;
export type GuestLink = GuestLinkSummary & { url?: string };

export async function getSession(): Promise<SessionState> {
  return request('/api/session', SessionInfo);
}

export async function signIn(name: string, password: string): Promise<ActorInfo> {
  return (await request('/api/session', SignedIn, undefined, { name, password })).actor;
}

export async function signOut(): Promise<void> {
  await request('/api/session', Empty, undefined, undefined, 'DELETE');
}

export async function changePassword(current: string, next: string): Promise<void> {
  await request('/api/session/password', Empty, undefined, { current, next });
}

export async function setUpPassword(token: string, password: string): Promise<ActorInfo> {
  return (await request('/api/accounts/setup', SignedIn, undefined, { token, password })).actor;
}

export async function listAccounts(): Promise<Account[]> {
  return (await request('/api/accounts', AccountList)).accounts;
}

export async function addAccount(name: string, role: Role, password: string): Promise<Account> {
  return request('/api/accounts', UserSummary, undefined, { name, role, password });
}

export async function updateAccount(id: string, change: { role?: Role; disabled?: boolean }): Promise<Account> {
  return request(`/api/accounts/${encodeURIComponent(id)}`, UserSummary, undefined, change, 'PATCH');
}

/** A one-time link that lets the account set a new password (its sessions end). */
export async function resetLink(id: string): Promise<string> {
  return (await request(`/api/accounts/${encodeURIComponent(id)}/reset`, ResetLink, undefined, {})).link;
}

export async function listGuestLinks(): Promise<GuestLink[]> {
  return (await request('/api/guest-links', GuestLinkList)).links;
}

export async function createGuestLink(label: string, datasets: string[], tours: string[]): Promise<GuestLink> {
  return request('/api/guest-links', CreatedGuestLink, undefined, { label, datasets, tours });
}

export async function revokeGuestLink(id: string): Promise<void> {
  await request(`/api/guest-links/${encodeURIComponent(id)}`, Empty, undefined, undefined, 'DELETE');
}
