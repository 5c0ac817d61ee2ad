// What the accounts routes do, apart from HTTP: sign-in, first-start setup, password changes, and the admin's
// account management. Typed errors only; the routes set cookies.
import type { AccountPatch, NewAccount, Role, UserSummary } from '../contract/accounts.ts';
import type { Actor } from '../access/actor.ts';
import type { TeamStore } from '../store/team-store.ts';
import { BadRequestError, ConflictError, ForbiddenError, UnauthenticatedError } from '../http/errors.ts';
import { hashPassword, verifyPassword } from './secrets.ts';
import { consumeSetupToken, issueSetupToken } from './setup-links.ts';
import { createUser, isLastAdmin, requireUser, setDisabled, setPasswordHash, setRole, toSummary, userByName, type UserRow } from './users.ts';

export const WRONG_SIGN_IN = 'Wrong name or password';

export function actorOfUser(user: UserRow): Actor {
  return { kind: 'user', id: user.id, name: user.name, role: user.role };
}

/** The same words for an unknown name and a wrong password, and the same work (verifyPassword hashes either way). */
export async function signIn(store: TeamStore, name: string, password: string): Promise<UserRow> {
  const user = userByName(store, name.trim());
  const ok = await verifyPassword(user?.password_hash ?? null, password);
  if (!user || !ok) throw new UnauthenticatedError(WRONG_SIGN_IN);
  if (user.disabled === 1) throw new ForbiddenError('This account is disabled. An admin can enable it again');
  return user;
}

/** A one-time link's password: sets it, ends every session of the account, and gives the account to sign in. */
export async function completeSetup(store: TeamStore, token: string, password: string): Promise<UserRow> {
  const hash = await hashPassword(password);
  const user = consumeSetupToken(store, token);
  if (!user) throw new BadRequestError('token: this link has been used already, has expired (after 24 hours) or was replaced by a newer one. Ask an admin for a new link (npm run users -- reset-password NAME)', 'token');
  setPasswordHash(store, user.id, hash);
  return requireUser(store, user.id);
}

export async function changePassword(store: TeamStore, actor: Actor | undefined, keepSession: string | undefined, current: string, next: string): Promise<void> {
  if (actor?.kind !== 'user') throw new ForbiddenError(actor?.kind === 'local' ? 'Sign-in is off (AUTH=off), so there is no password to change' : 'Only an account has a password; a guest link has none');
  const user = requireUser(store, actor.id);
  if (!(await verifyPassword(user.password_hash, current))) throw new BadRequestError('current: this is not your current password', 'current');
  setPasswordHash(store, user.id, await hashPassword(next), keepSession);
}

/** True while the store's admins have no password yet: the first start's link has not been used. */
export function setupPending(store: TeamStore): boolean {
  const row = store.prepare("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND disabled = 0 AND password_hash IS NOT NULL").get() as { n: number };
  return row.n === 0;
}

export async function addAccount(store: TeamStore, input: NewAccount): Promise<UserSummary> {
  return toSummary(createUser(store, { name: input.name, role: input.role, passwordHash: await hashPassword(input.password) }));
}

export function patchAccount(store: TeamStore, id: string, patch: AccountPatch): UserSummary {
  const user = requireUser(store, id);
  const losesAdmin = (patch.role !== undefined && patch.role !== 'admin') || patch.disabled === true;
  if (user.role === 'admin' && losesAdmin && isLastAdmin(store, id)) {
    throw new ConflictError(`'${user.name}' is the last active admin: make another account admin first, so someone can still manage accounts`, patch.role !== undefined ? 'role' : 'disabled');
  }
  store.transaction(() => {
    if (patch.role !== undefined) setRole(store, id, patch.role as Role);
    if (patch.disabled !== undefined) setDisabled(store, id, patch.disabled);
  })();
  return toSummary(requireUser(store, id));
}

export function resetLinkFor(store: TeamStore, id: string): { token: string; expiresAt: string } {
  requireUser(store, id);
  return issueSetupToken(store, id);
}
