// The embedded Neo4j's lifecycle: committed data survives a SIGTERM stop, and a taken port gets a clear error.
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { portIsFree, startLocalNeo4j } from '../../server/neo4j-local/local-neo4j.ts';
import { LocalNeo4jError } from '../../server/neo4j-local/build.ts';
import { createDriver } from '../../server/db/driver.ts';
import { readQuery, writeQuery } from '../../server/db/run.ts';
import { freePort } from '../support/free-port.ts';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'neo4j-restart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const options = async () => ({ dataDir, boltPort: await freePort(), password: 'restart-test-pw', heap: '512m', pagecacheMb: 64, gds: false, log: () => {} });

describe('local Neo4j', () => {
  it('keeps committed data across a SIGTERM stop and a second start', async () => {
    const first = await startLocalNeo4j(await options());
    let driver = createDriver({ uri: first.uri, user: 'neo4j', password: 'restart-test-pw' });
    await writeQuery({ driver, timeoutMs: 10_000 }, 'test-marker-write', { id: 'marker-1' });
    await driver.close();
    await first.stop();
    expect(await portIsFree(Number(new URL(first.uri.replace('bolt', 'http')).port))).toBe(true);

    const second = await startLocalNeo4j(await options());
    driver = createDriver({ uri: second.uri, user: 'neo4j', password: 'restart-test-pw' });
    try {
      const rows = await readQuery({ driver, timeoutMs: 10_000 }, 'test-marker-read', { id: 'marker-1' });
      expect(rows).toEqual([{ dataset: 'restart-test' }]);
    } finally {
      await driver.close();
      await second.stop();
    }
  }, 180_000);

  it('says Java is missing, and what to do, instead of crashing', async () => {
    const path0 = process.env.PATH;
    process.env.PATH = mkdtempSync(path.join(os.tmpdir(), 'no-java-'));
    try {
      const err = await startLocalNeo4j(await options()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LocalNeo4jError);
      expect((err as Error).message).toMatch(/java is missing.*install a Java 17\+ JDK/);
    } finally {
      process.env.PATH = path0;
    }
  });

  it('says which port is taken and what to do', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const err = await startLocalNeo4j({ ...(await options()), boltPort: port }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LocalNeo4jError);
      expect((err as Error).message).toContain(`port ${port} is taken`);
      expect((err as Error).message).toContain('NEO4J_BOLT_PORT');
    } finally {
      blocker.close();
    }
  });
});
