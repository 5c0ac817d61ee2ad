// Calls to the saved-query API (library, runs, ad-hoc Cypher, save, schema), each checked against the contract.
import { QueryList, QueryResult, SavedQuery, SchemaSummary, type QueryHeader } from '@contract/queries.ts';
import { request } from '../api.ts';

export type ParamValues = Record<string, string | number | boolean | null>;

export async function listQueries(): Promise<SavedQuery[]> {
  return (await request('/api/queries', QueryList)).queries;
}

/** `datasets`: the explorer's dataset choice, which the server gives the query as $datasets. */
export function runSaved(id: string, params: ParamValues, rowLimit: number, datasets: string[]): Promise<QueryResult> {
  return request(`/api/queries/${encodeURIComponent(id)}/run`, QueryResult, undefined, { params, rowLimit, datasets });
}

export function runCypher(cypher: string, params: Record<string, unknown>, rowLimit: number): Promise<QueryResult> {
  return request('/api/cypher', QueryResult, undefined, { cypher, params, rowLimit });
}

export function saveQuery(id: string, header: QueryHeader, cypher: string): Promise<SavedQuery> {
  return request('/api/queries', SavedQuery, undefined, { id, header, cypher });
}

export function getSchema(): Promise<SchemaSummary> {
  return request('/api/schema', SchemaSummary);
}
