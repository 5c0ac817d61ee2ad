// "Your data" for every exchange format (issue 13): Scamgraph's own exports (scamgraph-json, .cyjs, the CSV zip,
// GraphML and GEXF written by Scamgraph) and FtM are read in the page by the very readers the server and CLI use
// (server/interop/), for the preview, then sent as the file itself to POST /api/datasets/:name/import, which reads
// it again and imports it through the one import path. Why the file and not the parsed rows: the server must check
// every row anyway, and the resume check compares the file's hash. GraphML, GEXF and CSV from other tools keep the
// classroom's own column mapping (read-files.ts).
import { ImportReport, type InteropFormat } from '@contract/interop.ts';
import { MAX_UPLOAD_BODY_BYTES } from '@contract/datasets.ts';
import { request } from '../../api.ts';
import { plural } from '../../wording.ts';
import { formatOf, sniffFormat, type FormatName } from '../../../server/interop/formats.ts';
import { SG_NS } from '../../../server/interop/xml-text.ts';

export interface InteropPick {
  format: FormatName;
  preview: string;
  /** The dataset name the file says it holds, without `import-`, to suggest. */
  suggestedName?: string;
  send(name: string, resume: boolean): Promise<ImportReport>;
}

const enc = encodeURIComponent;

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The file as one exchange format, or undefined when the classroom's own CSV/GraphML/GEXF reading should take it. */
export async function interopPick(file: File): Promise<InteropPick | undefined> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const format = sniffFormat(file.name, bytes);
  if (!format) return undefined;
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  // GraphML and GEXF from other tools go the classroom's way; Scamgraph's own carry its namespace.
  if ((format === 'graphml' || format === 'gexf') && !head.includes(SG_NS)) return undefined;
  const read = await formatOf(format).read(bytes, { file: file.name });
  const binary = format === 'csv';
  const content = binary ? base64(bytes) : new TextDecoder().decode(bytes);
  if (content.length + 500 > MAX_UPLOAD_BODY_BYTES) {
    throw new Error(`${file.name} is too big to import from the page (${(bytes.length / 1e6).toFixed(1)} MB); use npm run import -- ${file.name}`);
  }
  return {
    format,
    preview: `${plural(read.nodes.length, 'node')} and ${plural(read.relationships.length, 'link')} read from ${file.name} (${format}).${read.notices.length ? ` ${read.notices.join(' ')}` : ''}`,
    suggestedName: read.dataset?.replace(/^import-/, ''),
    send: (name, resume) => request(`/api/datasets/${enc(name)}/import`, ImportReport, undefined, {
      file: file.name, format: format as InteropFormat, content, ...(binary ? { encoding: 'base64' } : {}), ...(resume ? { resume } : {}),
    }),
  };
}
