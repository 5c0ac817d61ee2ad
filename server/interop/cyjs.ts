// Cytoscape JSON (.cyjs), what Cytoscape desktop and cytoscape.js load: each element's data holds its properties
// as they are (JSON keeps their kinds), plus what Cytoscape reads (labels, interaction, shared_name).
import type { Chunk, Dump, Format, InteropNode, InteropRel, ReadResult, WriteOptions } from './model.ts';
import { InteropReadError, textOf } from './model.ts';
import { sortedProps } from './values.ts';

export const CYJS_LEAVES_OUT = ['relationship properties named source, target or interaction (Cytoscape reserves them)', 'whole-number floats (3.0 is read back as the integer 3)'];

const NODE_ADDED = ['labels', 'shared_name'];
const EDGE_ADDED = ['source', 'target', 'interaction', 'shared_interaction'];

export async function* writeCyjs(dump: Dump, options: WriteOptions = {}): AsyncIterable<Chunk> {
  const meta = {
    format_version: '1.0', generated_by: 'scamgraph', target_cytoscapejs_version: '~3.34',
    data: {
      name: `Scamgraph: ${dump.header.dataset}`, dataset: dump.header.dataset, exportedAt: dump.header.exportedAt,
      note: 'Allegations are claims: read status, credibility and sources before relying on any link.', leavesOut: CYJS_LEAVES_OUT,
    },
  };
  yield `${JSON.stringify(meta).slice(0, -1)},"elements":{"nodes":[`;
  let first = true;
  for await (const page of dump.nodes()) {
    for (const n of page) {
      const at = options.positions?.get(n.id);
      const el = { data: { ...sortedProps(n.props), id: n.id, labels: n.labels, shared_name: String(n.props.name ?? n.id) }, ...(at ? { position: at } : {}) };
      yield `${first ? '' : ','}\n${JSON.stringify(el)}`;
      first = false;
    }
  }
  yield '],"edges":[';
  first = true;
  for await (const page of dump.relationships()) {
    for (const r of page) {
      const data = { ...sortedProps(r.props), id: r.id, source: r.from, target: r.to, interaction: r.type, shared_interaction: r.type };
      yield `${first ? '' : ','}\n${JSON.stringify({ data })}`;
      first = false;
    }
  }
  yield ']}}\n';
}

type Data = Record<string, unknown>;

export function readCyjs(bytes: Uint8Array, file = 'file.cyjs'): ReadResult {
  let doc: { data?: Data; elements?: unknown };
  try {
    doc = JSON.parse(textOf(bytes)) as typeof doc;
  } catch (err) {
    throw new InteropReadError(file, 'the document', undefined, `is not JSON (${(err as Error).message})`);
  }
  const els = doc?.elements;
  const list = (Array.isArray(els) ? els : [...((els as { nodes?: unknown[] })?.nodes ?? []), ...((els as { edges?: unknown[] })?.edges ?? [])]) as Array<{ data?: Data; group?: string }>;
  const nodes: InteropNode[] = [];
  const relationships: InteropRel[] = [];
  list.forEach((el, i) => {
    const data = el?.data;
    if (!data || typeof data !== 'object') throw new InteropReadError(file, `element ${i + 1}`, 'data', 'is missing');
    const isEdge = el.group === 'edges' || (data.source !== undefined && data.target !== undefined);
    const where = `${isEdge ? 'edge' : 'node'} ${i + 1}${typeof data.id === 'string' ? ` (id "${data.id}")` : ''}`;
    const props: Data = {};
    for (const [k, v] of Object.entries(data)) if (!(isEdge ? EDGE_ADDED : NODE_ADDED).includes(k)) props[k] = v;
    if (isEdge) {
      for (const f of ['source', 'target']) if (typeof data[f] !== 'string') throw new InteropReadError(file, where, f, 'is missing or not text');
      if (data.id === undefined) delete props.id;
      relationships.push({ id: typeof data.id === 'string' ? data.id : '', type: String(data.interaction ?? data.type ?? data.label ?? ''), from: data.source as string, to: data.target as string, props: sortedProps(props) });
    } else {
      if (typeof data.id !== 'string' || !data.id) throw new InteropReadError(file, where, 'id', 'is missing or not text');
      if (props.name === undefined && typeof data.shared_name === 'string') props.name = data.shared_name;
      nodes.push({ id: data.id, labels: Array.isArray(data.labels) ? (data.labels as string[]) : [], props: sortedProps(props) });
    }
  });
  return { dataset: typeof doc.data?.dataset === 'string' ? doc.data.dataset : undefined, nodes, relationships, notices: [] };
}

export const cyjsFormat: Format = {
  name: 'cyjs', extension: 'cyjs', mediaType: 'application/json', leavesOut: CYJS_LEAVES_OUT,
  read: (bytes, o) => readCyjs(bytes, o?.file),
  write: writeCyjs,
};
