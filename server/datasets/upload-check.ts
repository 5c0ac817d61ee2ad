// Validates an upload in full before anything is written; every problem names the file, row and column.
import { DatasetUpload, DEFAULT_IMPORT_NODE_TYPE, IMPORT_REL_TYPES, ImportNodeType, UNTYPED_LINK } from '../contract/datasets.ts';
import type { RelType } from '../contract/vocabulary.ts';
import { BadRequestError } from '../http/errors.ts';

type List = 'nodes' | 'edges';

function fileName(raw: unknown, list: List): string {
  const name = (raw as { files?: Record<string, unknown> } | null)?.files?.[list];
  return typeof name === 'string' && name.trim() ? name.trim() : list;
}

function rowOf(raw: unknown, list: List, index: number): number {
  const row = ((raw as Record<string, unknown> | null)?.[list] as Array<{ row?: unknown }> | undefined)?.[index]?.row;
  // Without a row number, count as a CSV would: the header is row 1.
  return typeof row === 'number' ? row : index + 2;
}

/** "edges.csv row 7, column target: unknown node 'x'" with the field the client can point at. */
function cellError(raw: unknown, list: List, index: number, column: string, message: string): BadRequestError {
  return new BadRequestError(`${fileName(raw, list)} row ${rowOf(raw, list, index)}, column ${column}: ${message}`, `${list}.${index}.${column}`);
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
const NODE_TYPES = new Map(ImportNodeType.options.map((t) => [squash(t), t]));
NODE_TYPES.set('organisation', 'Organization');

/** A node type as written in a file ("public body", "Organisation") -> the vocabulary's, or undefined. */
export function nodeTypeOf(written: string | undefined): ImportNodeType | undefined {
  if (!written) return DEFAULT_IMPORT_NODE_TYPE;
  return NODE_TYPES.get(squash(written));
}

/** A link type in the vocabulary is kept as is; any other words become the link's `kind`. */
export function relTypeOf(written: string | undefined): { type: RelType; kind?: string } {
  const upper = written?.trim().toUpperCase().replace(/[\s-]+/g, '_');
  const known = IMPORT_REL_TYPES.find((t) => t === upper);
  return known ? { type: known } : { type: UNTYPED_LINK, kind: written?.trim() || 'link' };
}

export function checkUpload(raw: unknown): DatasetUpload {
  const parsed = DatasetUpload.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [list, index, column] = issue.path;
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    if ((list === 'nodes' || list === 'edges') && typeof index === 'number') {
      throw cellError(raw, list, index, String(column ?? key ?? 'row'), key ? 'unknown column' : issue.message);
    }
    const field = [...issue.path, ...(key ? [key] : [])].map(String).join('.') || 'body';
    throw new BadRequestError(`${field}: ${key ? 'unknown field' : issue.message}`, field);
  }
  const upload = parsed.data;
  const firstRow = new Map<string, number>();
  upload.nodes.forEach((n, i) => {
    const seen = firstRow.get(n.id);
    if (seen !== undefined) throw cellError(raw, 'nodes', i, 'id', `'${n.id}' is already the id of row ${rowOf(raw, 'nodes', seen)}`);
    firstRow.set(n.id, i);
    if (!nodeTypeOf(n.type)) {
      throw cellError(raw, 'nodes', i, 'type', `unknown type '${n.type}'; use one of ${ImportNodeType.options.join(', ')}, or leave it empty for ${DEFAULT_IMPORT_NODE_TYPE}`);
    }
  });
  upload.edges.forEach((e, i) => {
    if (!firstRow.has(e.source)) throw cellError(raw, 'edges', i, 'source', `unknown node '${e.source}'`);
    if (!firstRow.has(e.target)) throw cellError(raw, 'edges', i, 'target', `unknown node '${e.target}'`);
  });
  return upload;
}
