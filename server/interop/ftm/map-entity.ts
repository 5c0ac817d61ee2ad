// Plain FtM -> Scamgraph: one entity to a node or a relationship, with no help from a sidecar. Every property the
// mapping does not use is kept as `ftm:<property>` (a list of strings, as FtM holds it), so nothing is dropped.
import { nodeLabels, type NodeType, type RelType } from '../../contract/vocabulary.ts';
import type { NodeRow, RelRow } from '../../seed/to-rows.ts';
import type { Schema } from '@alephdata/followthemoney';
import { InteropReadError } from '../model.ts';
import { isA, propertyOf, schemaOf, type FtmEntity } from './model.ts';
import { GENERIC_TYPE, IMPORT_RELS, importTypeOf, schemaWords } from './schema-map.ts';

export interface Line { line: number; entity: FtmEntity }

/** What the mapping needs from the file as a whole. */
export interface MapContext {
  dataset: string;
  /** The file's name, for errors. */
  file: string;
  /** FtM id -> Scamgraph id, for every entity of the file. */
  idOf: Map<string, string>;
  /** FtM ids of the file's Documents, which become Sources. */
  documents: Set<string>;
  /** Scamgraph id of a Document -> its publisher. */
  publisherOf: Map<string, string>;
  /** A Document of the file by its source URL: an entity giving that URL cites the Document, not a copy of it. */
  documentByUrl: Map<string, string>;
  /** A Source synthesised from a URL, a publisher or a sanctioning authority: made once, pruned if nothing cites it. */
  synthetic(kind: 'url' | 'publisher' | 'authority' | 'file', key: string): string;
  fileSourceId: string;
  /** Says something about a line; notices of one kind are gathered into one (a big file has thousands). */
  notice(kind: string, line: number): void;
  /** FtM ids whose Scamgraph type the sidecar gives: no notice that their schema has no type of its own. */
  typed: Set<string>;
}

const FTM = 'ftm:';
export const UNGRADED_NOTE = 'Imported from a FollowTheMoney file, which grades no source: its reliability cannot be judged.';

/** Reads an entity's values, marking the ones used; what is left over is kept as `ftm:<property>`. */
class Values {
  private readonly used = new Set<string>();
  constructor(private readonly e: FtmEntity) {}
  all(prop: string): string[] { this.used.add(prop); return this.e.properties[prop] ?? []; }
  /** Read without using up: the property is kept as ftm:<prop> as well. */
  peek(prop: string): string | undefined { return this.e.properties[prop]?.[0]; }
  /** The first value; a property with several keeps them all under ftm: as well, since only one is mapped. */
  first(prop: string): string | undefined {
    const v = this.e.properties[prop] ?? [];
    if (v.length <= 1) this.used.add(prop);
    return v[0];
  }
  rest(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(this.e.properties)) if (!this.used.has(k) && v.length) out[FTM + k] = [...v];
    return out;
  }
}

const unique = <T,>(xs: T[]): T[] => [...new Set(xs)];

/** The sources an entity rests on: its proof documents, its source URLs and publisher; else the file itself. */
function sourcesOf(v: Values, ctx: MapContext, at: Line): { ids: string[]; missing: string[] } {
  const ids: string[] = [];
  const missing: string[] = [];
  for (const p of v.all('proof')) {
    if (ctx.documents.has(p)) ids.push(ctx.idOf.get(p)!);
    else {
      missing.push(p);
      ctx.notice("proof: points at a Document that is not in the file; kept in ftm:proof only", at.line);
    }
  }
  const urls = v.all('sourceUrl');
  const publishers = v.all('publisher');
  for (const url of urls) {
    const doc = ctx.documentByUrl.get(url);
    ids.push(doc ? ctx.idOf.get(doc)! : ctx.synthetic('url', `${url}\u0000${publishers[0] ?? ''}`));
  }
  // A publisher without a URL is a source of its own, unless a cited Document already names it.
  if (!urls.length) for (const p of publishers) if (!ids.some((id) => ctx.publisherOf.get(id) === p)) ids.push(ctx.synthetic('publisher', p));
  if (!ids.length) ids.push(ctx.fileSourceId);
  return { ids: unique(ids), missing };
}

export function nodeRow(at: Line, ctx: MapContext): NodeRow {
  const e = at.entity;
  const schema = schemaOf(e.schema);
  const mapped = importTypeOf(schema);
  const type: NodeType = mapped ?? GENERIC_TYPE;
  if (!mapped && !ctx.typed.has(e.id)) {
    ctx.notice(`schema '${e.schema}' ${schema ? 'has no Scamgraph type' : 'is not in the FtM model'}; kept as ${GENERIC_TYPE} with kind '${schemaWords(e.schema)}'`, at.line);
  }
  const v = new Values(e);
  const id = ctx.idOf.get(e.id)!;
  const names = v.all('name');
  const props: Record<string, unknown> = {};
  let missing: string[] = [];
  if (type === 'Source') {
    const title = v.first('title') ?? names[0] ?? v.first('fileName') ?? e.id;
    Object.assign(props, {
      name: title, aliases: names.filter((n) => n !== title),
      publisher: v.first('publisher') ?? 'unknown', author: v.first('author') ?? 'unknown',
      kind: schema && isA(schema, 'Article') ? 'article' : 'reference', reliability: 'F', reliabilityNote: UNGRADED_NOTE,
      url: v.first('sourceUrl') ?? null, publishedOn: v.first('publishedAt') ?? v.first('date') ?? null,
      // Known to us only through the file, which is what it rests on.
      held: false, citedBy: [ctx.fileSourceId], sources: [ctx.fileSourceId],
    });
  } else {
    // An address without a name is called by its full text, which stays an address too.
    const name = names[0] ?? (type === 'Place' ? v.peek('full') : undefined) ?? e.id;
    const sources = sourcesOf(v, ctx, at);
    missing = sources.missing;
    Object.assign(props, { name, aliases: unique([...names.slice(1), ...v.all('alias')]), sources: sources.ids, named: true });
    // Several names: the first is the name, the rest are searched as aliases, and all are kept as FtM has them.
    if (names.length > 1) props[`${FTM}name`] = [...names];
    if (!mapped) props.kind = schemaWords(e.schema);
  }
  const description = v.first('description') ?? v.first('summary');
  const rest = v.rest();
  // A proof that points outside the file is left out of `sources` but kept.
  if (missing.length) rest[`${FTM}proof`] = missing;
  return {
    id,
    labels: ['Entity', ...nodeLabels[type]],
    props: {
      ...rest, ...props, id, type, dataset: ctx.dataset,
      description: description ?? `Imported from FollowTheMoney (${e.schema}); the file gives no description.`,
      ftmId: e.id, ftmSchema: e.schema,
    },
  };
}

/** An interval schema becomes a relationship when it has two ends (an FtM edge) or is a Sanction. */
export function isRelationship(schema: Schema | undefined): boolean {
  return !!schema && (!!schema.edge || isA(schema, 'Sanction'));
}

function endOf(at: Line, prop: string, ctx: MapContext): string[] {
  const refs = at.entity.properties[prop] ?? [];
  if (!refs.length) throw new InteropReadError(ctx.file, `line ${at.line}`, prop, `a ${at.entity.schema} needs one (it is one end of the link)`);
  return refs.map((ref) => {
    const id = ctx.idOf.get(ref);
    if (!id) throw new InteropReadError(ctx.file, `line ${at.line}`, prop, `no entity '${ref}' in the file`);
    return id;
  });
}

export function relRows(at: Line, ctx: MapContext): RelRow[] {
  const e = at.entity;
  const schema = schemaOf(e.schema)!;
  const v = new Values(e);
  let from: string[];
  let to: string[];
  let kind: string | undefined;
  if (schema.edge) {
    from = endOf(at, schema.edge.source, ctx); v.all(schema.edge.source);
    to = endOf(at, schema.edge.target, ctx); v.all(schema.edge.target);
    kind = schema.name === 'UnknownLink' ? v.first('role') ?? schema.edge.label : schema.edge.label;
  } else {
    // A Sanction has one end, the sanctioned; the other is its authority, kept as an organisation (unnamed if not given).
    const authority = v.first('authority');
    from = [ctx.synthetic('authority', authority ?? '')];
    to = endOf(at, 'entity', ctx); v.all('entity');
    kind = 'sanctions';
  }
  const type: RelType = IMPORT_RELS[schema.name] ?? 'LINKED_TO';
  const sources = sourcesOf(v, ctx, at);
  const props: Record<string, unknown> = { status: 'reported', sources: sources.ids };
  if (sources.missing.length) props[`${FTM}proof`] = sources.missing;
  if (type === 'LINKED_TO') props.kind = kind;
  const role = !!propertyOf(schema, 'role') && schema.name !== 'UnknownLink' ? v.first('role') : v.first('relationship');
  if (role !== undefined) props.role = role;
  const start = v.first('startDate');
  const end = v.first('endDate');
  if (start !== undefined) props.startDate = start;
  if (end !== undefined) props.endDate = end;
  const description = v.first('description') ?? v.first('summary');
  if (description !== undefined) props.description = description;
  const base = ctx.idOf.get(e.id)!;
  const rest = v.rest();
  const rows: RelRow[] = [];
  for (const f of from) {
    for (const t of to) {
      const id = rows.length ? `${base}-${rows.length + 1}` : base;
      rows.push({ id, type, from: f, to: t, props: { ...rest, ...props, id, ftmId: e.id, ftmSchema: e.schema } });
    }
  }
  return rows;
}
