// A dataset -> FtM lines that the FtM model accepts, and the sidecar that makes them lossless for Scamgraph.
// Pure (no I/O). The sidecar is computed, not hand-listed: the writer reads its own lines back as plain FtM and
// keeps, per entity, only what that reading gets wrong, so whatever FtM cannot hold is in the sidecar by
// construction (allegations' status, history and grades, sources' reliability, established-or-reported...).
import { nodeLabels, type NodeType } from '../../contract/vocabulary.ts';
import type { NodeRow, RelRow } from '../../seed/to-rows.ts';
import type { Schema } from '@alephdata/followthemoney';
import { countryCode, FTM_ID, isA, maxLengthOf, propertyOf, schemaOf, valueProblem, type FtmEntity } from './model.ts';
import { mapLines } from './read-ftm.ts';
import { isRelationship } from './map-entity.ts';
import { EXPORT_SCHEMA, relWords } from './schema-map.ts';
import { SIDECAR_FORMAT, type FtmSidecar, type NodeDelta, type RelDelta } from './sidecar.ts';

export interface FtmDump { dataset: string; nodes: NodeRow[]; relationships: RelRow[] }
export interface FtmWritten { entities: FtmEntity[]; sidecar: FtmSidecar }

const FTM = 'ftm:';
const SIDECAR_ABOUT = 'The Scamgraph extension of the FtM file beside it (docs/interop.md): per FtM entity id, what reading that line '
  + 'as plain FtM gets wrong (Scamgraph type, properties to set, properties to drop). Allegations, their status, status history, '
  + 'credibility and opinion flag, sources\' reliability and established-or-reported live here, since FtM has no place for them.';
const TEXTUAL = new Set(['name', 'string', 'text', 'html', 'address']);

/** Collects valid values per property; a value FtM would refuse is left out (the sidecar restores it). */
class Builder {
  readonly properties: Record<string, string[]> = {};
  constructor(readonly schema: Schema) {}
  add(prop: string, values: unknown): void {
    const p = propertyOf(this.schema, prop);
    if (!p) return;
    const list = (Array.isArray(values) ? values : [values]).filter((v) => v !== null && v !== undefined && v !== '');
    for (const raw of list) {
      let v = typeof raw === 'string' ? raw : String(raw);
      // Too long for FtM: the text is cut for Aleph and kept whole in the sidecar.
      if (TEXTUAL.has(p.type.name) && v.length > maxLengthOf(p)) v = v.slice(0, maxLengthOf(p));
      if (valueProblem(p, v) !== null) continue;
      const have = (this.properties[prop] ??= []);
      if (!have.includes(v)) have.push(v);
    }
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** FtM ids: an entity that came from FtM gets its FtM id back; others use the Scamgraph id, made FtM-safe. */
function ftmIds(dump: FtmDump): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  const safe = (id: string) => id.toLowerCase().replace(/:/g, '.').replace(/[^0-9a-z.-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '').slice(0, 190) || 'x';
  const claim = (key: string, wanted: unknown, fallback: string) => {
    let id = typeof wanted === 'string' && FTM_ID.test(wanted) && !taken.has(wanted) ? wanted : safe(fallback);
    for (let n = 2; taken.has(id); n += 1) id = `${safe(fallback)}-${n}`;
    taken.add(id);
    out.set(key, id);
  };
  for (const n of dump.nodes) claim(`n:${n.id}`, n.props.ftmId, n.id);
  for (const r of dump.relationships) claim(`r:${r.id}`, r.props.ftmId, r.id);
  return out;
}

/** The schema it came from, if it came from FtM and is still a thing of the same kind; else the type's. */
function nodeSchema(n: NodeRow): Schema {
  const kept = str(n.props.ftmSchema) ? schemaOf(n.props.ftmSchema as string) : undefined;
  const wanted = schemaOf(EXPORT_SCHEMA[n.props.type as NodeType] ?? 'Note')!;
  // ...and only if the node still has what that schema requires (a Document its file name).
  const hasRequired = (s: Schema) => s.required.every((r) => r === 'name' || (n.props[`${FTM}${r}`] as unknown[] | undefined)?.length);
  if (kept && !kept.abstract && !isRelationship(kept) && isA(kept, 'Document') === isA(wanted, 'Document') && hasRequired(kept)) return kept;
  return wanted;
}

export function writeFtm(dump: FtmDump): FtmWritten {
  const ids = ftmIds(dump);
  const nodeFtm = (id: string) => ids.get(`n:${id}`);
  const byId = new Map(dump.nodes.map((n) => [n.id, n]));
  const isSource = (id: string) => byId.get(id)?.props.type === 'Source';
  const targets = new Map<string, string[]>();
  for (const r of dump.relationships) {
    if (r.type === 'AGAINST' || r.type === 'CONCERNS') (targets.get(r.from) ?? targets.set(r.from, []).get(r.from)!).push(r.to);
  }
  const entities: FtmEntity[] = [];
  const schemaOfNode = new Map(dump.nodes.map((n) => [n.id, nodeSchema(n)]));
  // `proof` must point at a Document: a source exported as one.
  const isDocument = (id: string) => isSource(id) && isA(schemaOfNode.get(id)!, 'Document');
  for (const n of dump.nodes) {
    const schema = schemaOfNode.get(n.id)!;
    const b = new Builder(schema);
    const p = n.props;
    const sources = ((p.sources as string[] | undefined) ?? []).filter(isDocument);
    if (p.type === 'Source') {
      b.add('title', p.name);
      if (p.publisher !== 'unknown') b.add('publisher', p.publisher);
      if (p.author !== 'unknown') b.add('author', p.author);
      b.add('sourceUrl', p.url);
      b.add('publishedAt', p.publishedOn);
    } else {
      b.add('proof', sources.map(nodeFtm));
      // Aleph shows where a record came from by its URLs; the reader maps them back to the same Documents.
      b.add('sourceUrl', sources.map((id) => byId.get(id)!.props.url));
      b.add('publisher', sources.map((id) => byId.get(id)!.props.publisher).filter((x) => x !== 'unknown'));
    }
    b.add('name', p.name);
    const names = Array.isArray(p[`${FTM}name`]) ? (p[`${FTM}name`] as unknown[]) : [];
    b.add('name', names);
    b.add('alias', ((p.aliases as unknown[] | undefined) ?? []).filter((a) => !names.includes(a)));
    b.add('description', p.description);
    if (p.type === 'Country' && typeof p.name === 'string') b.add('country', countryCode(p.name));
    if (p.type === 'Official') b.add('position', p.office);
    if (p.type === 'Allegation') {
      b.add('entity', (targets.get(n.id) ?? []).map(nodeFtm));
      const grade = p.credibility === undefined ? '' : `, credibility ${String(p.credibility)} on the Admiralty scale`;
      b.add('notes', `A claim recorded by Scamgraph, not a finding: ${p.isOpinion ? 'opinion' : 'allegation'}, status ${String(p.status)}${grade}.`);
    }
    for (const [k, v] of Object.entries(p)) if (k.startsWith(FTM)) b.add(k.slice(FTM.length), v);
    // A nameless entity still needs the name FtM requires: its id is the one honest choice.
    for (const req of schema.required) if (!b.properties[req]?.length) b.add(req, n.id);
    entities.push({ id: nodeFtm(n.id)!, schema: schema.name, properties: b.properties });
  }
  for (const r of dump.relationships) entities.push(relEntity(r, ids, schemaOfNode, byId));
  return { entities, sidecar: sidecarOf(dump, entities, ids) };
}

/** Does the end's schema fit the edge property's range (a Directorship needs an Organization to direct)? */
function fits(edge: Schema, prop: string, end: Schema | undefined): boolean {
  const p = propertyOf(edge, prop);
  return !!end && !!p && isA(end, p.getRange());
}

function relEntity(r: RelRow, ids: Map<string, string>, schemaOfNode: Map<string, Schema>, byId: Map<string, NodeRow>): FtmEntity {
  const from = schemaOfNode.get(r.from);
  const to = schemaOfNode.get(r.to);
  const candidates = [str(r.props.ftmSchema), r.type === 'LEADS' ? 'Directorship' : r.type === 'MEMBER_OF' ? 'Membership' : undefined, 'UnknownLink'];
  const schema = candidates.map((c) => (c ? schemaOf(c) : undefined))
    .find((s) => s?.edge && fits(s, s.edge.source, from) && fits(s, s.edge.target, to)) ?? schemaOf('UnknownLink')!;
  const b = new Builder(schema);
  b.add(schema.edge!.source, ids.get(`n:${r.from}`));
  b.add(schema.edge!.target, ids.get(`n:${r.to}`));
  const words = str(r.props.role) ?? (r.type === 'LINKED_TO' ? str(r.props.kind) : undefined) ?? relWords(r.type);
  b.add(propertyOf(schema, 'role') ? 'role' : 'relationship', words);
  b.add('startDate', r.props.startDate);
  b.add('endDate', r.props.endDate);
  b.add('description', r.props.description);
  // Intervals have no `proof`: their sources go out as the URLs and publishers FtM does have.
  for (const s of ((r.props.sources as string[] | undefined) ?? []).map((id) => byId.get(id)).filter((n) => n?.props.type === 'Source')) {
    b.add('sourceUrl', s!.props.url);
    if (s!.props.publisher !== 'unknown') b.add('publisher', s!.props.publisher);
  }
  for (const [k, v] of Object.entries(r.props)) if (k.startsWith(FTM)) b.add(k.slice(FTM.length), v);
  return { id: ids.get(`r:${r.id}`)!, schema: schema.name, properties: b.properties };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What reading `props` back as plain FtM (`plain`) would get wrong. */
function propsDelta(props: Record<string, unknown>, plain: Record<string, unknown>): Pick<NodeDelta, 'set' | 'unset'> {
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const [k, v] of Object.entries(props)) if (k !== 'id' && k !== 'dataset' && v !== undefined && !same(v, plain[k])) set[k] = v;
  for (const k of Object.keys(plain)) if (k !== 'id' && k !== 'dataset' && props[k] === undefined) unset.push(k);
  return { ...(Object.keys(set).length ? { set } : {}), ...(unset.length ? { unset } : {}) };
}

function sidecarOf(dump: FtmDump, entities: FtmEntity[], ids: Map<string, string>): FtmSidecar {
  // Read the lines back as plain FtM with the ids they came from, so the two sides compare key by key.
  const idOf = new Map<string, string>();
  for (const n of dump.nodes) idOf.set(ids.get(`n:${n.id}`)!, n.id);
  for (const r of dump.relationships) idOf.set(ids.get(`r:${r.id}`)!, r.id);
  const plain = mapLines(entities.map((entity, i) => ({ line: i + 1, entity })), dump.dataset, { idOf, prefix: '' });
  const plainNodes = new Map(plain.nodes.map((n) => [n.id, n]));
  const plainRels = new Map(plain.relationships.map((r) => [r.id, r]));
  const nodes: Record<string, NodeDelta> = {};
  for (const n of dump.nodes) {
    const ftmId = ids.get(`n:${n.id}`)!;
    const p = plainNodes.get(n.id)!;
    const type = n.props.type as NodeType;
    const delta: NodeDelta = {
      ...(ftmId !== n.id ? { id: n.id } : {}),
      ...(type !== p.props.type ? { type } : {}),
      ...(!same([...n.labels].sort(), ['Entity', ...(nodeLabels[type] ?? [])].sort()) ? { labels: n.labels } : {}),
      ...propsDelta(n.props, p.props),
    };
    // Listed even when empty: an entry says "this id is Scamgraph's own", so the reader keeps it as it is.
    nodes[ftmId] = delta;
  }
  const relationships: Record<string, RelDelta> = {};
  for (const r of dump.relationships) {
    const ftmId = ids.get(`r:${r.id}`)!;
    const p = plainRels.get(r.id)!;
    // The reader gives a relationship the sidecar knows the id TYPE:from:to; say so only when it is not that.
    const delta: RelDelta = {
      ...(r.id !== `${r.type}:${r.from}:${r.to}` ? { id: r.id } : {}),
      ...(r.type !== p.type ? { type: r.type } : {}),
      ...propsDelta(r.props, p.props),
    };
    // Always listed: its presence is what tells the reader to use Scamgraph's id form.
    relationships[ftmId] = delta;
  }
  return { format: SIDECAR_FORMAT, version: 1, dataset: dump.dataset, about: SIDECAR_ABOUT, nodes, relationships };
}

/** The FtM file's text: one entity per line. */
export const ftmLines = (entities: FtmEntity[]): string => entities.map((e) => JSON.stringify(e)).join('\n') + (entities.length ? '\n' : '');
