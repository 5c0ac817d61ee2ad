// Accounts for API tests: a real store file in a temp folder, accounts made directly in it, and requests that
// carry a session cookie as a browser would.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role } from '../../server/contract/accounts.ts';
import { openTeamStore, type TeamStore } from '../../server/store/team-store.ts';
import { hashPassword } from '../../server/accounts/secrets.ts';
import { createUser } from '../../server/accounts/users.ts';

export function tempStoreFile(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'team-store-')), 'team.sqlite');
}

export function tempStore(): { store: TeamStore; file: string } {
  const file = tempStoreFile();
  return { store: openTeamStore(file), file };
}

export const TEST_PASSWORD = 'correct horse battery';

export async function addUser(store: TeamStore, name: string, role: Role, password = TEST_PASSWORD): Promise<string> {
  return createUser(store, { name, role, passwordHash: await hashPassword(password) }).id;
}

export interface Answer { status: number; body: any; headers: Headers }

export async function call(baseUrl: string, method: string, urlPath: string, { cookie, body }: { cookie?: string; body?: unknown } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${urlPath}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), redirect: 'manual' });
  const text = await res.text();
  let parsed: unknown = text;
  try { parsed = text ? JSON.parse(text) : null; } catch { /* an HTML page */ }
  return { status: res.status, body: parsed, headers: res.headers };
}

/** The `name=value` part of a Set-Cookie for `name`, ready for a Cookie header. */
export function cookieFrom(res: Answer, name: string): string | undefined {
  const line = res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  return line?.split(';')[0];
}

/** Signs in and returns the session cookie; fails the test when sign-in does not answer 200. */
export async function signIn(baseUrl: string, name: string, password = TEST_PASSWORD): Promise<string> {
  const res = await call(baseUrl, 'POST', '/api/session', { body: { name, password } });
  if (res.status !== 200) throw new Error(`sign-in of ${name}: ${res.status} ${JSON.stringify(res.body)}`);
  return cookieFrom(res, 'sg_session')!;
}
