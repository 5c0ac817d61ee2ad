// Whole-dataset export and import over HTTP (issue 13): GET /api/datasets/:dataset/export, POST /api/datasets/:name/import.
import { z } from 'zod';
import { DatasetName } from './datasets.ts';
import { DatasetRef } from './scope.ts';

export const InteropFormat = z.enum(['scamgraph-json', 'graphml', 'gexf', 'cyjs', 'csv', 'ftm']);
export type InteropFormat = z.infer<typeof InteropFormat>;

export const ExportParams = z.object({ dataset: DatasetRef });
export const ExportQuery = z.object({
  format: InteropFormat,
  /** GEXF only: 1.2 writes the 1.2draft namespace networkx 2.8 and older readers need. */
  gexfVersion: z.enum(['1.2', '1.3']).optional(),
  datasets: z.string().optional(),
  /** FtM only: `companion` answers the Scamgraph extension (FILE.scamgraph.json) instead of the FtM lines. */
  part: z.enum(['file', 'companion']).optional(),
}).strict();

export const ImportParams = z.object({ name: DatasetName });

/**
 * The file itself, as JSON (the API reads JSON only, under the app's 1 MB body cap): the server reads it with the
 * same readers as the CLI, so errors name the line, row or element and field the same way. Bigger files: the CLI.
 */
export const ImportRequest = z.object({
  file: z.string().min(1).max(200),
  format: InteropFormat.optional(),
  /** Text formats as they are; the CSV zip as base64. */
  encoding: z.enum(['utf-8', 'base64']).default('utf-8'),
  content: z.string(),
  /** FtM only: the Scamgraph extension (FILE.scamgraph.json) as text, read with the file so the import is lossless. */
  companion: z.string().optional(),
  /** Continue an import of the same file that stopped part-way (same run). */
  resume: z.boolean().optional(),
}).strict();
export type ImportRequest = z.infer<typeof ImportRequest>;

export const ImportReport = z.object({
  name: DatasetName,
  dataset: z.string(),
  format: InteropFormat,
  runId: z.string(),
  nodes: z.number().int(),
  relationships: z.number().int(),
  resumedFrom: z.object({ nodes: z.number().int(), relationships: z.number().int() }),
  notices: z.array(z.string()),
  /** Cross-referencing's count of entities that may already be in another dataset (server/xref/), when it ran. */
  possibleDuplicates: z.number().int().min(0).optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;
