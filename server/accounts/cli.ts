// `npm run users -- <command>`: manage accounts without the UI, on the store file (TEAM_STORE_FILE), also while the
// server runs (SQLite WAL lets both write; each change is one transaction). Exit codes: 0 done, 1 refused, 2 usage.
import { ROLES, Role, AccountName, Password } from '../contract/accounts.ts';
import type { TeamStore } from '../store/team-store.ts';
import { ConflictError, NotFoundError } from '../http/errors.ts';
import { hashPassword } from './secrets.ts';
import { issueSetupToken, setupLink } from './setup-links.ts';
import { createUser, isLastAdmin, listUsers, setDisabled, setPasswordHash, setRole, userByName, type UserRow } from './users.ts';

export const USAGE = `Usage: npm run users -- <command>
  add NAME --role ROLE     a new account; password from SCAMGRAPH_PASSWORD, or asked for (hidden)
  list                     every account, its role and state
  set-role NAME ROLE       roles: ${ROLES.join(', ')}
  disable NAME             ends its sessions; it cannot sign in
  enable NAME
  reset-password NAME      prints a one-time link (24 h); with SCAMGRAPH_PASSWORD set, sets that password instead
The store is TEAM_STORE_FILE (default .scamgraph/team.sqlite).`;

export class UsageError extends Error {}

export interface CliIo {
  out: (line: string) => void;
  /** The password: SCAMGRAPH_PASSWORD, else a hidden prompt; undefined when neither is available. */
  password: () => Promise<string | undefined>;
  /** Where reset links point (http://HOST:PORT). */
  origin: string;
}

function checked<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new UsageError(`${what}: ${r.error.issues[0]!.message}`);
  return r.data;
}

function named(store: TeamStore, name: string | undefined): UserRow {
  if (!name) throw new UsageError('NAME: give the account name');
  const user = userByName(store, name);
  if (!user) throw new NotFoundError(`no account named '${name}' (npm run users -- list shows them)`);
  return user;
}

async function passwordFrom(io: CliIo): Promise<string> {
  const password = await io.password();
  if (password === undefined) throw new UsageError('password: set SCAMGRAPH_PASSWORD, or run this in a terminal to be asked for it');
  return checked(Password, password, 'password');
}

export async function runUsersCli(store: TeamStore, argv: string[], io: CliIo): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'add': {
      const roleAt = rest.indexOf('--role');
      const role = checked(Role, roleAt >= 0 ? rest[roleAt + 1] : undefined, `--role (one of ${ROLES.join(', ')})`);
      const name = checked(AccountName, rest.find((a, i) => !a.startsWith('--') && i !== roleAt + 1), 'NAME');
      if (userByName(store, name)) throw new ConflictError(`an account named '${name}' already exists (names are the same whatever their case)`);
      const user = createUser(store, { name, role, passwordHash: await hashPassword(await passwordFrom(io)) });
      io.out(`added ${user.name} (${user.role})`);
      return;
    }
    case 'list': {
      const users = listUsers(store);
      if (users.length === 0) io.out('no accounts yet (npm start creates "admin" and prints its setup link)');
      for (const u of users) {
        const state = u.disabled ? 'disabled' : u.password_hash ? 'active' : 'no password yet';
        io.out(`${u.name}\t${u.role}\t${state}\tlast seen ${u.last_seen_at ?? 'never'}`);
      }
      return;
    }
    case 'set-role': {
      const user = named(store, rest[0]);
      const role = checked(Role, rest[1], `ROLE (one of ${ROLES.join(', ')})`);
      if (user.role === 'admin' && role !== 'admin' && isLastAdmin(store, user.id)) throw new ConflictError(`'${user.name}' is the last active admin: make another account admin first`);
      setRole(store, user.id, role);
      io.out(`${user.name} is now ${role}`);
      return;
    }
    case 'disable':
    case 'enable': {
      const user = named(store, rest[0]);
      if (command === 'disable' && user.role === 'admin' && isLastAdmin(store, user.id)) throw new ConflictError(`'${user.name}' is the last active admin: make another account admin first`);
      setDisabled(store, user.id, command === 'disable');
      io.out(`${user.name} is ${command}d${command === 'disable' ? '; its sessions have ended' : ''}`);
      return;
    }
    case 'reset-password': {
      const user = named(store, rest[0]);
      const password = process.env.SCAMGRAPH_PASSWORD;
      if (password !== undefined && password !== '') {
        setPasswordHash(store, user.id, await hashPassword(checked(Password, password, 'SCAMGRAPH_PASSWORD')));
        io.out(`password of ${user.name} set; its sessions have ended`);
      } else {
        const { token } = issueSetupToken(store, user.id);
        io.out(`Set the password of ${user.name}: ${setupLink(io.origin, token)}`);
        io.out('(the link works once, for 24 hours)');
      }
      return;
    }
    default:
      throw new UsageError(command ? `unknown command '${command}'` : 'give a command');
  }
}
