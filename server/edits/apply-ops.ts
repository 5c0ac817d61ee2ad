// Applies a ChangeSet's ops, in order, inside one graph transaction, and returns what each did (the audit items).
// Any refusal throws and the caller's transaction rolls back: a ChangeSet is all or nothing. Records are validated
// whole by the seed's own schemas; references by the seed's rules (references.ts); versions guard every change.
import type { z } from 'zod';
import type { ChangeSet, EditOp, ElementKind } from '../contract/edits.ts';
import type { TxRunner } from '../db/explicit-tx.ts';
import { BadRequestError } from '../http/errors.ts';
import { SeedAllegation, SeedNode, SeedRelationship, SeedSource } from '../seed/schema.ts';
import type { NewItem } from '../audit/store.ts';
import { canMove, refusal } from './status-lifecycle.ts';
import { refsOf, checkRefs } from './references.ts';
import { deleteElement, readStored, relationshipId, snapshot, writeRecord, type AnyRecord, type Stored } from './records.ts';
import { responseRecord } from './response-record.ts';

/** Ops only a revert builds: put a whole earlier record back (replace), or bring a deleted one back (restore). */
export type InternalOp =
  | { op: 'replace'; kind: ElementKind; id: string; version: number; record: AnyRecord }
  | { op: 'restore'; kind: ElementKind; id: string; record: AnyRecord; previousVersion: number };
export type AnyOp = EditOp | InternalOp;

export const SCHEMA: Record<ElementKind, z.ZodType> = { entity: SeedNode, source: SeedSource, relationship: SeedRelationship, allegation: SeedAllegation };

/** Fields an update may not set, and what to do instead. */
const FIXED: Record<ElementKind, Record<string, string>> = {
  entity: { id: 'ids never change', type: 'delete it and create one of the new type' },
  source: { id: 'ids never change' },
  relationship: { type: 'delete it and create the new link', from: 'delete it and create the new link', to: 'delete it and create the new link' },
  allegation: { id: 'ids never change', status: "use a 'status' op, which appends to the status history", statusHistory: "use a 'status' op, which appends to the status history" },
};

export type Conflict = (kind: ElementKind, id: string, yourVersion: number, current: Stored | null, wanted: Record<string, unknown>, field: string) => Error;

export interface ApplyContext { changeSet: Pick<ChangeSet, 'dataset'> & { ops: AnyOp[] }; changeId: string; conflict: Conflict }

function parseRecord(kind: ElementKind, value: unknown, prefix: string): AnyRecord {
  const parsed = SCHEMA[kind].safeParse(value);
  if (parsed.success) return parsed.data as AnyRecord;
  const issue = parsed.error.issues[0]!;
  // An unknown key has no path of its own: name the key, as validate() does.
  const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const field = [prefix, ...issue.path, ...(unknown ? [unknown] : [])].join('.');
  throw new BadRequestError(`${field}: ${unknown ? 'not a field of this element' : issue.message}`, field);
}

export async function applyOps(tx: TxRunner, { changeSet, changeId, conflict }: ApplyContext): Promise<NewItem[]> {
  const { dataset } = changeSet;
  const items: NewItem[] = [];
  // Several ops of one change may touch one element: each carries the version it had before this change.
  const startVersion = new Map<string, number>();

  const existing = async (kind: ElementKind, id: string, version: number, wanted: Record<string, unknown>, at: string): Promise<Stored> => {
    const stored = await readStored(tx, id);
    if (stored && stored.kind !== kind) throw new BadRequestError(`${at}.kind: '${id}' is ${stored.kind === 'entity' ? 'an' : 'a'} ${stored.kind}, not ${kind === 'entity' ? 'an' : 'a'} ${kind}`, `${at}.kind`);
    if (stored && stored.dataset !== dataset) throw new BadRequestError(`${at}.id: '${id}' belongs to dataset '${stored.dataset}', not '${dataset}'`, `${at}.id`);
    const expected = stored ? (startVersion.get(id) ?? stored.version) : undefined;
    if (!stored || expected !== version) throw conflict(kind, id, version, stored, wanted, `${at}.version`);
    if (!startVersion.has(id)) startVersion.set(id, stored.version);
    return stored;
  };
  const put = async (kind: ElementKind, record: AnyRecord, version: number, at: string, before: Stored | null) => {
    await checkRefs(tx, dataset, refsOf(kind, record), at);
    await writeRecord(tx, kind, record, dataset, version, changeId);
    const id = kind === 'relationship' ? relationshipId(record as SeedRelationship) : (record as { id: string }).id;
    const after = await readStored(tx, id);
    items.push({ kind, element: id, op: before ? 'update' : 'create', before: before && snapshot(before), after: after && snapshot(after) });
  };
  const create = async (kind: ElementKind, record: AnyRecord, at: string, version = 1) => {
    if (kind === 'relationship' && (record as SeedRelationship).type === 'CITES') {
      throw new BadRequestError(`${at}.record.type: CITES links come from a source's citedBy; edit the cited source instead`, `${at}.record.type`);
    }
    const id = kind === 'relationship' ? relationshipId(record as SeedRelationship) : (record as { id: string }).id;
    if (await readStored(tx, id)) throw new BadRequestError(`${at}.record.id: '${id}' is already used; pick another id, or update that element`, `${at}.record.id`);
    await put(kind, record, version, `${at}.record`, null);
  };

  for (const [i, op] of changeSet.ops.entries()) {
    const at = `ops.${i}`;
    if (op.op === 'create') {
      await create(op.kind, op.record, at);
    } else if (op.op === 'update') {
      const stored = await existing(op.kind, op.id, op.version, op.set, at);
      for (const key of Object.keys(op.set)) {
        const why = FIXED[op.kind][key];
        if (why) throw new BadRequestError(`${at}.set.${key}: cannot be set by an update; ${why}`, `${at}.set.${key}`);
      }
      const record = parseRecord(op.kind, { ...stored.record, ...op.set }, `${at}.set`);
      await put(op.kind, record, stored.version + 1, `${at}.set`, stored);
    } else if (op.op === 'delete') {
      const stored = await existing(op.kind, op.id, op.version, {}, at);
      if (stored.foreignLinks.length > 0) {
        throw new BadRequestError(`${at}.id: '${op.id}' is still linked (${stored.foreignLinks.join(', ')}); delete those links first, in this change or before`, `${at}.id`);
      }
      if (stored.kind === 'source') {
        const citers = (await tx.run('edit-source-citers', { id: op.id, dataset })).map((r) => r.citer as string);
        if (citers.length > 0) throw new BadRequestError(`${at}.id: source '${op.id}' is still cited by ${citers.join(', ')}; change those first`, `${at}.id`);
      }
      await deleteElement(tx, stored);
      items.push({ kind: op.kind, element: op.id, op: 'delete', before: snapshot(stored), after: null });
    } else if (op.op === 'status') {
      const stored = await existing('allegation', op.allegation, op.version, { status: op.to }, at);
      const current = stored.record as SeedAllegation;
      if (!canMove(current.status, op.to)) throw new BadRequestError(`${at}.to: ${refusal(current.status, op.to)}`, `${at}.to`);
      const record = parseRecord('allegation', {
        ...current, status: op.to, statusHistory: [...current.statusHistory, { status: op.to, on: op.on, source: op.source, note: op.note }],
      }, at);
      await put('allegation', record, stored.version + 1, at, stored);
    } else if (op.op === 'response') {
      const target = await readStored(tx, op.allegation);
      if (target?.kind !== 'allegation' || target.dataset !== dataset) {
        throw new BadRequestError(`${at}.allegation: no allegation '${op.allegation}' in dataset '${dataset}'`, `${at}.allegation`);
      }
      await create('allegation', parseRecord('allegation', responseRecord(op, target.record as SeedAllegation), at), at);
    } else if (op.op === 'replace') {
      const stored = await existing(op.kind, op.id, op.version, op.record as unknown as Record<string, unknown>, at);
      await put(op.kind, op.record, stored.version + 1, at, stored);
    } else {
      if (await readStored(tx, op.id)) throw conflict(op.kind, op.id, op.previousVersion, await readStored(tx, op.id), {}, `${at}.id`);
      // The very state it had, version included: the delete is undone, so edits read before it are not stale.
      await put(op.kind, op.record, op.previousVersion, at, null);
    }
  }
  return items;
}
