// Does the first row name the columns, or is it already data? And which column holds what.

/** What a column can be mapped to in the import: a field of the node or link, kept as a property, or ignored. */
export const COLUMN_ROLES = ['id', 'name', 'type', 'source', 'target', 'weight', 'description', 'property', 'ignore'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Column names people use for each field, lower-cased. */
export const COLUMN_SYNONYMS: Record<Exclude<ColumnRole, 'property' | 'ignore'>, readonly string[]> = {
  id: ['id', 'node', 'key'],
  name: ['label', 'name', 'title'],
  type: ['type', 'kind', 'category'],
  source: ['source', 'from', 'src'],
  target: ['target', 'to', 'dst'],
  weight: ['weight', 'value', 'strength', 'count'],
  description: ['description', 'note', 'notes', 'comment'],
};

/** A link's type is often headed "label" or "relationship" (a node's label is its name). */
const EDGE_TYPE_SYNONYMS = ['type', 'label', 'kind', 'relationship'];

const clean = (h: string) => h.trim().toLowerCase();
const knownName = (h: string) => [...Object.values(COLUMN_SYNONYMS), EDGE_TYPE_SYNONYMS].some((names) => names.includes(clean(h)));

export function synonymsOf(role: Exclude<ColumnRole, 'property' | 'ignore'>, list: 'nodes' | 'edges'): readonly string[] {
  return role === 'type' && list === 'edges' ? EDGE_TYPE_SYNONYMS : COLUMN_SYNONYMS[role];
}
const numeric = (s: string) => /^[+-]?\d+([.,]\d+)?$/.test(s.trim());

/**
 * A header names at least one column as we know them; or its cells are all words where some column below is all
 * numbers (a "who;whom;times" header over "ana;ben;3"). Otherwise the first row is taken as data.
 */
export function hasHeader(rows: string[][]): boolean {
  const [first, ...rest] = rows;
  if (!first) return true;
  if (first.some(knownName)) return true;
  const body = rest.slice(0, 50).filter((r) => r.some((f) => f.trim() !== ''));
  if (body.length === 0 || first.some((c) => c.trim() === '' || numeric(c))) return false;
  return first.some((_, col) => body.every((r) => numeric(r[col] ?? '')));
}

/** The role each header cell names, 'property' for any other named column. */
export function rolesFromHeader(header: string[], list: 'nodes' | 'edges'): ColumnRole[] {
  const taken = new Set<ColumnRole>();
  const allowed: ColumnRole[] = list === 'edges' ? ['source', 'target', 'type', 'weight', 'description'] : ['id', 'name', 'type', 'description'];
  return header.map((h) => {
    const role = allowed.find((r) => !taken.has(r) && synonymsOf(r as Exclude<ColumnRole, 'property' | 'ignore'>, list).includes(clean(h)));
    if (role) {
      taken.add(role);
      return role;
    }
    return h.trim() ? 'property' : 'ignore';
  });
}
