// First start (AUTH=on): a store with no admin gets one, "admin", with no password, and the console gets a one-time
// link that sets it, as Jupyter prints its token. Each start prints a new link while no admin has a password.
import type { TeamStore } from '../store/team-store.ts';
import { issueSetupToken, setupLink } from './setup-links.ts';
import { createUser } from './users.ts';

export const FIRST_ADMIN = 'admin';

/** The link to print, or undefined when an admin can already sign in. */
export function firstStartLink(store: TeamStore, origin: string): string | undefined {
  const admins = store.prepare("SELECT id, name, password_hash FROM users WHERE role = 'admin' AND disabled = 0 ORDER BY created_at").all() as
    { id: string; name: string; password_hash: string | null }[];
  if (admins.some((a) => a.password_hash !== null)) return undefined;
  const admin = admins[0] ?? createUser(store, { name: freeAdminName(store), role: 'admin', passwordHash: null });
  return setupLink(origin, issueSetupToken(store, admin.id).token);
}

/** "admin", or "admin-2"... when an account of another role already took the name. */
function freeAdminName(store: TeamStore): string {
  const taken = (n: string) => store.prepare('SELECT 1 FROM users WHERE name = ? COLLATE NOCASE').get(n) !== undefined;
  let name = FIRST_ADMIN;
  for (let i = 2; taken(name); i += 1) name = `${FIRST_ADMIN}-${i}`;
  return name;
}
