// Typed calls for sessions, accounts and guest links (issue 12). Every answer is checked against a schema, as in api.ts.
import { z } from 'zod';
import { ActorInfo, Role } from '@contract/accounts.ts';
import { request } from '../api.ts';
import type { SessionState } from '../state/session.ts';

const SessionInfo = z.object({ auth: z.enum(['on', 'off']), actor: ActorInfo.nullable(), setupPending: z.boolean() });
const Signed = z.object({ actor: ActorInfo });
/** 204 answers have no body. */
const Empty = z.unknown();

export const Account = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  disabled: z.boolean(),
  /** ISO time of the last request, absent when never signed in. */
  lastSeenAt: z.string().nullish(),
  /** False while the account waits for its setup link to be used. */
  hasPassword: z.boolean().optional(),
});
export type Account = z.infer<typeof Account>;

export const GuestLink = z.object({
  id: z.string(),
  label: z.string(),
  datasets: z.array(z.string()),
  tours: z.array(z.string()),
  /** Only in the answer that creates it: the token is never stored in the clear, so it cannot be shown again. */
  url: z.string().optional(),
  createdAt: z.string().optional(),
  revokedAt: z.string().nullish(),
});
export type GuestLink = z.infer<typeof GuestLink>;

export async function getSession(): Promise<SessionState> {
  return request('/api/session', SessionInfo);
}

export async function signIn(name: string, password: string): Promise<ActorInfo> {
  return (await request('/api/session', Signed, undefined, { name, password })).actor;
}

export async function signOut(): Promise<void> {
  await request('/api/session', Empty, undefined, undefined, 'DELETE');
}

export async function changePassword(current: string, next: string): Promise<void> {
  await request('/api/session/password', Empty, undefined, { current, next });
}

export async function setUpPassword(token: string, password: string): Promise<ActorInfo> {
  return (await request('/api/accounts/setup', Signed, undefined, { token, password })).actor;
}

export async function listAccounts(): Promise<Account[]> {
  return (await request('/api/accounts', z.object({ accounts: z.array(Account) }))).accounts;
}

export async function addAccount(name: string, role: Role, password: string): Promise<Account> {
  return request('/api/accounts', Account, undefined, { name, role, password });
}

export async function updateAccount(id: string, change: { role?: Role; disabled?: boolean }): Promise<void> {
  await request(`/api/accounts/${encodeURIComponent(id)}`, Empty, undefined, change, 'PATCH');
}

/** A one-time link that lets the account set a new password (its sessions end). */
export async function resetLink(id: string): Promise<string> {
  return (await request(`/api/accounts/${encodeURIComponent(id)}/reset`, z.object({ link: z.string() }), undefined, {})).link;
}

export async function listGuestLinks(): Promise<GuestLink[]> {
  const answer = await request('/api/guest-links', z.union([z.array(GuestLink), z.object({ links: z.array(GuestLink) })]));
  return Array.isArray(answer) ? answer : answer.links;
}

export async function createGuestLink(label: string, datasets: string[], tours: string[]): Promise<GuestLink> {
  return request('/api/guest-links', GuestLink, undefined, { label, datasets, tours });
}

export async function revokeGuestLink(id: string): Promise<void> {
  await request(`/api/guest-links/${encodeURIComponent(id)}`, Empty, undefined, undefined, 'DELETE');
}
