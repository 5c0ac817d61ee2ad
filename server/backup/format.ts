// The backup file: gzip'd JSON lines. A header, the nodes, the relationships, the saved files, then an end line.
//
// The header says what was known before reading: format, Neo4j version, the counts read in the same transaction.
// The end line says what was written: the counts, the content hash of the graph (content-hash.ts), and the SHA-256
// of every byte before it. A file cut short has no end line; a changed byte breaks gzip's CRC or that checksum.
import { z } from 'zod';

export const FORMAT = 'scamgraph-backup';
export const FORMAT_VERSION = 1;

const Counts = z.object({ nodes: z.number().int().min(0), relationships: z.number().int().min(0), files: z.number().int().min(0) });

export const HeaderLine = z.object({
  kind: z.literal(FORMAT),
  format: z.literal(FORMAT_VERSION),
  createdAt: z.string(),
  neo4j: z.object({ version: z.string(), edition: z.string() }),
  database: z.string().nullable(),
  counts: Counts,
});
export type HeaderLine = z.infer<typeof HeaderLine>;

/** n: the node's number in this file (0, 1, 2… in order); relationships refer to their ends (s, e) by it. */
export const NodeLine = z.object({ n: z.number().int().min(0), l: z.array(z.string()), p: z.record(z.string(), z.unknown()) });
export const RelLine = z.object({ r: z.string(), s: z.number().int().min(0), e: z.number().int().min(0), p: z.record(z.string(), z.unknown()) });

/** Where a saved file lives: the saved-query folder (SAVED_QUERIES_DIR) or the saved-tour folder. */
export const FileDir = z.enum(['saved-queries', 'saved-tours']);
export type FileDir = z.infer<typeof FileDir>;
/** A plain file name: no folder part, so a backup can only write inside the two folders. */
const FileName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/, 'a plain file name');
export const FileLine = z.object({ f: FileDir, name: FileName, text: z.string() });
export type FileLine = z.infer<typeof FileLine>;

export const EndLine = z.object({ end: z.literal(true), counts: Counts, contentHash: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type EndLine = z.infer<typeof EndLine>;
