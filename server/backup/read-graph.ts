// Reads every node, then every relationship, in one read transaction, and says whether the graph changed meanwhile.
//
// Neo4j isolates transactions read-committed, not by snapshot: a write that commits while a long read runs may be
// half seen. So the read is bracketed by bookmarks (the last committed transaction the server reports): equal
// bookmarks before and after mean no write committed in between, and what was read is one consistent state.
import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import { LONG_READ_TIMEOUT_MS, type Target } from './connection.ts';
import { encodeProperties, type Encoded } from './values.ts';

export interface GraphVisitor {
  /** Called once, before any node, with what the same transaction counted. */
  start?(info: { version: string; edition: string; nodes: number; relationships: number }): void | Promise<void>;
  node(id: string, labels: string[], props: Record<string, Encoded>): void | Promise<void>;
  relationship(type: string, props: Record<string, Encoded>, start: string, end: string): void | Promise<void>;
}

const num = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v));

async function lastCommitted(target: Target): Promise<string> {
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run(cypher('backup-ping')));
    return session.lastBookmarks().join(',');
  } finally {
    await session.close();
  }
}

/** Returns true when no write committed during the read (the bookmarks match). */
export async function readGraph(target: Target, visitor: GraphVisitor): Promise<{ unchanged: boolean }> {
  const before = await lastCommitted(target);
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ, bookmarks: [] });
  try {
    const tx = session.beginTransaction({ timeout: LONG_READ_TIMEOUT_MS, metadata: { app: 'scamgraph-backup' } });
    try {
      const [c] = (await tx.run(cypher('backup-counts'))).records.map((r) => r.toObject());
      await visitor.start?.({ version: String(c!.version), edition: String(c!.edition), nodes: num(c!.nodes), relationships: num(c!.relationships) });
      for await (const r of tx.run(cypher('backup-nodes'))) {
        await visitor.node(r.get('id') as string, r.get('labels') as string[], encodeProperties(r.get('props') as Record<string, unknown>));
      }
      for await (const r of tx.run(cypher('backup-relationships'))) {
        await visitor.relationship(r.get('type') as string, encodeProperties(r.get('props') as Record<string, unknown>), r.get('start') as string, r.get('end') as string);
      }
      await tx.commit();
    } catch (err) {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
      throw err;
    }
    return { unchanged: session.lastBookmarks().join(',') === before };
  } finally {
    await session.close();
  }
}
