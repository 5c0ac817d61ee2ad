// The Scamgraph extension of an FtM export: FILE.scamgraph.json beside FILE. FtM has no allegation, status, status
// history, opinion, Admiralty grade or established-or-reported, and Aleph refuses properties its model lacks, so
// the FtM lines stay plain, valid FtM and this file holds, per entity id, exactly what reading the line as plain
// FtM would get wrong: the Scamgraph type, the properties to set, the properties to drop. Reading both gives the
// dataset back as it was; reading the lines alone gives what any FtM file gives (docs/interop.md).
import { z } from 'zod';
import { NodeType, RelType } from '../../contract/vocabulary.ts';

export const SIDECAR_FORMAT = 'scamgraph-ftm-extension';

export const SIDECAR_SUFFIX = '.scamgraph.json';

/** Where the sidecar of an FtM file lives. */
export const sidecarPathFor = (file: string): string => `${file}${SIDECAR_SUFFIX}`;

const Props = z.record(z.string(), z.unknown());

export const NodeDelta = z.object({
  /** The Scamgraph id, when the FtM id is another (an entity that came from FtM keeps its FtM id). */
  id: z.string().optional(),
  type: NodeType.optional(),
  labels: z.array(z.string()).optional(),
  set: Props.optional(),
  unset: z.array(z.string()).optional(),
}).strict();
export type NodeDelta = z.infer<typeof NodeDelta>;

export const RelDelta = z.object({
  /** The Scamgraph id, when it is not TYPE:from:to. */
  id: z.string().optional(),
  type: RelType.optional(),
  set: Props.optional(),
  unset: z.array(z.string()).optional(),
}).strict();
export type RelDelta = z.infer<typeof RelDelta>;

export const FtmSidecar = z.object({
  format: z.literal(SIDECAR_FORMAT),
  version: z.literal(1),
  /** The dataset exported; its `NAME--` id prefix is taken off before the importing dataset's is put on. */
  dataset: z.string(),
  /** Says, in the file, what it is for. */
  about: z.string().optional(),
  nodes: z.record(z.string(), NodeDelta),
  relationships: z.record(z.string(), RelDelta),
}).strict();
export type FtmSidecar = z.infer<typeof FtmSidecar>;

/** Properties whose values are node ids, rewritten when ids get the importing dataset's prefix. */
export const ID_LIST_PROPS = ['sources', 'citedBy'] as const;
export const HISTORY_PROP = 'statusHistoryJson';
