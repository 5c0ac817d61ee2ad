// The small rules of accounts and access, without a server: path matching of the access table, TRUST_PROXY's
// forms, password hashing, and the config's new settings.
import { describe, expect, it } from 'vitest';
import { accessRowFor } from '../../server/access/enforce.ts';
import { tourVisible } from '../../server/access/guest-scope.ts';
import { trustProxyValue, accountsSettings } from '../../server/accounts/settings.ts';
import { hashPassword, newToken, tokenHash, verifyPassword } from '../../server/accounts/secrets.ts';
import { NewAccount, SetupRequest } from '../../server/contract/accounts.ts';
import { loadConfig, ConfigError } from '../../server/config.ts';

describe('the access table lookup', () => {
  it('matches Express patterns, HEAD as GET, and gives the params', () => {
    expect(accessRowFor('GET', '/entities/abc/neighbourhood')).toMatchObject({ row: { path: '/entities/:id/neighbourhood', needs: 'read' }, params: { id: 'abc' } });
    expect(accessRowFor('HEAD', '/search')?.row.needs).toBe('read');
    expect(accessRowFor('POST', '/cypher')?.row.needs).toBe('cypher');
    expect(accessRowFor('POST', '/accounts/setup')?.row.needs).toBe('public');
    expect(accessRowFor('POST', '/accounts/u-1/reset')).toMatchObject({ row: { needs: 'admin' }, params: { id: 'u-1' } });
    expect(accessRowFor('PUT', '/search')).toBeUndefined();
    expect(accessRowFor('GET', '/no/such/route')).toBeUndefined();
  });

  it('does not throw on malformed percent-encoding (the route answers its 400)', () => {
    expect(accessRowFor('GET', '/entities/%FF%FE')?.row.path).toBe('/entities/:id');
  });

  it('lists every tour to accounts, and a guest only its own', () => {
    expect(tourVisible({ kind: 'user', id: 'u', name: 'u', role: 'viewer' }, 'a')).toBe(true);
    expect(tourVisible(undefined, 'a')).toBe(true);
    expect(tourVisible({ kind: 'guest', id: 'guest:1', name: 'g', role: 'viewer', tours: ['b'] }, 'a')).toBe(false);
    expect(tourVisible({ kind: 'guest', id: 'guest:1', name: 'g', role: 'viewer', tours: ['b'] }, 'b')).toBe(true);
  });
});

describe('settings', () => {
  it('TRUST_PROXY: none by default, a hop count, true, or addresses as Express takes them', () => {
    expect(trustProxyValue(undefined)).toBe(false);
    expect(trustProxyValue('0')).toBe(false);
    expect(trustProxyValue('1')).toBe(1);
    expect(trustProxyValue('true')).toBe(true);
    expect(trustProxyValue('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
  });

  it('sign-in is on unless said otherwise; bad session times are named', () => {
    expect(accountsSettings({}).auth).toBe('on');
    expect(accountsSettings({ AUTH: 'off' }).auth).toBe('off');
    expect(loadConfig({}).SESSION_IDLE_HOURS).toBe(12);
    expect(loadConfig({}).SESSION_MAX_DAYS).toBe(7);
    const err = (() => { try { loadConfig({ SESSION_IDLE_HOURS: '-1', COOKIE_SECURE: 'yes' }); } catch (e) { return e as ConfigError; } return undefined; })();
    expect(err?.problems.map((p) => p.split(':')[0]).sort()).toEqual(['COOKIE_SECURE', 'SESSION_IDLE_HOURS']);
  });
});

describe('passwords and tokens', () => {
  it('hashes with argon2id and verifies; a missing hash is a plain no', async () => {
    const hash = await hashPassword('a long password');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'a long password')).toBe(true);
    expect(await verifyPassword(hash, 'a long passwore')).toBe(false);
    expect(await verifyPassword(null, 'a long password')).toBe(false);
    expect(await verifyPassword('not a hash', 'a long password')).toBe(false);
  });

  it('tokens are 32 random bytes, stored as SHA-256', () => {
    const t = newToken();
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(t);
    expect(tokenHash(t)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a password shorter than 10 characters is refused by name, with the rule', () => {
    const r = NewAccount.safeParse({ name: 'ana', role: 'editor', password: 'short' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['password'], message: 'a password needs at least 10 characters' });
    expect(SetupRequest.safeParse({ token: 't', password: '0123456789' }).success).toBe(true);
    expect(NewAccount.safeParse({ name: 'not ok!', role: 'editor', password: '0123456789' }).success).toBe(false);
  });
});
