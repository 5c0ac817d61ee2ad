// A dataset read from Neo4j as a Dump: counts and key kinds first, then nodes in pages by id and, per page of
// nodes, the links they start. Each page is its own read (a big dataset never sits in one answer); an export taken
// while the dataset is being edited may see a page before and the next after an edit, like any paged read.
import { readQuery, type Db } from '../db/run.ts';
import { plainValue } from '../db/result-values.ts';
import type { Dump, InteropNode, InteropRel } from './model.ts';
import type { ValueKind } from './values.ts';

/** Stamped by every write of the import path itself (cypher/import-nodes.cypher): bookkeeping, not data. */
export const BOOKKEEPING_KEYS = ['updatedAt'];

export const DUMP_PAGE = 5_000;

function kindOfTypes(types: string[]): ValueKind {
  const kinds = new Set(types.map((t) => {
    if (t.startsWith('INTEGER')) return 'long';
    if (t.startsWith('FLOAT')) return 'double';
    if (t.startsWith('BOOLEAN')) return 'boolean';
    if (t.startsWith('LIST')) return 'json';
    // Text, and temporal or spatial values, which reach the exchange model as their ISO text.
    return 'string';
  }));
  if (kinds.size === 1) return [...kinds][0] as ValueKind;
  if (kinds.size === 2 && kinds.has('long') && kinds.has('double')) return 'double';
  return 'json';
}

async function keyKinds(db: Db, query: string, dataset: string): Promise<Record<string, ValueKind>> {
  const rows = await readQuery(db, query, { dataset });
  const out: Record<string, ValueKind> = {};
  for (const r of rows.sort((a, b) => String(a.key).localeCompare(String(b.key)))) {
    if (!BOOKKEEPING_KEYS.includes(r.key as string)) out[r.key as string] = kindOfTypes(r.kinds as string[]);
  }
  return out;
}

/**
 * Properties in name order: Neo4j keeps no order of its own (a node written by an import may list them otherwise than
 * its source did), and every writer follows the dump's order, so without this one graph could give two files.
 */
function plainProps(raw: unknown): Record<string, unknown> {
  const props = plainValue(raw, { nodes: new Map(), relationships: new Map() }) as Record<string, unknown>;
  for (const k of BOOKKEEPING_KEYS) delete props[k];
  return Object.fromEntries(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface DatasetDump extends Dump {
  /** Links from this dataset to nodes of other datasets: not in the export, and said so. */
  outside: number;
}

export async function datasetDump(db: Db, dataset: string, options: { page?: number; history?: Dump['history'] } = {}): Promise<DatasetDump> {
  const page = options.page ?? DUMP_PAGE;
  const [counts] = await readQuery(db, 'interop-dump-counts', { dataset });
  const [nodeKeys, relKeys] = [await keyKinds(db, 'interop-dump-node-keys', dataset), await keyKinds(db, 'interop-dump-relationship-keys', dataset)];
  /** Pages of rows by id; `query` returns the nodes (props and all) or only their ids. */
  async function* pages(query: string): AsyncIterable<Array<Record<string, unknown>>> {
    let after = '';
    for (;;) {
      const rows = await readQuery(db, query, { dataset, after, limit: page });
      if (rows.length === 0) return;
      yield rows;
      after = rows[rows.length - 1]!.id as string;
      if (rows.length < page) return;
    }
  }
  return {
    header: {
      dataset, nodes: counts!.nodes as number, relationships: counts!.relationships as number, exportedAt: new Date().toISOString(), nodeKeys, relKeys,
    },
    ...(options.history ? { history: options.history } : {}),
    outside: counts!.outside as number,
    async *nodes() {
      for await (const rows of pages('interop-dump-nodes')) {
        yield rows.map((r): InteropNode => ({ id: r.id as string, labels: [...(r.labels as string[])].sort(), props: plainProps(r.props) }));
      }
    },
    async *relationships() {
      for await (const ids of pages('interop-dump-node-ids')) {
        const rows = await readQuery(db, 'interop-dump-relationships', { dataset, ids: ids.map((r) => r.id) });
        yield rows.map((r): InteropRel => ({ id: r.id as string, type: r.type as string, from: r.from as string, to: r.to as string, props: plainProps(r.props) }));
      }
    },
  };
}
