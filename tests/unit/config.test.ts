import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('config', () => {
  it('has working defaults for a local start', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.NEO4J_PASSWORD.length).toBeGreaterThanOrEqual(8);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '' }).NEO4J_URI).toBeUndefined();
  });

  it('accepts bolt, neo4j and Aura URIs', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://abc.databases.neo4j.io']) {
      expect(loadConfig({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    }
  });

  it('names every bad variable', () => {
    try {
      loadConfig({ PORT: 'abc', NEO4J_URI: 'http://x', NEO4J_PASSWORD: 'short' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const fields = (err as ConfigError).problems.map((p) => p.split(':')[0]);
      expect(fields.sort()).toEqual(['NEO4J_PASSWORD', 'NEO4J_URI', 'PORT']);
    }
  });
});
