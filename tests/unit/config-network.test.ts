// Items 13 and 16 of issue 11, without a server: which host names are allowed, and when a start is refused.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';
import { exposureDecision } from '../../server/security/exposure.ts';
import { hostMatcher, parseHost } from '../../server/security/hosts.ts';
import { boot } from '../../server/startup/boot.ts';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('ALLOWED_HOSTS', () => {
  it('reads a comma-separated list of names and name:port, in lower case', () => {
    expect(loadConfig({}).ALLOWED_HOSTS).toEqual([]);
    expect(loadConfig({ ALLOWED_HOSTS: ' Scamgraph.example , lab.local:8080,[::1]:3000' }).ALLOWED_HOSTS).toEqual(['scamgraph.example', 'lab.local:8080', '[::1]:3000']);
  });

  it('refuses URLs, wildcards and paths, naming the entry', () => {
    for (const bad of ['http://scamgraph.example', '*.example', 'host/path', 'a b', 'host:99999']) {
      const found = problems({ ALLOWED_HOSTS: `ok.example,${bad}` });
      expect(found, bad).toHaveLength(1);
      expect(found[0]).toMatch(/^ALLOWED_HOSTS: /);
      expect(found[0]).toContain(`"${bad}"`);
    }
  });
});

describe('host matcher', () => {
  const allowed = hostMatcher({ allowedHosts: ['scamgraph.example', 'lab.local:8080'], port: 3000 });
  const ok = (host: string, localPort?: number) => allowed(parseHost(host)!, localPort);

  it('allows loopback names on the configured port or the port the request came in on', () => {
    expect(ok('localhost:3000')).toBe(true);
    expect(ok('127.0.0.1:3000')).toBe(true);
    expect(ok('[::1]:3000')).toBe(true);
    expect(ok('LOCALHOST.:3000')).toBe(true);
    expect(ok('127.0.0.1:41234', 41234)).toBe(true);
    expect(ok('localhost:8080')).toBe(false);
    expect(ok('localhost')).toBe(false);
  });

  it('allows ALLOWED_HOSTS names: any port without one, only that port with one', () => {
    expect(ok('scamgraph.example')).toBe(true);
    expect(ok('scamgraph.example:443')).toBe(true);
    expect(ok('lab.local:8080')).toBe(true);
    expect(ok('lab.local:3000')).toBe(false);
  });

  it('refuses every other name, and what is not a host at all', () => {
    expect(ok('attacker.example:3000')).toBe(false);
    expect(ok('localhost.attacker.example:3000')).toBe(false);
    expect(ok('127.0.0.1.nip.io:3000')).toBe(false);
    expect(parseHost('a b')).toBeUndefined();
    expect(parseHost('host:0')).toBeUndefined();
    expect(parseHost('')).toBeUndefined();
  });
});

describe('exposure at start (item 16, replaced by issue 12: beyond loopback, sign-in is always on)', () => {
  it('lets loopback addresses start quietly, with or without sign-in', () => {
    for (const HOST of ['127.0.0.1', 'localhost', '::1', '127.0.1.1']) {
      expect(exposureDecision(loadConfig({ HOST })).kind).toBe('loopback');
      expect(exposureDecision(loadConfig({ HOST, AUTH: 'off' })).kind).toBe('loopback');
    }
  });

  it('refuses AUTH=off on any other address, saying why and what to do', () => {
    for (const HOST of ['0.0.0.0', '::', '192.168.1.20', 'scamgraph.example']) {
      const decision = exposureDecision(loadConfig({ HOST, AUTH: 'off' }));
      expect(decision.kind, HOST).toBe('refused');
      if (decision.kind !== 'refused') continue;
      expect(decision.problem).toMatch(/^AUTH: off means no sign-in/);
      expect(decision.problem).toContain(`HOST: ${HOST}`);
      expect(decision.problem).toContain('Authentication is always on beyond loopback');
    }
  });

  it('serves a network address with sign-in on (the default), naming the allowed hosts', () => {
    const decision = exposureDecision(loadConfig({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'lab-pc.local' }));
    expect(decision.kind).toBe('network');
    if (decision.kind === 'network') expect(decision.notice.join('\n')).toContain('lab-pc.local');
    // The issue-11 override is gone: it neither allows AUTH=off nor is an error.
    expect(exposureDecision(loadConfig({ HOST: '0.0.0.0', AUTH: 'off', ALLOW_UNAUTHENTICATED_NETWORK: '1' })).kind).toBe('refused');
  });

  it('boot refuses before it starts a database', async () => {
    // NEO4J_URI points nowhere: reaching the database step would fail differently (and slowly).
    const config = loadConfig({ HOST: '0.0.0.0', AUTH: 'off', NEO4J_URI: 'bolt://127.0.0.1:1' });
    const err = await boot(config, () => {}, { buildClient: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).problems[0]).toContain('Authentication is always on beyond loopback');
  });
});

describe('rate-limit settings', () => {
  it('have generous defaults and name a bad value', () => {
    const c = loadConfig({});
    expect(c.RATE_LIMIT_QUERIES).toBeGreaterThanOrEqual(300);
    expect(c.RATE_LIMIT_WRITES).toBeGreaterThanOrEqual(60);
    expect(problems({ RATE_LIMIT_QUERIES: '0', RATE_LIMIT_WINDOW_S: 'soon' }).map((p) => p.split(':')[0]).sort()).toEqual(['RATE_LIMIT_QUERIES', 'RATE_LIMIT_WINDOW_S']);
  });
});
