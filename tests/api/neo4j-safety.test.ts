// The database is the second wall: even a query that reaches it can't read files or the network.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { testDb } from '../support/db.ts';
import { readQuery } from '../../server/db/run.ts';
import { createDriver } from '../../server/db/driver.ts';
import { errorCode } from '../../server/db/errors.ts';

const db = testDb();
afterAll(async () => { await db.driver.close(); });

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the query to be refused'); }, (e: unknown) => e as Error);

describe('local Neo4j settings', () => {
  it('refuses LOAD CSV from local files', async () => {
    const err = await failure(readQuery(db, 'test-load-csv', { url: 'file:///etc/passwd' }));
    expect(err.message).toMatch(/allow_csv_import_from_file_urls/);
  });

  it('refuses LOAD CSV from any host, even one that answers on loopback', async () => {
    let hits = 0;
    const server = http.createServer((_req, res) => { hits++; res.end('a,b\n'); }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x.csv`;
      const err = await failure(readQuery(db, 'test-load-csv', { url }));
      expect(err.message).toMatch(/blocked|blocklist/i);
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });

  it('has auth on: a wrong password is refused', async () => {
    const driver = createDriver({ uri: inject('neo4j').uri, user: 'neo4j', password: 'wrong-password' });
    try {
      const err = await failure(driver.getServerInfo());
      expect(errorCode(err)).toBe('Neo.ClientError.Security.Unauthorized');
    } finally {
      await driver.close();
    }
  });
});
