// CSV for spreadsheets: a zip of nodes.csv, edges.csv and README.txt saying what CSV leaves out. Header cells name
// each column's kind (credibility:int, aliases:json ...), so Scamgraph's own import reads every value back.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Chunk, Dump, Format, InteropNode, InteropRel, ReadResult } from './model.ts';
import { InteropReadError } from './model.ts';
import { csvLine, parseCsvTable, type CsvRecord } from './csv-table.ts';
import { parseValue, sortedProps, valueText, ValueTextError, type ValueKind } from './values.ts';

/** Allegations' status history stays out: a table has no room for a list of dated steps. */
export const CSV_DROPPED_KEYS = ['statusHistoryJson'];

export const CSV_LEAVES_OUT = [
  'status history (statusHistoryJson): the dated steps by which an allegation reached its status; the status itself is kept',
  'the history of changes (who changed what, when)',
  'whole-number floats (3.0 is read back as the integer 3)',
];

const KIND_SUFFIX: Record<ValueKind, string> = { string: '', long: ':int', double: ':float', boolean: ':boolean', json: ':json' };
const SUFFIX_KIND: Record<string, ValueKind> = { string: 'string', int: 'long', float: 'double', boolean: 'boolean', json: 'json' };
const NODE_FIRST = ['name', 'type', 'description', 'dataset', 'sources'];

export function csvReadme(dump: Dump): string {
  return [
    `Scamgraph export of the dataset "${dump.header.dataset}", ${dump.header.exportedAt}.`,
    '',
    'nodes.csv: one row per node: id, labels (separated by ;), then one column per property.',
    'edges.csv: one row per link: id, source, target, type, then one column per property.',
    'A column named like "credibility:int" holds numbers; ":float", ":boolean" likewise; ":json" holds a list (or mixed values) as JSON text.',
    'An empty cell means the property is absent; "" (quoted) is empty text.',
    "Text that a spreadsheet would run as a formula (starting with = + - @ or ') has a ' in front; Scamgraph's import takes it off.",
    'Allegations are claims: read status, credibility and sources before relying on any link.',
    '',
    'CSV leaves out:',
    ...CSV_LEAVES_OUT.map((l) => `- ${l}`),
    'Export as scamgraph-json to keep everything.',
    '',
  ].join('\r\n');
}

function columns(keys: Record<string, ValueKind>, first: string[]): Array<[string, ValueKind]> {
  const names = Object.keys(keys).filter((k) => !CSV_DROPPED_KEYS.includes(k) && k !== 'id');
  const ordered = [...first.filter((k) => names.includes(k)), ...names.filter((k) => !first.includes(k)).sort()];
  return ordered.map((k) => [k, keys[k]!]);
}

const cellOf = (v: unknown, kind: ValueKind) => (v === undefined || v === null ? undefined : valueText(v, kind));

export async function* writeCsvZip(dump: Dump): AsyncIterable<Chunk> {
  const nodeCols = columns(dump.header.nodeKeys, NODE_FIRST);
  const relCols = columns(dump.header.relKeys, []);
  let nodes = csvLine(['id', 'labels', ...nodeCols.map(([k, kind]) => k + KIND_SUFFIX[kind])]);
  for await (const page of dump.nodes()) {
    for (const n of page) nodes += csvLine([n.id, n.labels.join(';'), ...nodeCols.map(([k, kind]) => cellOf(n.props[k], kind))]);
  }
  let edges = csvLine(['id', 'source', 'target', 'type', ...relCols.map(([k, kind]) => k + KIND_SUFFIX[kind])]);
  for await (const page of dump.relationships()) {
    for (const r of page) edges += csvLine([r.id, r.from, r.to, r.type, ...relCols.map(([k, kind]) => cellOf(r.props[k], kind))]);
  }
  // Zipped whole: fflate's zipSync is synchronous and small; a 100k-node dataset is tens of megabytes.
  yield zipSync({ 'README.txt': strToU8(csvReadme(dump)), 'nodes.csv': strToU8(nodes), 'edges.csv': strToU8(edges) }, { level: 6 });
}

function header(file: string, rec: CsvRecord | undefined, fixed: string[]): Array<[string, ValueKind]> {
  if (!rec) throw new InteropReadError(file, 'line 1', undefined, 'the header row is missing');
  fixed.forEach((f, i) => {
    if (rec.cells[i] !== f) throw new InteropReadError(file, 'line 1', `column ${i + 1}`, `want '${f}', found '${rec.cells[i] ?? ''}'`);
  });
  return rec.cells.slice(fixed.length).map((c) => {
    const name = c ?? '';
    const at = name.lastIndexOf(':');
    const suffix = at > 0 ? name.slice(at + 1) : '';
    return SUFFIX_KIND[suffix] ? [name.slice(0, at), SUFFIX_KIND[suffix]!] : [name, 'string'];
  });
}

function propsOf(file: string, rec: CsvRecord, cols: Array<[string, ValueKind]>, offset: number): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  cols.forEach(([k, kind], i) => {
    const cell = rec.cells[i + offset];
    if (cell === undefined) return;
    try {
      props[k] = parseValue(cell, kind);
    } catch (err) {
      if (err instanceof ValueTextError) throw new InteropReadError(file, `line ${rec.line}`, k, err.message);
      throw err;
    }
  });
  return props;
}

export function readCsvZip(bytes: Uint8Array, file = 'export.zip'): ReadResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (err) {
    throw new InteropReadError(file, 'the archive', undefined, `is not a zip file (${(err as Error).message})`);
  }
  const entry = (name: string) => Object.keys(files).find((k) => k.split('/').pop() === name);
  const nodesName = entry('nodes.csv');
  if (!nodesName) throw new InteropReadError(file, 'the archive', 'nodes.csv', 'is missing');
  const edgesName = entry('edges.csv');
  const nodeRecs = parseCsvTable('nodes.csv', strFromU8(files[nodesName]!));
  const nodeCols = header('nodes.csv', nodeRecs[0], ['id', 'labels']);
  const nodes = nodeRecs.slice(1).map((rec): InteropNode => {
    const id = rec.cells[0];
    if (!id) throw new InteropReadError('nodes.csv', `line ${rec.line}`, 'id', 'is empty');
    return { id, labels: (rec.cells[1] ?? '').split(';').filter(Boolean), props: sortedProps({ ...propsOf('nodes.csv', rec, nodeCols, 2), id }) };
  });
  const relationships: InteropRel[] = [];
  if (edgesName) {
    const recs = parseCsvTable('edges.csv', strFromU8(files[edgesName]!));
    const cols = header('edges.csv', recs[0], ['id', 'source', 'target', 'type']);
    for (const rec of recs.slice(1)) {
      const [id, from, to, type] = rec.cells;
      for (const [f, v] of [['source', from], ['target', to], ['type', type]] as const) if (!v) throw new InteropReadError('edges.csv', `line ${rec.line}`, f, 'is empty');
      relationships.push({ id: id ?? '', type: type!, from: from!, to: to!, props: sortedProps({ ...propsOf('edges.csv', rec, cols, 4), ...(id ? { id } : {}) }) });
    }
  }
  const readme = entry('README.txt');
  const dataset = readme ? /dataset "([^"]+)"/.exec(strFromU8(files[readme]!))?.[1] : undefined;
  return { dataset, nodes, relationships, notices: CSV_LEAVES_OUT.slice(0, 1).map((l) => `CSV leaves out ${l}`) };
}

export const csvFormat: Format = {
  name: 'csv', extension: 'zip', mediaType: 'application/zip', leavesOut: CSV_LEAVES_OUT,
  read: (bytes, o) => readCsvZip(bytes, o?.file),
  write: (dump) => writeCsvZip(dump),
};
