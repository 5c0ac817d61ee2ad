// An edit's references must exist, in the edit's dataset, and be of the right kind: the seed's reference rules
// (server/seed/check-references.ts) checked against the graph as this transaction sees it.
import type { ElementKind } from '../contract/edits.ts';
import type { TxRunner } from '../db/explicit-tx.ts';
import { BadRequestError } from '../http/errors.ts';
import type { SeedAllegation, SeedNode, SeedRelationship, SeedSource } from '../seed/schema.ts';
import type { AnyRecord } from './records.ts';

type Want = 'source' | 'entity' | 'party' | 'allegation' | 'any';
interface Ref { field: string; id: string; want: Want }

export function refsOf(kind: ElementKind, record: AnyRecord): Ref[] {
  const list = (field: string, ids: string[], want: Want) => ids.map((id, j) => ({ field: `${field}.${j}`, id, want }));
  if (kind === 'entity') return list('sources', (record as SeedNode).sources, 'source');
  if (kind === 'source') return list('citedBy', (record as SeedSource).citedBy, 'source');
  if (kind === 'relationship') {
    const r = record as SeedRelationship;
    return [{ field: 'from', id: r.from, want: 'any' }, { field: 'to', id: r.to, want: 'any' }, ...list('sources', r.sources, 'source')];
  }
  const a = record as SeedAllegation;
  return [
    ...list('madeBy', a.madeBy, 'entity'), ...list('against', a.against, 'party'), ...list('concerns', a.concerns, 'party'),
    ...a.citedIn.map((c, j) => ({ field: `citedIn.${j}.source`, id: c.source, want: 'source' as const })),
    ...a.statusHistory.map((h, j) => ({ field: `statusHistory.${j}.source`, id: h.source, want: 'source' as const })),
    ...a.respondsTo.map((r, j) => ({ field: `respondsTo.${j}.allegation`, id: r.allegation, want: 'allegation' as const })),
  ];
}

const fits = (want: Want, type: string) => want === 'any' || (want === 'source' ? type === 'Source'
  : want === 'allegation' ? type === 'Allegation' : want === 'party' ? type !== 'Source' : type !== 'Source' && type !== 'Allegation');
const WORDS: Record<Want, string> = { source: 'a source', entity: 'an entity (not a source or allegation)', party: 'an entity or allegation', allegation: 'an allegation', any: 'an element' };

/** Throws a 400 naming `prefix.field` for the first reference that is missing, of another dataset, or of the wrong kind. */
export async function checkRefs(tx: TxRunner, dataset: string, refs: Ref[], prefix: string): Promise<void> {
  if (refs.length === 0) return;
  const rows = await tx.run('edit-ids-exist', { ids: [...new Set(refs.map((r) => r.id))] });
  const found = new Map(rows.map((r) => [r.id as string, r]));
  for (const ref of refs) {
    const row = found.get(ref.id);
    const field = `${prefix}.${ref.field}`;
    if (!row?.type) throw new BadRequestError(`${field}: no element '${ref.id}' exists (create it first, in this change or before)`, field);
    if (row.dataset !== dataset) throw new BadRequestError(`${field}: '${ref.id}' belongs to dataset '${String(row.dataset)}'; an edit links only within its dataset '${dataset}'`, field);
    if (!fits(ref.want, row.type as string)) throw new BadRequestError(`${field}: '${ref.id}' is a ${String(row.type)}; this field takes ${WORDS[ref.want]}`, field);
  }
}
