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
  // A shortest path is one of several of equal length, the planner's pick: what it promises is the length.
  if (/SHORTEST/i.test(cypher)) rows = rows.map((r) => (Array.isArray(r) ? r.map((c) => (Array.isArray(c) ? { pathOfLength: c.length } : c)) : r));
  return { columns: result.columns, rows: rows.map((r) => JSON.stringify(r)).sort().map((r) => JSON.parse(r)) };
}
