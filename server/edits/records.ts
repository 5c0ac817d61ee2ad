// Elements as edits see them: the seed's own records (server/seed/schema.ts) plus `version`, read from and written
// to the graph through the seed's own row builders (server/seed/to-rows.ts), so an edited element is stored exactly
// as a loaded one would be. Records are normalised (lists of parts sorted) so before/after compare exactly.
import type { ElementKind } from '../contract/edits.ts';
import type { NodeType } from '../contract/vocabulary.ts';
import type { TxRunner } from '../db/explicit-tx.ts';
import type { SeedAllegation, SeedNode, SeedRelationship, SeedSource } from '../seed/schema.ts';
import { toNodeRows, toRelationshipRows } from '../seed/to-rows.ts';
import type { SeedData } from '../seed/read-files.ts';

export type AnyRecord = SeedNode | SeedSource | SeedAllegation | SeedRelationship;
/** A record as it stands in the graph: the seed shape, its dataset, version and the change that wrote it last. */
export interface Stored { kind: ElementKind; id: string; dataset: string; version: number; lastChange: string | null; record: AnyRecord; foreignLinks: string[] }

/** Node properties that are not an entity's own `properties`. */
const NODE_CORE = new Set(['id', 'type', 'name', 'aliases', 'aliasText', 'description', 'dataset', 'sources', 'named', 'version', 'lastChange', 'updatedAt']);
const REL_CORE = new Set(['id', 'status', 'sources', 'version', 'lastChange']);

export const kindOfType = (type: string): ElementKind => (type === 'Source' ? 'source' : type === 'Allegation' ? 'allegation' : 'entity');
export const relationshipId = (r: Pick<SeedRelationship, 'type' | 'from' | 'to'>) => `${r.type}:${r.from}:${r.to}`;
export const isRelationshipId = (id: string) => id.includes(':');
export function splitRelationshipId(id: string): { type: string; from: string; to: string } {
  const [type = '', from = '', to = ''] = id.split(':');
  return { type, from, to };
}

const rest = (props: Record<string, unknown>, core: Set<string>) =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !core.has(k)).sort(([a], [b]) => a.localeCompare(b)));
const sorted = (ids: string[]) => [...ids].sort();
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

interface Part { type: string; to: string; props: Record<string, unknown> }

function allegationRecord(p: Record<string, unknown>, parts: Part[]): SeedAllegation {
  const to = (type: string) => sorted(parts.filter((x) => x.type === type).map((x) => x.to));
  return {
    id: p.id as string, name: p.name as string, summary: p.description as string,
    category: p.category as SeedAllegation['category'], isOpinion: p.isOpinion as boolean, status: p.status as SeedAllegation['status'],
    statusHistory: JSON.parse((p.statusHistoryJson as string | undefined) ?? '[]'),
    credibility: p.credibility as number, credibilityNote: p.credibilityNote as string,
    assertedOn: (p.assertedOn as string | null) ?? null, conductPeriod: (p.conductPeriod as string | null) ?? null,
    ...(typeof p.quote === 'string' ? { quote: p.quote } : {}),
    madeBy: to('MADE_BY'), against: to('AGAINST'), concerns: to('CONCERNS'),
    citedIn: parts.filter((x) => x.type === 'CITED_IN').map((x) => ({ source: x.to, note: x.props.note as string })).sort((a, b) => a.source.localeCompare(b.source)),
    respondsTo: parts.filter((x) => x.type === 'RESPONDS_TO' || x.type === 'SUPPORTS')
      .map((x) => ({ allegation: x.to, stance: (x.props.stance as SeedAllegation['respondsTo'][number]['stance']) ?? (x.type === 'SUPPORTS' ? 'supports' : 'denies') }))
      .sort((a, b) => a.allegation.localeCompare(b.allegation)),
  };
}

function sourceRecord(p: Record<string, unknown>): SeedSource {
  return {
    id: p.id as string, title: p.name as string, publisher: p.publisher as string, author: p.author as string,
    kind: p.kind as SeedSource['kind'], reliability: p.reliability as SeedSource['reliability'], reliabilityNote: p.reliabilityNote as string,
    url: (p.url as string | null) ?? null, publishedOn: (p.publishedOn as string | null) ?? null, held: p.held as boolean,
    citedBy: sorted((p.citedBy as string[] | undefined) ?? []), description: p.description as string,
  };
}

function entityRecord(p: Record<string, unknown>): SeedNode {
  return {
    id: p.id as string, type: p.type as SeedNode['type'], name: p.name as string, aliases: (p.aliases as string[] | undefined) ?? [],
    description: p.description as string, sources: (p.sources as string[] | undefined) ?? [], named: p.named !== false,
    properties: rest(p, NODE_CORE) as SeedNode['properties'],
  };
}

/** The element `id` as it stands in this transaction, or null when there is none. */
export async function readStored(tx: TxRunner, id: string): Promise<Stored | null> {
  if (isRelationshipId(id)) {
    const { from, to } = splitRelationshipId(id);
    const [row] = await tx.run('edit-read-relationship', { id, from, to });
    if (!row) return null;
    const p = row.props as Record<string, unknown>;
    const [fromRow] = await tx.run('edit-ids-exist', { ids: [from] });
    const record: SeedRelationship = {
      type: row.type as SeedRelationship['type'], from, to, sources: (p.sources as string[]) ?? [],
      status: p.status as SeedRelationship['status'], properties: rest(p, REL_CORE) as SeedRelationship['properties'],
    };
    return { kind: 'relationship', id, dataset: (fromRow?.dataset as string) ?? '', version: num(p.version), lastChange: (p.lastChange as string) ?? null, record, foreignLinks: [] };
  }
  const [row] = await tx.run('edit-read-node', { id });
  if (!row) return null;
  const p = row.props as Record<string, unknown>;
  const kind = kindOfType(p.type as string);
  const record = kind === 'allegation' ? allegationRecord(p, row.parts as Part[]) : kind === 'source' ? sourceRecord(p) : entityRecord(p);
  return { kind, id, dataset: p.dataset as string, version: num(p.version), lastChange: (p.lastChange as string) ?? null, record, foreignLinks: row.foreignLinks as string[] };
}

const data = (dataset: string, part: Partial<Omit<SeedData, 'dataset'>>): SeedData =>
  ({ dataset, sources: [], nodes: [], allegations: [], relationships: [], ...part });

/** Writes `record` as element `kind` of `dataset`, stamped with `version` and the change `changeId` (crash reconciliation reads it). */
export async function writeRecord(tx: TxRunner, kind: ElementKind, record: AnyRecord, dataset: string, version: number, changeId: string): Promise<void> {
  const stamp = { version, lastChange: changeId };
  if (kind === 'relationship') {
    const [row] = toRelationshipRows(data(dataset, { relationships: [record as SeedRelationship] }));
    await tx.run('edit-write-relationship', { id: row!.id, type: row!.type, from: row!.from, to: row!.to, props: { ...row!.props, ...stamp } });
    return;
  }
  const part = kind === 'source' ? { sources: [record as SeedSource] } : kind === 'allegation' ? { allegations: [record as SeedAllegation] } : { nodes: [record as SeedNode] };
  const [node] = toNodeRows(data(dataset, part));
  await tx.run('edit-drop-parts', { id: node!.id });
  await tx.run('edit-write-node', { id: node!.id, labels: node!.labels, props: { ...node!.props, ...stamp } });
  // The parts the node owns, written by the seed's own builder (an allegation's MADE_BY..., a source's CITES).
  const parts = toRelationshipRows(data(dataset, part));
  if (parts.length > 0) await tx.run('seed-relationships', { rows: parts });
}

export async function deleteElement(tx: TxRunner, stored: Stored): Promise<void> {
  if (stored.kind === 'relationship') {
    const { from, to } = splitRelationshipId(stored.id);
    await tx.run('edit-delete-relationship', { id: stored.id, from, to });
  } else {
    await tx.run('edit-delete-node', { id: stored.id });
  }
}

/** The JSON an audit item keeps: the record and its version. */
export const snapshot = (s: Stored): Record<string, unknown> => ({ ...s.record, version: s.version });

export const typeOfRecord = (kind: ElementKind, record: AnyRecord): NodeType | null =>
  kind === 'entity' ? (record as SeedNode).type : kind === 'source' ? 'Source' : kind === 'allegation' ? 'Allegation' : null;
