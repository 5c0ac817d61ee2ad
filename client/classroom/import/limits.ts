// The documented upload limits, checked in the page before a file is read or a body is sent: a 50 MB CSV is refused
// by its size alone, not parsed in memory and posted only for the server to answer 413.
import { MAX_UPLOAD_BODY_BYTES, MAX_UPLOAD_EDGES, MAX_UPLOAD_FILE_BYTES, MAX_UPLOAD_NODES, type DatasetUpload } from '@contract/datasets.ts';

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
const count = (n: number) => n.toLocaleString('en');

export const LIMITS_WORDS = `An upload holds at most ${count(MAX_UPLOAD_NODES)} nodes and ${count(MAX_UPLOAD_EDGES)} links, ` +
  `in files of at most ${mb(MAX_UPLOAD_FILE_BYTES)} that make at most ${mb(MAX_UPLOAD_BODY_BYTES)} to send.`;

/** Before reading: the first file over the size cap, in words, or undefined. */
export function fileSizeProblem(files: ReadonlyArray<{ name: string; size: number }>): string | undefined {
  const big = files.find((f) => f.size > MAX_UPLOAD_FILE_BYTES);
  return big ? `${big.name} is ${mb(big.size)}, too big to import, so it was not read. ${LIMITS_WORDS}` : undefined;
}

/** After parsing, before sending: too many nodes or links, or a body over the API's limit, in words, or undefined. */
export function uploadProblem(upload: DatasetUpload): string | undefined {
  if (upload.nodes.length > MAX_UPLOAD_NODES) return `${upload.files.nodes} has ${count(upload.nodes.length)} nodes, more than an upload may hold. ${LIMITS_WORDS}`;
  if (upload.edges.length > MAX_UPLOAD_EDGES) return `${upload.files.edges} has ${count(upload.edges.length)} links, more than an upload may hold. ${LIMITS_WORDS}`;
  const bytes = new TextEncoder().encode(JSON.stringify(upload)).length;
  if (bytes > MAX_UPLOAD_BODY_BYTES) return `This network makes ${mb(bytes)} to send, more than the server accepts; shorten names or split it. ${LIMITS_WORDS}`;
  return undefined;
}
