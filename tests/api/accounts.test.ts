// Accounts, sessions, first start and the users CLI (issue 12), on the real app with a real store file.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { inject } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { boot } from '../../server/startup/boot.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { addUser, call, cookieFrom, signIn, tempStore, tempStoreFile, TEST_PASSWORD } from '../support/accounts.ts';
import { firstStartLink } from '../../server/accounts/first-start.ts';
import { openTeamStore, type TeamStore } from '../../server/store/team-store.ts';
import { hashPassword } from '../../server/accounts/secrets.ts';
import { setPasswordHash } from '../../server/accounts/users.ts';

type TestApp = Awaited<ReturnType<typeof startTestApp>>;
const opened: TestApp[] = [];

async function appWith(config: Record<string, unknown> = {}): Promise<{ app: TestApp; store: TeamStore; file: string }> {
  const { store, file } = tempStore();
  const app = await startTestApp({ config: { AUTH: 'on', ...config }, teamStore: store });
  opened.push(app);
  return { app, store, file };
}

afterAll(async () => { for (const app of opened) await app.close(); });

describe('sign-in and sign-out', () => {
  let app: TestApp;
  let store: TeamStore;
  beforeAll(async () => { ({ app, store } = await appWith()); await addUser(store, 'Synthetic-Editor', 'editor'); });

  it('signs in with a HttpOnly, SameSite=Strict cookie, and any case of the name', async () => {
    const res = await call(app.baseUrl, 'POST', '/api/session', { body: { name: 'synthetic-editor', password: TEST_PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body.actor).toMatchObject({ kind: 'user', name: 'Synthetic-Editor', role: 'editor' });
    const line = res.headers.getSetCookie().find((c) => c.startsWith('sg_session='))!;
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Strict/);
    expect(line).toMatch(/Path=\//);
    expect(line).not.toMatch(/Secure/);
    const cookie = cookieFrom(res, 'sg_session')!;
    const session = await call(app.baseUrl, 'GET', '/api/session', { cookie });
    expect(session.body).toMatchObject({ auth: 'on', actor: { name: 'Synthetic-Editor' }, setupPending: true });
  });

  it('says the same for a wrong password and an unknown name', async () => {
    const wrong = await call(app.baseUrl, 'POST', '/api/session', { body: { name: 'Synthetic-Editor', password: 'not the password' } });
    const unknown = await call(app.baseUrl, 'POST', '/api/session', { body: { name: 'nobody-at-all', password: TEST_PASSWORD } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.message).toBe('Wrong name or password.');
  });

  it('signs out: the cookie is cleared and the session no longer opens anything', async () => {
    const cookie = await signIn(app.baseUrl, 'Synthetic-Editor');
    expect((await call(app.baseUrl, 'GET', '/api/tours', { cookie })).status).toBe(200);
    const out = await call(app.baseUrl, 'DELETE', '/api/session', { cookie });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().find((c) => c.startsWith('sg_session='))).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await call(app.baseUrl, 'GET', '/api/tours', { cookie })).status).toBe(401);
    expect((await call(app.baseUrl, 'GET', '/api/session', { cookie })).body.actor).toBeNull();
  });

  it('never answers a hash: the account list shows whether a password is set, not the password', async () => {
    await addUser(store, 'Synthetic-Admin', 'admin');
    const admin = await signIn(app.baseUrl, 'Synthetic-Admin');
    const list = await call(app.baseUrl, 'GET', '/api/accounts', { cookie: admin });
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|hash/i);
    expect(list.body.accounts.map((a: { name: string }) => a.name)).toEqual(['Synthetic-Admin', 'Synthetic-Editor']);
  });
});

describe('sign-in is rate-limited', () => {
  it('per account name, whatever the address: a 429 with Retry-After and a sentence', async () => {
    const { app, store } = await appWith({ LOGIN_ATTEMPTS_PER_NAME: 3, LOGIN_ATTEMPTS_PER_IP: 100 });
    await addUser(store, 'Synthetic-Target', 'viewer');
    for (let i = 0; i < 3; i += 1) expect((await call(app.baseUrl, 'POST', '/api/session', { body: { name: 'synthetic-target', password: `wrong-${i}` } })).status).toBe(401);
    const limited = await call(app.baseUrl, 'POST', '/api/session', { body: { name: 'Synthetic-Target', password: TEST_PASSWORD } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.error.message).toMatch(/^Too many failed sign-ins for this account .*Wait \d+ s and try again/);
    // Another account is not locked by it.
    await addUser(store, 'Synthetic-Other', 'viewer');
    expect((await call(app.baseUrl, 'POST', '/api/session', { body: { name: 'Synthetic-Other', password: TEST_PASSWORD } })).status).toBe(200);
  });

  it('per address, across names', async () => {
    const { app } = await appWith({ LOGIN_ATTEMPTS_PER_NAME: 100, LOGIN_ATTEMPTS_PER_IP: 3 });
    for (let i = 0; i < 3; i += 1) expect((await call(app.baseUrl, 'POST', '/api/session', { body: { name: `guess-${i}`, password: 'wrong-password' } })).status).toBe(401);
    const limited = await call(app.baseUrl, 'POST', '/api/session', { body: { name: 'guess-9', password: 'wrong-password' } });
    expect(limited.status).toBe(429);
    expect(limited.body.error.message).toMatch(/from this address/);
  });
});

describe('behind a reverse proxy', () => {
  it('TRUST_PROXY counts sign-ins per forwarded client, and COOKIE_SECURE marks the cookie Secure', async () => {
    const { app, store } = await appWith({ TRUST_PROXY: '1', COOKIE_SECURE: '1', LOGIN_ATTEMPTS_PER_IP: 2, LOGIN_ATTEMPTS_PER_NAME: 100 });
    await addUser(store, 'Synthetic-Proxied', 'viewer');
    const from = async (ip: string, password: string) => (await fetch(`${app.baseUrl}/api/session`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': ip }, body: JSON.stringify({ name: 'Synthetic-Proxied', password }),
    }));
    for (let i = 0; i < 2; i += 1) expect((await from('203.0.113.7', 'wrong password')).status).toBe(401);
    expect((await from('203.0.113.7', 'wrong password')).status).toBe(429);
    // Another person behind the same proxy is not locked out by the first.
    const other = await from('203.0.113.8', TEST_PASSWORD);
    expect(other.status).toBe(200);
    expect(other.headers.getSetCookie()[0]).toMatch(/; Secure/);
  });
});

describe('sessions end', () => {
  it('after the idle time without a request', async () => {
    const { app, store } = await appWith({ SESSION_IDLE_HOURS: 1 / 3600 });
    await addUser(store, 'Synthetic-Idle', 'viewer');
    const cookie = await signIn(app.baseUrl, 'Synthetic-Idle');
    // Waits for the condition, not a fixed time: the session is gone once a second passes without a request.
    await expect.poll(async () => {
      await new Promise((r) => setTimeout(r, 1_100));
      return (await call(app.baseUrl, 'GET', '/api/tours', { cookie })).status;
    }, { timeout: 20_000, interval: 0 }).toBe(401);
    expect(store.prepare('SELECT COUNT(*) AS n FROM sessions').get()).toEqual({ n: 0 });
  });

  it('at the absolute expiry, however busy', async () => {
    const { app, store } = await appWith({ SESSION_MAX_DAYS: 2 / 86_400 });
    await addUser(store, 'Synthetic-Busy', 'viewer');
    const cookie = await signIn(app.baseUrl, 'Synthetic-Busy');
    const line = (await call(app.baseUrl, 'POST', '/api/session', { body: { name: 'Synthetic-Busy', password: TEST_PASSWORD } })).headers.getSetCookie()[0]!;
    expect(line).toMatch(/Expires=/);
    await expect.poll(async () => (await call(app.baseUrl, 'GET', '/api/tours', { cookie })).status, { timeout: 20_000, interval: 200 }).toBe(401);
  });

  it('a change of password ends every other session of the account, not the one that changed it', async () => {
    const { app, store } = await appWith();
    await addUser(store, 'Synthetic-Changer', 'analyst');
    const here = await signIn(app.baseUrl, 'Synthetic-Changer');
    const elsewhere = await signIn(app.baseUrl, 'Synthetic-Changer');
    const short = await call(app.baseUrl, 'POST', '/api/session/password', { cookie: here, body: { current: TEST_PASSWORD, next: 'short' } });
    expect(short.status).toBe(400);
    expect(short.body.error.field).toBe('next');
    expect(short.body.error.detail).toContain('at least 10 characters');
    const wrong = await call(app.baseUrl, 'POST', '/api/session/password', { cookie: here, body: { current: 'not my password', next: 'a new long password' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('current');
    expect((await call(app.baseUrl, 'POST', '/api/session/password', { cookie: here, body: { current: TEST_PASSWORD, next: 'a new long password' } })).status).toBe(204);
    expect((await call(app.baseUrl, 'GET', '/api/tours', { cookie: here })).status).toBe(200);
    expect((await call(app.baseUrl, 'GET', '/api/tours', { cookie: elsewhere })).status).toBe(401);
    expect((await call(app.baseUrl, 'POST', '/api/session', { body: { name: 'Synthetic-Changer', password: TEST_PASSWORD } })).status).toBe(401);
    await signIn(app.baseUrl, 'Synthetic-Changer', 'a new long password');
  });

  it('disabling an account ends all its sessions and refuses its sign-in; the last admin is kept', async () => {
    const { app, store } = await appWith();
    const adminId = await addUser(store, 'Synthetic-Boss', 'admin');
    const userId = await addUser(store, 'Synthetic-Leaver', 'editor');
    const admin = await signIn(app.baseUrl, 'Synthetic-Boss');
    const leaver = await signIn(app.baseUrl, 'Synthetic-Leaver');
    const patched = await call(app.baseUrl, 'PATCH', `/api/accounts/${userId}`, { cookie: admin, body: { disabled: true } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Synthetic-Leaver', disabled: true });
    expect((await call(app.baseUrl, 'GET', '/api/tours', { cookie: leaver })).status).toBe(401);
    const refused = await call(app.baseUrl, 'POST', '/api/session', { body: { name: 'Synthetic-Leaver', password: TEST_PASSWORD } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/disabled/);
    const last = await call(app.baseUrl, 'PATCH', `/api/accounts/${adminId}`, { cookie: admin, body: { role: 'viewer' } });
    expect(last.status).toBe(409);
    expect(last.body.error.message).toMatch(/last active admin/);
  });
});

describe('first start and setup links', () => {
  it('creates "admin" without a password and a one-time link, a new one at each start until it is used', async () => {
    const { app, store } = await appWith();
    const first = firstStartLink(store, app.baseUrl)!;
    expect(first).toMatch(new RegExp(`^${app.baseUrl}/welcome#setup=[A-Za-z0-9_-]{43}$`));
    const second = firstStartLink(store, app.baseUrl)!;
    expect(second).not.toBe(first);
    expect((await call(app.baseUrl, 'GET', '/api/session')).body).toEqual({ auth: 'on', actor: null, setupPending: true });
    // The admin has no password yet: nothing signs it in.
    expect((await call(app.baseUrl, 'POST', '/api/session', { body: { name: 'admin', password: '' } })).status).toBe(400);
    const replaced = await call(app.baseUrl, 'POST', '/api/accounts/setup', { body: { token: first.split('#setup=')[1], password: 'first admin password' } });
    expect(replaced.status).toBe(400);
    expect(replaced.body.error.field).toBe('token');
    const token = second.split('#setup=')[1]!;
    const tooShort = await call(app.baseUrl, 'POST', '/api/accounts/setup', { body: { token, password: 'short' } });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.detail).toContain('at least 10 characters');
    const setup = await call(app.baseUrl, 'POST', '/api/accounts/setup', { body: { token, password: 'first admin password' } });
    expect(setup.status).toBe(200);
    expect(setup.body.actor).toMatchObject({ kind: 'user', name: 'admin', role: 'admin' });
    const cookie = cookieFrom(setup, 'sg_session')!;
    expect((await call(app.baseUrl, 'GET', '/api/accounts', { cookie })).status).toBe(200);
    expect((await call(app.baseUrl, 'POST', '/api/accounts/setup', { body: { token, password: 'another password!' } })).status).toBe(400);
    expect(firstStartLink(store, app.baseUrl)).toBeUndefined();
    expect((await call(app.baseUrl, 'GET', '/api/session')).body.setupPending).toBe(false);
  });

  it('npm start (boot) prints the link while the admin has no password, a new one each start, none after', async () => {
    const { uri, password } = inject('neo4j');
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => { const p = (probe.address() as { port: number }).port; probe.close(() => resolve(p)); });
    });
    const file = tempStoreFile();
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: password, PORT: String(port), TEAM_STORE_FILE: file, SEED_ON_START: 'never', SAVED_QUERIES_DIR: tempStoreFile() });
    const startOnce = async () => {
      const running = await boot(config, () => {}, { buildClient: false });
      await running.close();
      return running.setupLink;
    };
    const first = await startOnce();
    expect(first).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/welcome#setup=[A-Za-z0-9_-]{43}$`));
    const second = await startOnce();
    expect(second).toMatch(/#setup=/);
    expect(second).not.toBe(first);
    const store = openTeamStore(file);
    const admins = store.prepare("SELECT id, name FROM users WHERE role = 'admin'").all() as { id: string; name: string }[];
    expect(admins.map((a) => a.name)).toEqual(['admin']);
    // With sign-in off there is no one to set up.
    expect(await boot({ ...config, AUTH: 'off' }, () => {}, { buildClient: false }).then(async (r) => { await r.close(); return r.setupLink; })).toBeUndefined();
    setPasswordHash(store, admins[0]!.id, await hashPassword('the admin password'));
    store.close();
    expect(await startOnce(), 'once the admin has a password').toBeUndefined();
  }, 120_000);

  it('an admin creates accounts and reset links; a reset link sets a new password once', async () => {
    const { app, store } = await appWith();
    await addUser(store, 'Synthetic-Head', 'admin');
    const admin = await signIn(app.baseUrl, 'Synthetic-Head');
    const made = await call(app.baseUrl, 'POST', '/api/accounts', { cookie: admin, body: { name: 'Synthetic-Reviewer', role: 'reviewer', password: 'reviewer password' } });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'Synthetic-Reviewer', role: 'reviewer', hasPassword: true, disabled: false });
    const twice = await call(app.baseUrl, 'POST', '/api/accounts', { cookie: admin, body: { name: 'synthetic-reviewer', role: 'viewer', password: 'reviewer password' } });
    expect(twice.status).toBe(409);
    expect(twice.body.error.field).toBe('name');
    const reset = await call(app.baseUrl, 'POST', `/api/accounts/${made.body.id}/reset`, { cookie: admin });
    expect(reset.status).toBe(200);
    const token = String(reset.body.link).split('#setup=')[1];
    expect((await call(app.baseUrl, 'POST', '/api/accounts/setup', { body: { token, password: 'reset password 1' } })).status).toBe(200);
    expect((await call(app.baseUrl, 'POST', '/api/accounts/setup', { body: { token, password: 'reset password 2' } })).status).toBe(400);
    await signIn(app.baseUrl, 'Synthetic-Reviewer', 'reset password 1');
  });

  it('with AUTH=off, everyone is the local admin and no setup is pending', async () => {
    const { store } = tempStore();
    const app = await startTestApp({ teamStore: store });
    opened.push(app);
    expect((await call(app.baseUrl, 'GET', '/api/session')).body).toEqual({ auth: 'off', actor: { kind: 'local', id: 'local', name: 'local', role: 'admin' }, setupPending: false });
  });
});

describe('npm run users', () => {
  // Spawned, not spawnSync: the server in this process keeps answering while the CLI writes the same file.
  const users = (file: string, args: string[], env: Record<string, string> = {}) => new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/users.ts', ...args], {
      env: { ...process.env, TEAM_STORE_FILE: file, SCAMGRAPH_PASSWORD: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, out, err }));
  });

  it('adds, lists, changes roles, disables and resets, with clear errors and exit codes, while the server runs', async () => {
    const file = tempStoreFile();
    const store = openTeamStore(file);
    const app = await startTestApp({ config: { AUTH: 'on' }, teamStore: store });
    opened.push(app);
    expect((await users(file, ['add', 'Synthetic-Cli', '--role', 'editor'], { SCAMGRAPH_PASSWORD: 'cli password 1' }))).toMatchObject({ code: 0, out: 'added Synthetic-Cli (editor)\n' });
    // The running server reads the account the CLI wrote (WAL: both have the file open).
    const cookie = await signIn(app.baseUrl, 'Synthetic-Cli', 'cli password 1');
    expect((await users(file, ['add', 'Synthetic-Cli', '--role', 'viewer'], { SCAMGRAPH_PASSWORD: 'cli password 1' }))).toMatchObject({ code: 1 });
    const short = (await users(file, ['add', 'Synthetic-Short', '--role', 'viewer'], { SCAMGRAPH_PASSWORD: 'short' }));
    expect(short.code).toBe(2);
    expect(short.err).toContain('at least 10 characters');
    const noPassword = (await users(file, ['add', 'Synthetic-None', '--role', 'viewer']));
    expect(noPassword.code).toBe(2);
    expect(noPassword.err).toContain('SCAMGRAPH_PASSWORD');
    expect((await users(file, ['add', 'Synthetic-Role', '--role', 'boss'], { SCAMGRAPH_PASSWORD: 'cli password 1' })).err).toMatch(/--role \(one of viewer, analyst, editor, reviewer, admin\)/);
    expect((await users(file, ['set-role', 'synthetic-cli', 'reviewer']))).toMatchObject({ code: 0, out: 'Synthetic-Cli is now reviewer\n' });
    expect((await call(app.baseUrl, 'GET', '/api/session', { cookie })).body.actor.role).toBe('reviewer');
    expect((await users(file, ['list'])).out).toMatch(/^Synthetic-Cli\treviewer\tactive\tlast seen 20/m);
    const reset = (await users(file, ['reset-password', 'Synthetic-Cli']));
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/^Set the password of Synthetic-Cli: http:\/\/127\.0\.0\.1:3000\/welcome#setup=[A-Za-z0-9_-]{43}\n/);
    expect((await users(file, ['disable', 'Synthetic-Cli'])).code).toBe(0);
    expect((await call(app.baseUrl, 'GET', '/api/tours', { cookie })).status).toBe(401);
    expect((await users(file, ['disable', 'nobody']))).toMatchObject({ code: 1, err: "users: no account named 'nobody' (npm run users -- list shows them)\n" });
    expect((await users(file, ['frobnicate'])).code).toBe(2);
    expect((await users(file, ['reset-password', 'Synthetic-Cli'], { SCAMGRAPH_PASSWORD: 'cli password 2' })).code).toBe(0);
    expect((await users(file, ['enable', 'Synthetic-Cli'])).code).toBe(0);
    await signIn(app.baseUrl, 'Synthetic-Cli', 'cli password 2');
  }, 240_000);
});
