// The read-only rules, applied to what EXPLAIN says a query would do. Pure: unit-tested without a database.
import type { Explained } from '../db/user-cypher.ts';
import { QueryRefusedError } from './refusal.ts';

/** Procedures a user's query may call: the full-text search and the schema look-ups. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
]);

/** Plan operators of administration commands; some (SHOW, TERMINATE TRANSACTIONS) report query type 'r'. */
const ADMIN_OPERATOR = /^(Show|Terminate|Administration|System|Alter|Grant|Deny|Revoke|Enable|Start|Stop|Rename|Wait)/;

const QUERY_TYPES: Record<string, string> = {
  rw: 'it writes data (CREATE, MERGE, SET, DELETE, REMOVE or FOREACH)',
  w: 'it writes data (CREATE, MERGE, SET, DELETE, REMOVE or FOREACH)',
  s: 'it changes the schema or administers the database',
};

export function checkPlan({ queryType, operators }: Explained): void {
  if (queryType !== 'r') throw new QueryRefusedError(QUERY_TYPES[queryType] ?? `Neo4j could not confirm it only reads (query type '${queryType}')`);
  for (const op of operators) {
    if (op.type === 'LoadCSV') throw new QueryRefusedError('LOAD CSV is not allowed: queries read only the graph');
    if (op.type === 'TransactionApply' || op.type === 'TransactionForeach') throw new QueryRefusedError('CALL { … } IN TRANSACTIONS is not allowed');
    if (ADMIN_OPERATOR.test(op.type)) throw new QueryRefusedError('administration commands (SHOW, TERMINATE, user and database commands) are not allowed; use db.labels(), db.relationshipTypes() or db.schema.visualization()');
    if (op.type === 'ProcedureCall') {
      const name = op.details.split('(')[0]!.trim();
      if (!ALLOWED_PROCEDURES.has(name)) throw new QueryRefusedError(`the procedure ${name || '(unknown)'} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}`);
    }
  }
}

const NOT_CODE = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g;

/** One statement per query; a single trailing semicolon is fine. Returns the query without it. */
export function singleStatement(cypher: string): string {
  const code = cypher.replace(NOT_CODE, (m) => ' '.repeat(m.length));
  const parts = code.split(';');
  const nonEmpty = parts.filter((p) => p.trim() !== '');
  if (nonEmpty.length > 1) throw new QueryRefusedError('several statements at once are not allowed; run one query at a time');
  if (nonEmpty.length === 0) throw new QueryRefusedError('the query is empty');
  const last = code.lastIndexOf(';');
  return last >= 0 && code.slice(last + 1).trim() === '' ? cypher.slice(0, last).trimEnd() : cypher;
}
