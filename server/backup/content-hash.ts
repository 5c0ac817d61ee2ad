// A hash of a graph's content that ignores element ids and order: every node's labels and properties, and every
// relationship's type and properties with the content of its two ends. Equal after backup -> wipe -> restore.
import { createHash } from 'node:crypto';
import type { Encoded } from './values.ts';
import { readGraph } from './read-graph.ts';
import type { Target } from './connection.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export class ContentHasher {
  private readonly nodes = new Map<string | number, string>();
  private readonly digests: string[] = [];

  /** props must be encoded with encodeProperties (sorted keys, typed values). */
  node(key: string | number, labels: string[], props: Record<string, Encoded>): void {
    const digest = sha256(JSON.stringify(['n', [...labels].sort(), props]));
    this.nodes.set(key, digest);
    this.digests.push(digest);
  }

  relationship(type: string, props: Record<string, Encoded>, start: string | number, end: string | number): void {
    const [s, e] = [this.nodes.get(start), this.nodes.get(end)];
    // A relationship always has both ends in the same snapshot; a miss means the graph changed while it was read.
    if (s === undefined || e === undefined) throw new SnapshotTornError();
    this.digests.push(sha256(JSON.stringify(['r', type, props, s, e])));
  }

  /** Order-independent: the sorted multiset of element digests. */
  value(): string {
    return `sha256:${sha256(this.digests.sort().join('\n'))}`;
  }
}

export class SnapshotTornError extends Error {
  constructor() {
    super('a relationship ends at a node that was not read: the graph changed while it was read');
  }
}

/** The content hash of the whole database, read in one transaction. */
export async function graphContentHash(target: Target): Promise<{ hash: string; nodes: number; relationships: number }> {
  const hasher = new ContentHasher();
  let nodes = 0;
  let relationships = 0;
  await readGraph(target, {
    node: (id, labels, props) => void (hasher.node(id, labels, props), nodes++),
    relationship: (type, props, s, e) => void (hasher.relationship(type, props, s, e), relationships++),
  });
  return { hash: hasher.value(), nodes, relationships };
}
