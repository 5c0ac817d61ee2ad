// FtM lines (+ the optional Scamgraph sidecar) -> rows in the file's own ids (a ReadResult of the format registry,
// which server/interop/rehome.ts then moves into the importing dataset). Pure: no I/O, so the CLI, the API and the
// browser share it. Errors name the file, the line and the field.
import { nodeLabels, type NodeType } from '../../contract/vocabulary.ts';
import type { NodeRow, RelRow } from '../../seed/to-rows.ts';
import { InteropReadError, type ReadResult } from '../model.ts';
import { rehome } from '../rehome.ts';
import { isA, schemaOf, type FtmEntity } from './model.ts';

const isDocumentSchema = (name: string): boolean => { const s = schemaOf(name); return !!s && isA(s, 'Document'); };
import { isRelationship, nodeRow, relRows, UNGRADED_NOTE, type Line, type MapContext } from './map-entity.ts';
import { FtmSidecar, ID_LIST_PROPS, sidecarPathFor, type NodeDelta, type RelDelta } from './sidecar.ts';

export interface FtmFileOptions {
  /** The file's name: in error messages and on the Source that stands for the file itself. */
  file?: string;
  /** The parsed FILE.scamgraph.json, when there is one. */
  sidecar?: unknown;
}

export interface FtmReadResult { nodes: NodeRow[]; relationships: RelRow[]; notices: string[] }

const DEFAULT_FILE = 'file.ftm.jsonl';

/**
 * One JSON object per line; blank lines are skipped. OpenSanctions' nested form is read too: an entity given inline
 * as a property value becomes an entity of its own (same line), referred to by its id; top-level fields other than
 * id, schema and properties (caption, datasets, first_seen...) are kept as the property `@<field>`, in text.
 */
export function parseFtmLines(text: string, file = DEFAULT_FILE): Line[] {
  const lines: Line[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const line = i + 1;
    let e: unknown;
    try {
      e = JSON.parse(raw);
    } catch (err) {
      throw new InteropReadError(file, `line ${line}`, undefined, `not a JSON object (${(err as Error).message})`);
    }
    checkShape(e, line, file, '', lines);
  });
  return lines;
}

const TOP = new Set(['id', 'schema', 'properties']);
const asText = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).filter((x) => x !== null && x !== undefined).map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));

function checkShape(raw: unknown, line: number, file: string, at: string, out: Line[]): string {
  const fail = (field: string | undefined, why: string) => new InteropReadError(file, `line ${line}`, field && `${at}${field}`, why);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw fail(undefined, 'must be a JSON object {id, schema, properties}');
  const e = raw as Record<string, unknown>;
  if (typeof e.id !== 'string' || !e.id.trim()) throw fail('id', 'every entity needs an id (text)');
  if (typeof e.schema !== 'string' || !e.schema.trim()) throw fail('schema', 'every entity needs a schema (text)');
  const props = e.properties ?? {};
  if (typeof props !== 'object' || Array.isArray(props)) throw fail('properties', 'must be an object of lists of text');
  const properties: Record<string, string[]> = {};
  const index = out.push({ line, entity: { id: e.id, schema: e.schema, properties } }) - 1;
  for (const [k, v] of Object.entries(props as Record<string, unknown>)) {
    if (!Array.isArray(v)) throw fail(`properties.${k}`, 'must be a list of text values');
    properties[k] = v.map((x, j) => {
      if (typeof x === 'string') return x;
      if (x && typeof x === 'object' && 'schema' in x) return checkShape(x, line, file, `${at}properties.${k}[${j}].`, out);
      throw fail(`properties.${k}`, 'must be a list of text values (or of entities)');
    });
  }
  for (const [k, v] of Object.entries(e)) if (!TOP.has(k)) properties[`@${k}`] = asText(v);
  out[index]!.entity.properties = properties;
  return e.id;
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

/** Entity ids are lower-case words; FtM's (often hashes, any case) are slugged short enough for a dataset prefix. */
const slug = (id: string): string => id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '').slice(0, 30).replace(/-+$/, '') || 'entity';

/** Ids in the file's own terms: the Scamgraph id the sidecar names, else the FtM id slugged (rehome adds the dataset). */
function fileIds(lines: Line[], sidecar: FtmSidecar | undefined): IdPlan {
  const known = (e: FtmEntity) => sidecar?.nodes[e.id]?.id ?? (sidecar?.nodes[e.id] || sidecar?.relationships[e.id] ? e.id : undefined);
  const taken = new Set(lines.map(({ entity }) => known(entity)).filter((k): k is string => !!k));
  const idOf = new Map<string, string>();
  for (const { entity: e } of lines) {
    let id = known(e);
    if (!id) {
      const base = slug(e.id);
      id = base;
      for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
      taken.add(id);
    }
    if (!idOf.has(e.id)) idOf.set(e.id, id);
  }
  const typed = new Set(Object.entries(sidecar?.nodes ?? {}).filter(([, d]) => d.type).map(([id]) => id));
  return { idOf, prefix: '', typed };
}

/** "line 17", "lines 3, 4 and 5", "lines 3, 4, 5, 6, 7 and 995 more". */
function linesWord(at: number[]): string {
  const shown = [...new Set(at)];
  if (shown.length === 1) return `line ${shown[0]}`;
  if (shown.length <= 6) return `lines ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return `lines ${shown.slice(0, 5).join(', ')} and ${shown.length - 5} more`;
}

/** Plain mapping of parsed lines; `plan` says what each FtM id becomes. Used by the reader and by the writer. */
export function mapLines(lines: Line[], dataset: string, plan: IdPlan, file = DEFAULT_FILE): FtmReadResult & { synthesised: Set<string> } {
  const said = new Map<string, number[]>();
  const seen = new Map<string, number>();
  for (const { line, entity } of lines) {
    const before = seen.get(entity.id);
    if (before !== undefined) throw new InteropReadError(file, `line ${line}`, 'id', `'${entity.id}' is already the id of line ${before}`);
    seen.set(entity.id, line);
  }
  const documents = new Set(lines.filter(({ entity }) => isDocumentSchema(entity.schema)).map(({ entity }) => entity.id));
  const documentByUrl = new Map<string, string>();
  for (const { entity } of lines) {
    if (documents.has(entity.id)) for (const url of entity.properties.sourceUrl ?? []) if (!documentByUrl.has(url)) documentByUrl.set(url, entity.id);
  }
  const publisherOf = new Map<string, string>();
  for (const { entity } of lines) {
    const publisher = entity.properties.publisher?.[0];
    if (documents.has(entity.id) && publisher) publisherOf.set(plan.idOf.get(entity.id)!, publisher);
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
  synthetic.set(fileSourceId, sourceRow(fileSourceId, `FollowTheMoney file ${file}`, 'unknown', null,
    'The FtM file this dataset was imported from; nobody has checked it against other sources.'));
  const ctx: MapContext = {
    dataset, file, idOf: plan.idOf, documents, documentByUrl, publisherOf, fileSourceId, notice: (kind, line) => (said.get(kind) ?? said.set(kind, []).get(kind)!).push(line), typed: plan.typed ?? new Set(),
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
  const notices = [...said].map(([kind, at]) => `${linesWord(at)}: ${kind}`);
  return { nodes: [...synthetic.values(), ...nodes], relationships, notices, synthesised: new Set(synthetic.keys()) };
}

function parseSidecar(raw: unknown, file: string): FtmSidecar | undefined {
  if (raw === undefined) return undefined;
  const parsed = FtmSidecar.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new InteropReadError(sidecarPathFor(file), issue.path.slice(0, 2).join(' ') || 'the document', issue.path.slice(2).join('.') || undefined, issue.message);
}

/** The format registry's reader: rows in the file's own ids, and the dataset the sidecar says they came from. */
export function readFtmFile(text: string, opts: FtmFileOptions = {}): ReadResult {
  const file = opts.file ?? DEFAULT_FILE;
  const lines = parseFtmLines(text, file);
  const sidecar = parseSidecar(opts.sidecar, file);
  const mapped = mapLines(lines, sidecar?.dataset ?? '', fileIds(lines, sidecar), file);
  if (sidecar) {
    const inFile = new Set(lines.map(({ entity }) => entity.id));
    const lost = [...Object.keys(sidecar.nodes), ...Object.keys(sidecar.relationships)].filter((id) => !inFile.has(id));
    if (lost.length) mapped.notices.push(`${sidecarPathFor(file)}: ${lost.length} entries have no line in the file (first: '${lost[0]}'); they were left out`);
    for (const n of mapped.nodes) {
      const delta = sidecar.nodes[n.props.ftmId as string];
      if (delta) applyNode(n, delta);
    }
    for (const r of mapped.relationships) {
      const delta = sidecar.relationships[r.props.ftmId as string];
      if (delta) applyRel(r, delta);
    }
  }
  return { dataset: sidecar?.dataset, ...prune(mapped) };
}

/** FtM lines straight into dataset `dataset`'s rows: the reader, then rehome's ids (as the import path does). */
export function readFtm(text: string, opts: FtmFileOptions & { dataset: string }): FtmReadResult {
  return rehome(readFtmFile(text, opts), { dataset: opts.dataset, file: opts.file ?? DEFAULT_FILE });
}

function applyProps(props: Record<string, unknown>, delta: NodeDelta | RelDelta): void {
  for (const key of delta.unset ?? []) if (key !== 'id' && key !== 'dataset') delete props[key];
  const { id: _id, dataset: _dataset, ...set } = delta.set ?? {};
  Object.assign(props, set);
}

function applyNode(n: NodeRow, delta: NodeDelta): void {
  if (delta.type) {
    n.props.type = delta.type;
    n.labels = ['Entity', ...nodeLabels[delta.type as NodeType]];
  }
  if (delta.labels) n.labels = [...delta.labels];
  applyProps(n.props, delta);
}

function applyRel(r: RelRow, delta: RelDelta): void {
  if (delta.type) r.type = delta.type;
  // Scamgraph's own relationship ids say TYPE:from:to (rehome moves them with their ends); others keep theirs.
  r.id = delta.id ?? `${r.type}:${r.from}:${r.to}`;
  applyProps(r.props, delta);
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
