// FtM lines (+ the optional Scamgraph sidecar) -> the rows of the one import path (server/import/import-graph.ts).
// Pure: no I/O, so the CLI, the API and the browser can share it. Errors name the line and the field.
import { nodeLabels, type NodeType } from '../../contract/vocabulary.ts';
import { nodeIds } from '../../datasets/to-rows.ts';
import { BadRequestError } from '../../http/errors.ts';
import type { NodeRow, RelRow } from '../../seed/to-rows.ts';
import { schemaOf, type FtmEntity } from './model.ts';
import { isRelationship, nodeRow, relRows, UNGRADED_NOTE, type Line, type MapContext } from './map-entity.ts';
import { FtmSidecar, HISTORY_PROP, ID_LIST_PROPS, type NodeDelta, type RelDelta } from './sidecar.ts';

export interface FtmReadOptions {
  /** The dataset the rows go into; every id gets its `NAME--` prefix. */
  dataset: string;
  /** Named on the Source that stands for the file itself. */
  fileName?: string;
  /** The parsed FILE.scamgraph.json, when there is one. */
  sidecar?: unknown;
}

export interface FtmReadResult { nodes: NodeRow[]; relationships: RelRow[]; notices: string[] }

/** One JSON object per line; blank lines are skipped. */
export function parseFtmLines(text: string): Line[] {
  const lines: Line[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const line = i + 1;
    let e: unknown;
    try {
      e = JSON.parse(raw);
    } catch (err) {
      throw new BadRequestError(`line ${line}: not a JSON object (${(err as Error).message})`, 'line');
    }
    lines.push({ line, entity: checkShape(e, line) });
  });
  return lines;
}

function checkShape(raw: unknown, line: number): FtmEntity {
  const fail = (field: string, why: string) => new BadRequestError(`line ${line}, ${field}: ${why}`, field);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw fail('line', 'must be a JSON object {id, schema, properties}');
  const e = raw as Record<string, unknown>;
  if (typeof e.id !== 'string' || !e.id.trim()) throw fail('id', 'every entity needs an id (text)');
  if (typeof e.schema !== 'string' || !e.schema.trim()) throw fail('schema', 'every entity needs a schema (text)');
  const props = e.properties ?? {};
  if (typeof props !== 'object' || Array.isArray(props)) throw fail('properties', 'must be an object of lists of text');
  for (const [k, v] of Object.entries(props as Record<string, unknown>)) {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw fail(`properties.${k}`, 'must be a list of text values');
  }
  return { id: e.id, schema: e.schema, properties: props as Record<string, string[]> };
}

/** A short stable hash for the ids of synthesised Sources (FNV-1a, twice, 64 bits of hex). */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ text.charCodeAt(i), 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export interface IdPlan {
  /** FtM id -> Scamgraph id for every entity. */
  idOf: Map<string, string>;
  /** Prefix of synthesised ids ('' when ids are not namespaced). */
  prefix: string;
  /** FtM ids the sidecar gives a type (see MapContext.typed). */
  typed?: Set<string>;
}

/** Ids for a real import: the Scamgraph id the sidecar names (or the FtM id), moved into the importing dataset. */
function namespacedIds(lines: Line[], dataset: string, sidecar: FtmSidecar | undefined): IdPlan {
  const strip = sidecar ? `${sidecar.dataset}--` : undefined;
  const keys = lines.map(({ entity: e }) => {
    const key = sidecar?.nodes[e.id]?.id ?? sidecar?.relationships[e.id]?.id ?? e.id;
    return strip && key.startsWith(strip) ? key.slice(strip.length) : key;
  });
  const slugged = nodeIds(dataset, keys);
  const idOf = new Map<string, string>();
  lines.forEach(({ entity: e }, i) => idOf.set(e.id, slugged.get(keys[i]!)!));
  const typed = new Set(Object.entries(sidecar?.nodes ?? {}).filter(([, d]) => d.type).map(([id]) => id));
  return { idOf, prefix: `${dataset}--`, typed };
}

/** Plain mapping of parsed lines; `plan` says what each FtM id becomes. Used by the reader and by the writer. */
export function mapLines(lines: Line[], dataset: string, plan: IdPlan, fileName = 'an FtM file'): FtmReadResult & { synthesised: Set<string> } {
  const notices: string[] = [];
  const seen = new Map<string, number>();
  for (const { line, entity } of lines) {
    const before = seen.get(entity.id);
    if (before !== undefined) throw new BadRequestError(`line ${line}, id: '${entity.id}' is already the id of line ${before}`, 'id');
    seen.set(entity.id, line);
  }
  const documents = new Set(lines.filter(({ entity }) => schemaOf(entity.schema)?.isA('Document')).map(({ entity }) => entity.id));
  const documentByUrl = new Map<string, string>();
  for (const { entity } of lines) {
    if (documents.has(entity.id)) for (const url of entity.properties.sourceUrl ?? []) if (!documentByUrl.has(url)) documentByUrl.set(url, entity.id);
  }
  const synthetic = new Map<string, NodeRow>();
  const fileSourceId = `${plan.prefix}ftm-file`;
  const sourceRow = (id: string, name: string, publisher: string, url: string | null, description: string): NodeRow => ({
    id, labels: ['Entity', ...nodeLabels.Source],
    props: {
      id, type: 'Source', name, aliases: [], description, dataset, publisher, author: 'unknown', kind: 'reference',
      reliability: 'F', reliabilityNote: UNGRADED_NOTE, url, publishedOn: null,
      held: id === fileSourceId, citedBy: id === fileSourceId ? [] : [fileSourceId], sources: [id === fileSourceId ? id : fileSourceId],
    },
  });
  synthetic.set(fileSourceId, sourceRow(fileSourceId, `FollowTheMoney file ${fileName}`, 'unknown', null,
    'The FtM file this dataset was imported from; nobody has checked it against other sources.'));
  const ctx: MapContext = {
    dataset, idOf: plan.idOf, documents, documentByUrl, fileSourceId, notice: (t) => notices.push(t), typed: plan.typed ?? new Set(),
    synthetic(kind, key) {
      const id = `${plan.prefix}ftm-${kind}-${hash(key)}`;
      if (!synthetic.has(id)) {
        const [first, publisher] = key.split('\u0000');
        if (kind === 'authority') {
          synthetic.set(id, {
            id, labels: ['Entity', ...nodeLabels.Organization],
            props: {
              id, type: 'Organization', name: first || 'Sanctioning authority (not named)', aliases: [], dataset, sources: [fileSourceId],
              named: !!first, kind: 'sanctioning authority', description: 'The authority of a sanction in the FtM file.',
            },
          });
        } else if (kind === 'url') {
          synthetic.set(id, sourceRow(id, first!, publisher || 'unknown', first!, 'A source URL given in the FtM file.'));
        } else {
          synthetic.set(id, sourceRow(id, `Published by ${first}`, first!, null, 'A publisher named in the FtM file, without a URL.'));
        }
      }
      return id;
    },
  };
  const nodes: NodeRow[] = [];
  const relationships: RelRow[] = [];
  for (const at of lines) {
    if (isRelationship(schemaOf(at.entity.schema))) relationships.push(...relRows(at, ctx));
    else nodes.push(nodeRow(at, ctx));
  }
  return { nodes: [...synthetic.values(), ...nodes], relationships, notices, synthesised: new Set(synthetic.keys()) };
}

export function readFtm(text: string, opts: FtmReadOptions): FtmReadResult {
  const lines = parseFtmLines(text);
  let sidecar: FtmSidecar | undefined;
  if (opts.sidecar !== undefined) {
    const parsed = FtmSidecar.safeParse(opts.sidecar);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new BadRequestError(`sidecar, ${issue.path.join('.') || '(file)'}: ${issue.message}`, `sidecar.${issue.path.join('.')}`);
    }
    sidecar = parsed.data;
  }
  const plan = namespacedIds(lines, opts.dataset, sidecar);
  const mapped = mapLines(lines, opts.dataset, plan, opts.fileName);
  if (!sidecar) return prune(mapped);
  const inFile = new Set(lines.map(({ entity }) => entity.id));
  const lost = [...Object.keys(sidecar.nodes), ...Object.keys(sidecar.relationships)].filter((id) => !inFile.has(id));
  if (lost.length) mapped.notices.push(`sidecar: ${lost.length} entries have no line in the file (first: '${lost[0]}'); they were left out`);
  // Old Scamgraph id -> new one, for the properties that hold ids.
  const byOld = new Map<string, string>();
  for (const { entity: e } of lines) byOld.set(sidecar.nodes[e.id]?.id ?? e.id, plan.idOf.get(e.id)!);
  const remap = (id: string) => byOld.get(id) ?? id;
  const byFtm = new Map([...plan.idOf].map(([ftm, id]) => [id, ftm]));
  for (const n of mapped.nodes) {
    const delta = sidecar.nodes[byFtm.get(n.id) ?? ''];
    if (delta) applyNode(n, delta, remap);
  }
  for (const r of mapped.relationships) {
    const delta = sidecar.relationships[byFtm.get(r.id) ?? ''];
    if (delta) applyRel(r, delta, remap, (old) => `${plan.prefix}${old.startsWith(`${sidecar.dataset}--`) ? old.slice(sidecar.dataset.length + 2) : old}`);
  }
  return prune(mapped);
}

function remapProps(set: Record<string, unknown>, remap: (id: string) => string): Record<string, unknown> {
  const out = { ...set };
  for (const key of ID_LIST_PROPS) if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map((x) => typeof x === 'string' ? remap(x) : x);
  if (typeof out[HISTORY_PROP] === 'string') {
    try {
      const history = JSON.parse(out[HISTORY_PROP] as string) as Array<Record<string, unknown>>;
      if (Array.isArray(history)) {
        out[HISTORY_PROP] = JSON.stringify(history.map((h) => typeof h?.source === 'string' ? { ...h, source: remap(h.source) } : h));
      }
    } catch { /* not JSON: kept as the text it is */ }
  }
  return out;
}

function applyProps(props: Record<string, unknown>, delta: NodeDelta | RelDelta, remap: (id: string) => string): void {
  for (const key of delta.unset ?? []) if (key !== 'id' && key !== 'dataset') delete props[key];
  const { id: _id, dataset: _dataset, ...set } = remapProps(delta.set ?? {}, remap);
  Object.assign(props, set);
}

function applyNode(n: NodeRow, delta: NodeDelta, remap: (id: string) => string): void {
  if (delta.type) {
    n.props.type = delta.type;
    n.labels = ['Entity', ...nodeLabels[delta.type as NodeType]];
  }
  if (delta.labels) n.labels = [...delta.labels];
  applyProps(n.props, delta, remap);
}

function applyRel(r: RelRow, delta: RelDelta, remap: (id: string) => string, moved: (id: string) => string): void {
  if (delta.type) r.type = delta.type;
  // Scamgraph's own relationship ids say TYPE:from:to; any other id keeps its words, in the new dataset.
  r.id = delta.id ? moved(delta.id) : `${r.type}:${r.from}:${r.to}`;
  applyProps(r.props, delta, remap);
  r.props.id = r.id;
}

/** Synthesised nodes (the file's own Source, URL sources, authorities) stay only if something still cites them. */
function prune(mapped: FtmReadResult & { synthesised: Set<string> }): FtmReadResult {
  const used = new Set<string>();
  const cite = (props: Record<string, unknown>) => {
    for (const key of ID_LIST_PROPS) for (const id of (props[key] as string[] | undefined) ?? []) used.add(id);
  };
  for (const r of mapped.relationships) { used.add(r.from); used.add(r.to); cite(r.props); }
  for (const n of mapped.nodes) if (!mapped.synthesised.has(n.id)) cite(n.props);
  // A kept synthesised Source cites the file; one more pass keeps the file's Source too.
  for (const n of mapped.nodes) if (mapped.synthesised.has(n.id) && used.has(n.id)) cite(n.props);
  const nodes = mapped.nodes.filter((n) => !mapped.synthesised.has(n.id) || used.has(n.id));
  return { nodes, relationships: mapped.relationships, notices: mapped.notices };
}
