// Saved and ad-hoc Cypher: the library's headers, run requests, and results as a table and a graph.
import { z } from 'zod';
import { EntityId, GraphEdge, GraphNode, SourceSummary } from './graph.ts';
import { CURATED_DATASET, DatasetScope } from './scope.ts';

/**
 * A parameter no header declares: the server fills `$datasets` with the explorer's dataset choice, so every
 * saved query that reads it stays inside the chosen datasets.
 */
export const SCOPE_PARAM = 'datasets';

export const QueryId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'query ids are lower-case letters, digits and dashes');

const ParamBase = { description: z.string().min(1).optional() };
export const QueryParam = z.discriminatedUnion('type', [
  z.object({ type: z.literal('string'), default: z.string().nullable().optional(), allowed: z.array(z.string()).min(1).optional(), ...ParamBase }).strict(),
  z.object({ type: z.literal('integer'), default: z.number().int().nullable().optional(), min: z.number().int().optional(), max: z.number().int().optional(), ...ParamBase }).strict(),
  z.object({ type: z.literal('float'), default: z.number().nullable().optional(), min: z.number().optional(), max: z.number().optional(), ...ParamBase }).strict(),
  z.object({ type: z.literal('boolean'), default: z.boolean().nullable().optional(), ...ParamBase }).strict(),
  z.object({ type: z.literal('date'), default: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD').nullable().optional(), ...ParamBase }).strict(),
  /** An entity's id; the form offers a search picker by name, and a run checks the entity is in the chosen datasets. */
  z.object({ type: z.literal('entity'), default: EntityId.nullable().optional(), ...ParamBase }).strict(),
]);
export type QueryParam = z.infer<typeof QueryParam>;

export const ResultKind = z.enum(['graph', 'table']);

export const QueryHeader = z.object({
  title: z.string().min(3),
  description: z.string().min(10),
  tags: z.array(z.string().min(1)).default([]),
  /** graph: the rows hold nodes, relationships or paths to draw; table: plain values. */
  result: ResultKind,
  /** The columns the query returns, in order. */
  columns: z.array(z.string().min(1)).min(1),
  params: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'parameter names are Cypher identifiers'), QueryParam).default({}),
}).strict();
export type QueryHeader = z.infer<typeof QueryHeader>;

export const SavedQuery = QueryHeader.extend({
  id: QueryId,
  cypher: z.string(),
  /** shipped: in cypher/queries; saved: added by a user through "Save as query". */
  origin: z.enum(['shipped', 'saved']),
});
export type SavedQuery = z.infer<typeof SavedQuery>;

export const QueryListQuery = z.object({ q: z.string().trim().max(200).optional(), tag: z.string().max(60).optional() });
export const QueryList = z.object({ queries: z.array(SavedQuery) });

const ParamValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
/**
 * zod's records skip a `__proto__` key without a word, so `{"__proto__": 1}` would reach the query as no parameter
 * at all: it is refused by name here, before the record drops it, like any other name the header does not declare.
 */
const ParamValues = z.preprocess((value, ctx) => {
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__')) {
    ctx.addIssue({ code: 'custom', message: 'this query has no such parameter', path: ['__proto__'], input: value });
  }
  return value;
}, z.record(z.string(), ParamValue));
export const RunSavedRequest = z.object({
  params: ParamValues.default({}),
  rowLimit: z.number().int().min(1).max(5000).default(1000),
  /** The datasets the query may read, given to it as $datasets; the curated graph by default. */
  datasets: DatasetScope.default([CURATED_DATASET]),
}).strict();

export const RunCypherRequest = z.object({
  cypher: z.string().min(1, 'write a query').max(20_000, 'queries are limited to 20,000 characters'),
  params: z.record(z.string(), z.unknown()).default({}),
  rowLimit: z.number().int().min(1).max(5000).default(1000),
}).strict();

export const SaveQueryRequest = z.object({
  id: QueryId,
  cypher: z.string().min(1).max(20_000),
  header: QueryHeader,
}).strict();

export const QueryResult = z.object({
  columns: z.array(z.string()),
  /** Table form: values as plain JSON; nodes and relationships as {id, name, type}-like summaries. */
  rows: z.array(z.array(z.unknown())),
  /** Graph form: every node, relationship and path found in the rows, with evidence. */
  graph: z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge), sources: z.record(z.string(), SourceSummary) }),
  /** More rows existed than rowLimit allowed, or the result reached its size cap (truncatedBy says which). */
  truncated: z.boolean(),
  truncatedBy: z.enum(['rows', 'bytes']).optional(),
  /** For people, when the result was cut short by its size cap: what happened and what to do. */
  message: z.string().optional(),
  rowLimit: z.number().int(),
  timing: z.object({ guardMs: z.number(), runMs: z.number() }),
});
export type QueryResult = z.infer<typeof QueryResult>;

/** The live schema, for completion in the Cypher editor. */
export const SchemaSummary = z.object({
  labels: z.array(z.string()),
  relationshipTypes: z.array(z.string()),
  propertyKeys: z.array(z.string()),
  /** Procedures a query may call (the guard's allowlist). */
  procedures: z.array(z.string()),
});
export type SchemaSummary = z.infer<typeof SchemaSummary>;
