// What a saved query answers, in a form that compares across runs, and the rows captured before the rewrite for scale.
import { readFileSync } from 'node:fs';

export const SEED_ROWS_FIXTURE = new URL('./fixtures/saved-seed-rows.json', import.meta.url);

export interface SavedRows { columns: string[]; rows: unknown[] }

export function seedRowsFixture(): Record<string, SavedRows> {
  return JSON.parse(readFileSync(SEED_ROWS_FIXTURE, 'utf8'));
}

/** Write times change at every seed load, and element ids with the store: neither is part of what a query answers. */
export function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) return '<datetime>';
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !['updatedAt', 'elementId'].includes(k)).map(([k, v]) => [k, stable(v)]));
  }
  return value;
}

/**
 * Rows compared as a multiset. A query with no ORDER BY (scam-economy-overview, a UNION) promises no order, and those
 * with one leave ties (allegations-by-status orders by status and credibility, so the parties of one allegation
 * come in any order; shortest-path-between's paths of equal length too): the order among ties is the planner's,
 * and a fresh-clone run listed them otherwise than the capture did. What a query answers is its rows.
 */
export function comparable(cypher: string, result: { columns: string[]; rows: unknown[] }): SavedRows {
  let rows = stable(result.rows) as unknown[];
  if (/SHORTEST/i.test(cypher)) rows = rows.map((r) => shortestPathRow(result.columns, r));
  return { columns: result.columns, rows: rows.map((r) => JSON.stringify(r)).sort().map((r) => JSON.parse(r)) };
}

/**
 * A shortest path is one of several of equal length, the planner's pick, and what is said about it follows the pick:
 * one path of three hops runs through an allegation, another does not (a fresh-clone run drew each). What the query
 * promises is the length, and that its list of allegation statuses names exactly the allegations on the path it drew.
 */
function shortestPathRow(columns: string[], row: unknown): unknown {
  if (!Array.isArray(row)) return row;
  const path = row[columns.indexOf('path')];
  const onPath = Array.isArray(path) ? path.filter((e) => (e as { type?: string })?.type === 'Allegation').length : -1;
  return row.map((cell, i) => {
    if (columns[i] === 'path' && Array.isArray(cell)) return { pathOfLength: cell.length };
    if (Array.isArray(cell)) return { statusesNameTheAllegationsOnThePath: cell.length === onPath };
    return cell;
  });
}
