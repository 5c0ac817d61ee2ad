// Network measures computed by the database (Neo4j Graph Data Science), for graphs too big for the page.
import { z } from 'zod';
import { DatasetScopeParam } from './scope.ts';

/** The measures the panel offers; the same names as client/classroom/measures/index.ts MEASURES. */
export const MeasureName = z.enum(['degree', 'betweenness', 'closeness', 'pagerank', 'communities']);
export type MeasureName = z.infer<typeof MeasureName>;

/** From this many nodes the panel asks the database: the browser's O(n·m) measures would freeze the page. */
export const DATABASE_MEASURES_FROM_NODES = 20_000;

export const MeasureParams = z.object({ measure: MeasureName }).strict();
export const MeasureQuery = z.object({ datasets: DatasetScopeParam }).strict();

/** Whether this database can compute measures: GDS and its version, or why not. */
export const MeasureEngine = z.discriminatedUnion('gds', [
  z.object({ gds: z.literal(true), gdsVersion: z.string() }),
  z.object({ gds: z.literal(false), why: z.string() }),
]);
export type MeasureEngine = z.infer<typeof MeasureEngine>;

export const MeasureResult = z.object({
  measure: MeasureName,
  engine: z.object({ name: z.literal('gds'), version: z.string() }),
  /** The projected network: entities of the scope, and undirected ties (each pair once). */
  nodes: z.number().int().nonnegative(),
  relationships: z.number().int().nonnegative(),
  /** Set when betweenness was estimated from a sample of sources (graphs above the exact limit). */
  sampledSources: z.number().int().positive().optional(),
  /** Entity id and its score (communities: the group number, 0 the largest). */
  scores: z.array(z.object({ id: z.string(), value: z.number() })),
});
export type MeasureResult = z.infer<typeof MeasureResult>;
