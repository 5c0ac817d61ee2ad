// The format registry: one reader and one writer per exchange format, shared by the CLI (scripts/export.ts,
// scripts/import.ts), the API (GET /api/datasets/:name/export, POST /api/datasets/:name/import) and the browser's
// view export. Slice F plugs 'ftm' in with registerFormat(ftmFormat) from server/interop/ftm/.
import { FORMAT_NAMES, type Format, type FormatName } from './model.ts';
import { csvFormat } from './csv-zip.ts';
import { cyjsFormat } from './cyjs.ts';
import { gexfFormat } from './gexf.ts';
import { graphmlFormat } from './graphml.ts';
import { scamgraphJsonFormat } from './scamgraph-json.ts';
import { ftmFormat } from './ftm/format.ts';

export * from './model.ts';

const registry = new Map<FormatName, Format>();

export function registerFormat(format: Format): void {
  registry.set(format.name, format);
}

// The built-in formats. Slice F: add `registerFormat(ftmFormat)` below, importing it from './ftm/...'.
for (const f of [scamgraphJsonFormat, graphmlFormat, gexfFormat, cyjsFormat, csvFormat, ftmFormat]) registerFormat(f);

export function formatOf(name: FormatName): Format {
  const f = registry.get(name);
  if (!f) throw new Error(`the format '${name}' is not available in this build`);
  return f;
}

export function availableFormats(): FormatName[] {
  return FORMAT_NAMES.filter((n) => registry.has(n));
}

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

/** The format a file is in: from its extension, else by its first bytes. */
export function sniffFormat(file: string, bytes: Uint8Array): FormatName | undefined {
  const ext = file.toLowerCase().split('.').pop() ?? '';
  const byExt: Record<string, FormatName> = { graphml: 'graphml', gexf: 'gexf', cyjs: 'cyjs', zip: 'csv', ftm: 'ftm', ndjson: 'ftm', jsonl: 'ftm' };
  if (byExt[ext]) return byExt[ext];
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'csv';
  const head = new TextDecoder().decode(bytes.subarray(0, 2048)).trimStart();
  if (head.startsWith('<')) return /<gexf[\s>]/.test(head) ? 'gexf' : /<graphml[\s>]/.test(head) ? 'graphml' : undefined;
  if (/^\{\s*"format"\s*:\s*"scamgraph-json"/.test(head)) return 'scamgraph-json';
  if (/"elements"\s*:/.test(head) || ext === 'json' && /"format_version"/.test(head)) return 'cyjs';
  if (/^\{[^\n]*"schema"\s*:/.test(head)) return 'ftm';
  return ext === 'json' ? 'scamgraph-json' : undefined;
}
