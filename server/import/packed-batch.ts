// A batch of import rows packed into one string for Bolt, unpacked by cypher/import-*.cypher.
//
// Why: the JavaScript driver encodes a list of 10,000 maps field by field, and that alone took longer than
// LOAD CSV needed to write the same rows (measured: 2-4 s per 100k relationships as maps, 0.3 s as one string).
// One string per batch is encoded in a single pass, and Cypher's split() unpacks it on the server, which is
// what LOAD CSV does with a file. The packing is typed, so values come back exactly as they went in.
//
// Layout: records separated by RS (U+001E), fields by US (U+001F), list items by GS (U+001D).
// Fixed fields first (nodes: id, labels; relationships: id, type, from, to), then one cell per key in `keys`.
// A cell is empty when the row has no value for that key, else a one-letter type tag and the value:
//   s string · i integer · f float · b boolean · L empty list
//   l list of strings · n list of integers · g list of floats · c list of booleans
import type { NodeRow, RelRow } from '../seed/to-rows.ts';

const RS = '\u001e';
const US = '\u001f';
const GS = '\u001d';
/** U+001C..U+001F never occur in names or descriptions; a value holding one would corrupt the packing. */
const SEPARATORS = /[\u001c-\u001f]/;

export class UnpackableValueError extends Error {
  constructor(readonly rowId: string, readonly key: string, reason: string) {
    super(`row ${rowId}, ${key}: ${reason}`);
  }
}

export interface PackedBatch {
  /** Property keys in cell order (besides the fixed fields). */
  keys: string[];
  text: string;
}

function checkText(s: string, rowId: string, key: string): string {
  if (SEPARATORS.test(s)) throw new UnpackableValueError(rowId, key, 'contains a control character (U+001C-U+001F); remove it and import again');
  return s;
}

function listTag(items: unknown[], rowId: string, key: string): string {
  if (items.length === 0) return 'L';
  if (items.every((x) => typeof x === 'string')) return 'l';
  if (items.every((x) => typeof x === 'number' && Number.isSafeInteger(x))) return 'n';
  if (items.every((x) => typeof x === 'number')) return 'g';
  if (items.every((x) => typeof x === 'boolean')) return 'c';
  throw new UnpackableValueError(rowId, key, 'a list must hold values of one kind (all text, all numbers or all true/false)');
}

/** One typed cell; '' means "no value". */
export function packCell(value: unknown, rowId: string, key: string): string {
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'string': return `s${checkText(value, rowId, key)}`;
    case 'number': return Number.isSafeInteger(value) ? `i${value}` : `f${value}`;
    case 'boolean': return value ? 'btrue' : 'bfalse';
  }
  if (Array.isArray(value)) {
    const tag = listTag(value, rowId, key);
    return tag + value.map((x) => checkText(String(x), rowId, key)).join(GS);
  }
  throw new UnpackableValueError(rowId, key, 'nested objects cannot be stored as a property; flatten them into separate columns');
}

/** Every property key used by the rows, minus those sent as fixed fields. */
function keysOf(rows: { props: Record<string, unknown> }[], fixed: ReadonlySet<string>): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.props)) if (!fixed.has(key)) keys.add(key);
  return [...keys];
}

function pack<R extends { id: string; props: Record<string, unknown> }>(rows: R[], fixedKeys: ReadonlySet<string>, fixed: (row: R) => string[]): PackedBatch {
  const keys = keysOf(rows, fixedKeys);
  const records = rows.map((row) => {
    const cells = fixed(row);
    for (const key of keys) cells.push(packCell(row.props[key], row.id, key));
    return cells.join(US);
  });
  return { keys, text: records.join(RS) };
}

const NODE_FIXED: ReadonlySet<string> = new Set(['id']);
const REL_FIXED: ReadonlySet<string> = new Set(['id']);

export function packNodes(rows: NodeRow[]): PackedBatch {
  return pack(rows, NODE_FIXED, (row) => [checkText(row.id, row.id, 'id'), row.labels.map((l) => checkText(l, row.id, 'labels')).join(GS)]);
}

export function packRelationships(rows: RelRow[]): PackedBatch {
  return pack(rows, REL_FIXED, (row) => [row.id, row.type, row.from, row.to].map((v) => checkText(v, row.id, 'id, type, from or to')));
}

/** Checks every row before anything is written, so a bad value is reported without a rollback. */
export function checkPackable(nodes: NodeRow[], relationships: RelRow[]): void {
  for (const row of nodes) for (const [key, value] of Object.entries(row.props)) packCell(value, row.id, key);
  for (const row of relationships) for (const [key, value] of Object.entries(row.props)) packCell(value, row.id, key);
}
