// CSV tables -> the upload's node and link lists, each item keeping the line it came from for error messages.
// Columns are found by their header names, or given by the column-mapping step (a header-less file).
import { RESERVED_PROPERTY_KEYS, type UploadEdge, type UploadNode } from '@contract/datasets.ts';
import { parseNumber, rolesFromHeader, synonymsOf, type ColumnRole } from '../../../server/interop/csv-dialect/index.ts';

export class ImportFileError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
  }
}

/** How to read one table: whether row 1 is a header, and what each column is. */
export interface TableMapping {
  header: boolean;
  roles: ColumnRole[];
  /** For numbers written with a decimal comma, which only a non-comma file can hold. */
  delimiter: string;
}

export function looksLikeEdges(header: string[]): boolean {
  const roles = rolesFromHeader(header, 'edges');
  return roles.includes('source') && roles.includes('target');
}

/** The mapping a header gives; the default delimiter is the comma. */
export function mappingFromHeader(header: string[], list: 'nodes' | 'edges', delimiter = ','): TableMapping {
  return { header: true, roles: rolesFromHeader(header, list), delimiter };
}

function requireRole(file: string, rows: string[][], mapping: TableMapping, role: ColumnRole, list: 'nodes' | 'edges'): number {
  const at = mapping.roles.indexOf(role);
  if (at >= 0) return at;
  if (!mapping.header) throw new ImportFileError(file, `no column is mapped to '${role}'; pick one in the column mapping`);
  const header = rows[0] ?? [];
  const name = synonymsOf(role as 'id', list)[0];
  throw new ImportFileError(file, `no '${name}' column; the header row names ${header.map((h) => `'${h.trim()}'`).join(', ') || 'nothing'}`);
}

const cell = (row: string[], at: number): string | undefined => (at >= 0 ? row[at]?.trim() || undefined : undefined);
const blank = (row: string[]): boolean => row.every((f) => f.trim() === '');

/**
 * Property names as columns give them: letters, digits and underscores, so they read as keys everywhere. A name a
 * field already has (a second "name" column kept as a property) becomes `column_<n>_name`, never overwriting it.
 */
export function propertyKey(header: string | undefined, column: number): string {
  const key = (header ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 30);
  const own = /^[a-z]/.test(key) && !(RESERVED_PROPERTY_KEYS as readonly string[]).includes(key);
  return own ? key : `column_${column + 1}${key ? `_${key}` : ''}`;
}

/** Data rows with their line numbers: after a header the first data row is row 2. */
function dataRows(rows: string[][], mapping: TableMapping): Array<{ r: string[]; row: number }> {
  const start = mapping.header ? 1 : 0;
  return rows.slice(start).map((r, i) => ({ r, row: i + start + 1 })).filter(({ r }) => !blank(r));
}

function extras(rows: string[][], mapping: TableMapping, r: string[]): { description?: string; properties?: Record<string, string> } {
  const description = cell(r, mapping.roles.indexOf('description'));
  const properties: Record<string, string> = {};
  mapping.roles.forEach((role, col) => {
    const value = cell(r, col);
    if (role === 'property' && value !== undefined) properties[propertyKey(mapping.header ? rows[0]?.[col] : undefined, col)] = value;
  });
  return { ...(description ? { description } : {}), ...(Object.keys(properties).length ? { properties } : {}) };
}

export function nodesFromTable(file: string, rows: string[][], mapping: TableMapping): UploadNode[] {
  const id = requireRole(file, rows, mapping, 'id', 'nodes');
  const name = mapping.roles.indexOf('name');
  const type = mapping.roles.indexOf('type');
  return dataRows(rows, mapping).map(({ r, row }) => ({ id: r[id]?.trim() ?? '', name: cell(r, name), type: cell(r, type), ...extras(rows, mapping, r), row }));
}

export function edgesFromTable(file: string, rows: string[][], mapping: TableMapping): UploadEdge[] {
  const source = requireRole(file, rows, mapping, 'source', 'edges');
  const target = requireRole(file, rows, mapping, 'target', 'edges');
  const type = mapping.roles.indexOf('type');
  const weightAt = mapping.roles.indexOf('weight');
  return dataRows(rows, mapping).map(({ r, row }) => {
    const written = cell(r, weightAt);
    const weight = written === undefined ? undefined : parseNumber(written, mapping.delimiter);
    if (written !== undefined && weight === undefined) throw new ImportFileError(file, `row ${row}, column weight: '${written}' is not a number`);
    return { source: r[source]?.trim() ?? '', target: r[target]?.trim() ?? '', type: cell(r, type), ...(weight !== undefined ? { weight } : {}), ...extras(rows, mapping, r), row };
  });
}

/** Rows after the header; the header is row 1, so data row i is row i + 2. */
export function nodesFromRows(file: string, rows: string[][]): UploadNode[] {
  return nodesFromTable(file, rows, mappingFromHeader(rows[0] ?? [], 'nodes'));
}

export function edgesFromRows(file: string, rows: string[][]): UploadEdge[] {
  return edgesFromTable(file, rows, mappingFromHeader(rows[0] ?? [], 'edges'));
}

/** An edge list alone: its endpoints are the nodes, named by their ids. */
export function nodesFromEdges(edges: UploadEdge[]): UploadNode[] {
  const seen = new Map<string, UploadNode>();
  for (const e of edges) {
    for (const id of [e.source, e.target]) if (id && !seen.has(id)) seen.set(id, { id, row: e.row });
  }
  return [...seen.values()];
}
