// "Bring your own network": the upload a teacher sends (already parsed from CSV, GraphML or GEXF in the browser) and what the API says about imports.
import { z } from 'zod';
import { GraphEdge, GraphNode, SourceSummary } from './graph.ts';
import { NodeType, RelType } from './vocabulary.ts';
import { CURATED_DATASET, DatasetScopeParam } from './scope.ts';

/** Lower-case words joined by single dashes: `--` is kept free to separate the dataset from node ids. */
export const DatasetName = z.string()
  .min(2, 'at least 2 characters').max(40, 'at most 40 characters')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters and digits, words joined by single dashes');

/** Imports live in datasets named `import-<name>`, apart from the curated graph. */
export const IMPORT_PREFIX = 'import-';
export const datasetOf = (name: string): string => `${IMPORT_PREFIX}${name}`;

/** Types an upload may give its nodes: not Source or Allegation, whose evidence rules an upload cannot meet. */
export const ImportNodeType = NodeType.exclude(['Source', 'Allegation']);
export type ImportNodeType = z.infer<typeof ImportNodeType>;
export const DEFAULT_IMPORT_NODE_TYPE: ImportNodeType = 'Person';

/**
 * Links whose type is not in the vocabulary (a class network's "friend of") keep their words in `kind` and
 * are stored under this neutral type, their own kind kept as a property.
 */
export const UNTYPED_LINK: RelType = 'LINKED_TO';
export const IMPORT_REL_TYPES: readonly RelType[] = RelType.options.filter((t) =>
  !['MADE_BY', 'AGAINST', 'CONCERNS', 'CITED_IN', 'RESPONDS_TO', 'SUPPORTS', 'CITES', 'PUBLISHED_BY',
    // made only by a person's cross-referencing decision, never by an upload
    'SAME_AS'].includes(t));

export const MAX_UPLOAD_NODES = 5000;
export const MAX_UPLOAD_EDGES = 10000;
/** The API's JSON body limit (server/app.ts, express.json '1mb'): an upload is sent as one such body. */
export const MAX_UPLOAD_BODY_BYTES = 1024 * 1024;
/**
 * Files bigger than this are not read at all: the page parses files in memory, and a file this size would make a
 * body well past MAX_UPLOAD_BODY_BYTES even with extra columns dropped.
 */
export const MAX_UPLOAD_FILE_BYTES = 8 * 1024 * 1024;

/** C0 controls (NUL, tab, line breaks...), DEL and C1 controls: invisible in a name, and no id should hold them. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
/** Checked after trimming, so a line break around a value is trimmed away but one inside it is refused. */
const noControl = <T extends z.ZodString>(text: T) => text.refine((s) => !CONTROL.test(s), {
  error: (issue) => `contains the control character ${codePoint(CONTROL.exec(String(issue.input))?.[0] ?? '\u0000')}; remove it and upload again`,
});

const Cell = z.string().max(300, 'at most 300 characters');

/** Fields an upload's own columns may not overwrite: they are the node's or link's identity and evidence. */
export const RESERVED_PROPERTY_KEYS = ['id', 'type', 'name', 'aliases', 'description', 'dataset', 'sources', 'status', 'kind', 'weight', 'originalId', 'row',
  'status_history', 'statushistory', 'credibility', 'reliability', 'held', 'url', 'publisher', 'filename', 'named'] as const;
/** Extra columns kept as properties ("keep as property" in the column mapping): snake_case keys, text values. */
const UploadProperties = z.record(z.string(), noControl(Cell.trim())).superRefine((props, ctx) => {
  const keys = Object.keys(props);
  if (keys.length > 20) ctx.addIssue({ code: 'custom', message: 'at most 20 extra properties' });
  for (const key of keys) {
    if ((RESERVED_PROPERTY_KEYS as readonly string[]).includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: `'${key}' is a field of its own, not a property; map that column to it instead` });
    else if (!/^[a-z][a-z0-9_]{0,39}$/.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: `property name '${key.slice(0, 40)}': lower-case letters, digits and _, at most 40` });
  }
});
/** A description longer than a cell, as a column may hold a paragraph. */
const UploadDescription = noControl(z.string().trim().max(2000, 'at most 2000 characters'));

export const UploadNode = z.object({
  id: noControl(Cell.trim().min(1, 'every node needs an id')),
  name: noControl(Cell.trim()).optional(),
  type: noControl(Cell.trim()).optional(),
  description: UploadDescription.optional(),
  properties: UploadProperties.optional(),
  /** The line of the file this came from, for messages ("row 7"); the position in the list when absent. */
  row: z.number().int().min(1).optional(),
}).strict();
export type UploadNode = z.infer<typeof UploadNode>;

export const UploadEdge = z.object({
  source: noControl(Cell.trim().min(1, 'every link needs a source')),
  target: noControl(Cell.trim().min(1, 'every link needs a target')),
  type: noControl(Cell.trim()).optional(),
  /** A tie's strength (a `weight` column): stored as a number on the link, read by the measures' weighted option. */
  weight: z.number().finite('a finite number').optional(),
  description: UploadDescription.optional(),
  properties: UploadProperties.optional(),
  row: z.number().int().min(1).optional(),
}).strict();
export type UploadEdge = z.infer<typeof UploadEdge>;

export const DatasetUpload = z.object({
  name: DatasetName,
  /** The files the lists came from, named in messages and on the upload's Source node. */
  files: z.object({ nodes: noControl(z.string().trim().min(1).max(200)), edges: noControl(z.string().trim().min(1).max(200)) }).strict(),
  nodes: z.array(UploadNode).min(1, 'the node list is empty').max(MAX_UPLOAD_NODES, `at most ${MAX_UPLOAD_NODES} nodes`),
  edges: z.array(UploadEdge).max(MAX_UPLOAD_EDGES, `at most ${MAX_UPLOAD_EDGES} links`),
  /** Continue an upload of the same files that stopped part-way (the server checks they are the same). */
  resume: z.boolean().optional(),
}).strict();
export type DatasetUpload = z.infer<typeof DatasetUpload>;

/**
 * Where an import stands: complete; being imported or removed right now; or incomplete (it stopped part-way: a
 * crash, or a removal cut short). Only complete datasets can be read.
 */
export const DatasetStatus = z.enum(['complete', 'importing', 'removing', 'incomplete']);
export type DatasetStatus = z.infer<typeof DatasetStatus>;

export const DatasetSummary = z.object({
  name: DatasetName,
  dataset: z.string(),
  nodes: z.number().int(),
  edges: z.number().int(),
  filename: z.string(),
  createdAt: z.string(),
  status: DatasetStatus,
  /** Incomplete only: whether sending the same files again can finish it (an interrupted removal can only be deleted). */
  resumable: z.boolean(),
  /** How far the import had got: rows written of each list. */
  progress: z.object({ nodesDone: z.number().int(), totalNodes: z.number().int(), relsDone: z.number().int(), totalRels: z.number().int() }),
  /** Just imported: how many of its entities may already be in another dataset (cross-referencing, default threshold). */
  possibleDuplicates: z.number().int().optional(),
});
export type DatasetSummary = z.infer<typeof DatasetSummary>;

export const DatasetList = z.object({ datasets: z.array(DatasetSummary) });

export const DatasetGraph = z.object({
  name: DatasetName,
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  sources: z.record(z.string(), SourceSummary),
});
export type DatasetGraph = z.infer<typeof DatasetGraph>;

export const DatasetParams = z.object({ name: DatasetName });

/** What a dataset is, for the chooser's words: the curated graph, a classroom upload, a generated synthetic set. */
export const DatasetKind = z.enum(['curated', 'import', 'synthetic', 'other']);
export type DatasetKind = z.infer<typeof DatasetKind>;

/** One dataset the explorer can read, as the chooser lists it (GET /api/datasets/all). */
export const ScopeDataset = z.object({ dataset: z.string(), kind: DatasetKind, nodes: z.number().int() });
export type ScopeDataset = z.infer<typeof ScopeDataset>;
export const ScopeDatasetList = z.object({ datasets: z.array(ScopeDataset), curated: z.string() });
export type ScopeDatasetList = z.infer<typeof ScopeDatasetList>;

/** The kind a stored dataset name says it is (`import-<name>` uploads, `synthetic-<n>` generated sets). */
export function datasetKind(dataset: string): DatasetKind {
  if (dataset === CURATED_DATASET) return 'curated';
  if (dataset.startsWith(IMPORT_PREFIX)) return 'import';
  if (dataset.startsWith('synthetic-')) return 'synthetic';
  return 'other';
}

/**
 * A whole scope as one view (GET /api/datasets/view): past this many elements (nodes and links) the API refuses to
 * send the elements and says to group (GET /api/datasets/view/groups, counted in the database) or narrow the scope.
 * Well above the 50k elements a page draws and keeps usable.
 */
export const MAX_VIEW_ELEMENTS = 120_000;

export const ScopeViewQuery = z.object({ datasets: DatasetScopeParam }).strict();
export const ScopeView = z.object({
  datasets: z.array(z.string()),
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  sources: z.record(z.string(), SourceSummary),
});
export type ScopeView = z.infer<typeof ScopeView>;

/** What the database can group by without sending the elements; community needs them (it is found in the page). */
export const ServerGroupBy = z.enum(['type', 'dataset']);
export const ScopeGroupsQuery = z.object({ datasets: DatasetScopeParam, by: ServerGroupBy.default('type') }).strict();

/** A group's members and the links among them, counted. */
export const GroupCount = z.object({ key: z.string(), members: z.number().int(), linksInside: z.number().int() });
/** The real links from one group to another, counted by link type ("312 links: AGAINST 200, MADE_BY 112"). */
export const GroupLinkCount = z.object({ from: z.string(), to: z.string(), count: z.number().int(), types: z.record(z.string(), z.number().int()) });
export const ScopeGroups = z.object({
  datasets: z.array(z.string()),
  by: ServerGroupBy,
  /** The view's size: nodes and links, and whether the elements can be fetched whole (at most MAX_VIEW_ELEMENTS). */
  nodes: z.number().int(),
  edges: z.number().int(),
  fetchable: z.boolean(),
  groups: z.array(GroupCount),
  links: z.array(GroupLinkCount),
});
export type ScopeGroups = z.infer<typeof ScopeGroups>;
