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

/** A query with no ORDER BY (scam-economy-overview, a UNION) promises no order: compare its rows as a set. */
export function comparable(cypher: string, result: { columns: string[]; rows: unknown[] }): SavedRows {
  const rows = stable(result.rows) as unknown[];
  if (/\bORDER\s+BY\b/i.test(cypher)) return { columns: result.columns, rows };
  return { columns: result.columns, rows: rows.map((r) => JSON.stringify(r)).sort().map((r) => JSON.parse(r)) };
}
