// A driver and Db on the tests' own Neo4j; close it in afterAll.
import { inject } from 'vitest';
import { createDriver } from '../../server/db/driver.ts';
import type { Db } from '../../server/db/run.ts';
import { readQuery } from '../../server/db/run.ts';

export function testDb(): Db {
  const { uri, password } = inject('neo4j');
  return { driver: createDriver({ uri, user: 'neo4j', password }), timeoutMs: 30_000 };
}

/** Node, relationship and property counts: the fingerprint used to prove nothing was written. */
export async function graphCounts(db: Db): Promise<{ nodes: number; relationships: number; properties: number }> {
  const [row] = await readQuery(db, 'test-graph-counts');
  return { nodes: row!.nodes as number, relationships: row!.relationships as number, properties: row!.properties as number };
}
