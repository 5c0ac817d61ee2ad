// The native form: every node with every label and property, every relationship, and (when the team store has it)
// the recorded history of changes. JSON keeps each value's kind; read back, the rows are what was exported.
import { z } from 'zod';
import type { Chunk, Dump, Format, ReadResult } from './model.ts';
import { InteropReadError, textOf } from './model.ts';
import { sortedProps } from './values.ts';

export const SCAMGRAPH_JSON_LEAVES_OUT = ['whole-number floats (3.0 is read back as the integer 3)'];

const Scalar = z.union([z.string(), z.number(), z.boolean()]);
const Value = z.union([Scalar, z.array(Scalar)]);
const Props = z.record(z.string(), Value);
const Doc = z.object({
  format: z.literal('scamgraph-json'),
  version: z.literal(1),
  dataset: z.string().min(1),
  nodes: z.array(z.object({ id: z.string().min(1), labels: z.array(z.string().min(1)).min(1), props: Props })),
  relationships: z.array(z.object({ id: z.string().min(1), type: z.string().min(1), from: z.string().min(1), to: z.string().min(1), props: Props })),
  history: z.array(z.unknown()).optional(),
});

export async function* writeScamgraphJson(dump: Dump): AsyncIterable<Chunk> {
  const h = dump.header;
  yield `{"format":"scamgraph-json","version":1,"dataset":${JSON.stringify(h.dataset)},"exportedAt":${JSON.stringify(h.exportedAt)},`
    + `"counts":{"nodes":${h.nodes},"relationships":${h.relationships}},"leavesOut":${JSON.stringify(SCAMGRAPH_JSON_LEAVES_OUT)},\n"nodes":[`;
  let first = true;
  const ids: string[] = [];
  for await (const page of dump.nodes()) {
    for (const n of page) {
      if (dump.history) ids.push(n.id);
      yield `${first ? '' : ','}\n${JSON.stringify({ id: n.id, labels: n.labels, props: sortedProps(n.props) })}`;
      first = false;
    }
  }
  yield '],\n"relationships":[';
  first = true;
  for await (const page of dump.relationships()) {
    for (const r of page) {
      if (dump.history) ids.push(r.id);
      yield `${first ? '' : ','}\n${JSON.stringify({ id: r.id, type: r.type, from: r.from, to: r.to, props: sortedProps(r.props) })}`;
      first = false;
    }
  }
  const history = dump.history ? await dump.history(ids) : undefined;
  yield `]${history ? `,\n"history":${JSON.stringify(history)}` : ''}}\n`;
}

export function readScamgraphJson(bytes: Uint8Array, file = 'file.json'): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(textOf(bytes));
  } catch (err) {
    throw new InteropReadError(file, 'the document', undefined, `is not JSON (${(err as Error).message})`);
  }
  const parsed = Doc.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [list, index, ...rest] = issue.path;
    const where = typeof index === 'number' ? `${String(list)} ${index + 1}` : String(list ?? 'the document');
    throw new InteropReadError(file, where, rest.length ? rest.join('.') : undefined, issue.message);
  }
  const d = parsed.data;
  return { dataset: d.dataset, nodes: d.nodes, relationships: d.relationships, notices: [], history: d.history };
}

export const scamgraphJsonFormat: Format = {
  name: 'scamgraph-json', extension: 'json', mediaType: 'application/json', leavesOut: SCAMGRAPH_JSON_LEAVES_OUT,
  read: (bytes, o) => readScamgraphJson(bytes, o?.file),
  write: (dump) => writeScamgraphJson(dump),
};
