// Rows read from a file -> the rows the one import path writes into dataset D. Pure (the browser's preview uses it).
//
// Ids: node ids are unique across the whole graph, so a file imported into a dataset other than the one it came
// from gets its ids namespaced, `<D>--<id>` (with the old dataset's own `<S>--` prefix taken off first); every
// reference to a node of the file moves with it (sources, citedBy, allegation, the status history's sources, and a
// link id of the form TYPE:from:to). References to nodes outside the file (the curated sources) stay as they are.
//
// Files from other tools: nodes without labels get them from their `type` (Person when none); link words the
// vocabulary does not know become LINKED_TO with the words kept as `kind`; nodes and links with no sources rest on
// one Source for the file itself, graded F, as classroom uploads do.
import { NodeType, nodeLabels, RelType } from '../contract/vocabulary.ts';
import type { NodeRow, RelRow } from '../seed/to-rows.ts';
import { InteropReadError, type ReadResult } from './model.ts';

const KNOWN_LABELS = new Set(['Entity', ...Object.values(nodeLabels).flat()]);
const REF_LIST_KEYS = ['sources', 'citedBy'];
const REF_KEYS = ['allegation'];

export interface RehomeOptions { dataset: string; file: string; now?: Date }

export interface Rehomed { nodes: NodeRow[]; relationships: RelRow[]; notices: string[] }

const typeWord = (w: string) => w.trim().toUpperCase().replace(/[\s-]+/g, '_');

export function fileSourceId(dataset: string): string {
  return `${dataset}--file-source`;
}

export function rehome(read: ReadResult, { dataset, file, now = new Date() }: RehomeOptions): Rehomed {
  const from = read.dataset;
  const move = from !== dataset;
  const local = (id: string) => (from && id.startsWith(`${from}--`) ? id.slice(from.length + 2) : id);
  const ids = new Map(read.nodes.map((n) => [n.id, move ? `${dataset}--${local(n.id)}` : n.id]));
  if (ids.size !== read.nodes.length) {
    const seen = new Set<string>();
    read.nodes.forEach((n, i) => {
      if (seen.has(n.id)) throw new InteropReadError(file, `node ${i + 1} (id "${n.id}")`, 'id', 'appears twice');
      seen.add(n.id);
    });
  }
  const ref = (v: unknown) => (typeof v === 'string' ? ids.get(v) ?? v : v);
  const notices = [...read.notices];
  let needsFileSource = false;
  const sourceId = fileSourceId(dataset);

  const moveProps = (props: Record<string, unknown>) => {
    const out: Record<string, unknown> = { ...props };
    for (const k of REF_LIST_KEYS) if (Array.isArray(out[k])) out[k] = (out[k] as unknown[]).map(ref);
    for (const k of REF_KEYS) if (typeof out[k] === 'string') out[k] = ref(out[k]);
    if (typeof out.statusHistoryJson === 'string') {
      try {
        const steps = JSON.parse(out.statusHistoryJson) as Array<Record<string, unknown>>;
        if (Array.isArray(steps)) out.statusHistoryJson = JSON.stringify(steps.map((s) => (s && typeof s === 'object' && 'source' in s ? { ...s, source: ref(s.source) } : s)));
      } catch { /* not JSON: kept as the text it is */ }
    }
    return out;
  };

  const nodes = read.nodes.map((n, i): NodeRow => {
    const where = `node ${i + 1} (id "${n.id}")`;
    const props = moveProps(n.props);
    let labels = n.labels;
    if (labels.length === 0) {
      const written = typeof props.type === 'string' ? props.type : undefined;
      const type = NodeType.options.find((t) => t.toLowerCase() === (written ?? 'Person').trim().toLowerCase().replace(/[\s_-]+/g, ''));
      if (!type) throw new InteropReadError(file, where, 'type', `unknown type '${written}'; use one of ${NodeType.options.join(', ')}`);
      labels = ['Entity', ...nodeLabels[type]];
      props.type = type;
    }
    const unknown = labels.find((l) => !KNOWN_LABELS.has(l));
    if (unknown) throw new InteropReadError(file, where, 'labels', `unknown label '${unknown}'`);
    if (!labels.includes('Entity')) labels = ['Entity', ...labels];
    if (typeof props.type !== 'string') props.type = labels.find((l) => l !== 'Entity' && l !== 'Person' && l !== 'Organization') ?? labels.find((l) => l !== 'Entity');
    if (props.name === undefined) props.name = n.id;
    if (props.aliases === undefined) props.aliases = [];
    if (!Array.isArray(props.sources)) { props.sources = [sourceId]; needsFileSource = true; }
    const id = ids.get(n.id)!;
    return { id, labels: [...labels].sort(), props: { ...props, id, dataset } };
  });

  const relationships = read.relationships.map((r, i): RelRow => {
    const where = `relationship ${i + 1}${r.id ? ` (id "${r.id}")` : ''}`;
    const [a, b] = [ids.get(r.from), ids.get(r.to)];
    if (!a) throw new InteropReadError(file, where, 'source', `unknown node '${r.from}'`);
    if (!b) throw new InteropReadError(file, where, 'target', `unknown node '${r.to}'`);
    const props = moveProps(r.props);
    let type = r.type;
    if (!RelType.safeParse(type).success) {
      const known = RelType.options.find((t) => t === typeWord(type));
      if (known) type = known;
      else {
        if (props.kind === undefined) props.kind = r.type.trim() || 'link';
        type = 'LINKED_TO';
      }
    }
    // Every link rests on at least one source (the data model's rule, and the API's): none named means the file.
    if (!Array.isArray(props.sources) || props.sources.length === 0) { props.sources = [sourceId]; needsFileSource = true; }
    if (props.status === undefined) props.status = 'reported';
    const id = !r.id ? `${dataset}--link-${i + 1}`
      : r.id === `${r.type}:${r.from}:${r.to}` ? `${type}:${a}:${b}`
      : move ? `${dataset}--${local(r.id)}` : r.id;
    return { id, type: type as RelType, from: a, to: b, props: { ...props, id } };
  });

  if (needsFileSource) {
    notices.push(`Some nodes or links named no sources; they rest on the file itself (${file}), graded F: nobody has checked it.`);
    nodes.unshift({
      id: sourceId, labels: ['Entity', 'Source'],
      props: {
        id: sourceId, type: 'Source', name: `Imported file ${file}`, aliases: [], dataset, sources: [sourceId], held: true, citedBy: [],
        description: 'A file imported into Scamgraph. Nobody has checked it against other sources, so its reliability cannot be judged (F).',
        publisher: 'file import', kind: 'reference', reliability: 'F', filename: file, publishedOn: now.toISOString().slice(0, 10),
      },
    });
  }
  return { nodes, relationships, notices };
}
