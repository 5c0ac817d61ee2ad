// How a result value reads in a table cell, a CSV field and a sort: nodes by name, paths as chains in their true direction,
// lists of names as lists, anything else nested as JSON.

/** The server shows nodes as {id, name, type} and relationships as {type, id}. */
interface NodeSummary { id: unknown; name: unknown; type: unknown }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keysAre(value: Record<string, unknown>, keys: string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => k in value);
}

export function asNodeSummary(value: unknown): NodeSummary | undefined {
  return isPlainObject(value) && keysAre(value, ['id', 'name', 'type']) ? (value as unknown as NodeSummary) : undefined;
}

/** A relationship: {type, id}, and inside a path also its direction in the path's reading order. */
function asRelSummary(value: unknown): { type: string; direction?: 'forward' | 'backward' } | undefined {
  if (!isPlainObject(value) || typeof value.type !== 'string') return undefined;
  if (keysAre(value, ['type', 'id'])) return { type: value.type };
  if (keysAre(value, ['type', 'id', 'direction']) && (value.direction === 'forward' || value.direction === 'backward')) return { type: value.type, direction: value.direction };
  return undefined;
}

/** One hop as text, pointing the way the relationship points: `-[T]->` forward, `<-[T]-` where it points back. */
function hopText(rel: { type: string; direction?: 'forward' | 'backward' }): string {
  return rel.direction === 'backward' ? `<-[${rel.type}]-` : `-[${rel.type}]->`;
}

export function isRelSummary(value: unknown): boolean {
  return asRelSummary(value) !== undefined;
}

/** Plain words for a value: what the cell shows and what sorting compares. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const node = asNodeSummary(value);
  if (node) return String(node.name ?? node.id);
  const rel = asRelSummary(value);
  if (rel) return rel.type;
  if (Array.isArray(value)) {
    // A path comes as node, relationship, node…; it reads as a chain.
    const isPath = value.length >= 3 && value.every((v, i) => (i % 2 === 0 ? asNodeSummary(v) : asRelSummary(v)));
    if (isPath) return value.map((v, i) => (i % 2 === 0 ? cellText(v) : hopText(asRelSummary(v)!))).join(' ');
    if (value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v) || asNodeSummary(v))) return value.map(cellText).join(', ');
  }
  return JSON.stringify(value);
}

export function isEmptyCell(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** Sorting: empty cells after filled ones, numbers as numbers, text in natural order. */
export function compareCells(a: unknown, b: unknown): number {
  const emptyA = isEmptyCell(a);
  const emptyB = isEmptyCell(b);
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return cellText(a).localeCompare(cellText(b), undefined, { numeric: true, sensitivity: 'base' });
}
