// Picked files -> one upload: a node CSV and an edge CSV, an edge CSV alone, or one GraphML or GEXF file.
// CSV files arrive as bytes: the encoding is found (UTF-8, else Windows-1252 or Latin-1, with a notice), the delimiter
// guessed, a header row detected, and the columns mapped; each of those can be overridden by the user's choice.
import type { DatasetUpload } from '@contract/datasets.ts';
import {
  CsvError, decodeAs, decodeBytes, detectDelimiter, encodingNotice, ENCODING_NAMES, hasHeader, parseTable, rolesFromHeader,
  type ColumnRole, type Delimiter, type Encoding,
} from '../../../server/interop/csv-dialect/index.ts';
import { edgesFromTable, ImportFileError, nodesFromEdges, nodesFromTable, type TableMapping } from './tables.ts';
import { parseGexf, parseGraphml } from './xml.ts';

export interface PickedFile {
  name: string;
  /** The file's bytes, as read from disk; `text` alone stands for UTF-8 text. */
  bytes?: Uint8Array;
  text?: string;
}

/** What the user chose for one CSV file; anything left out is detected. */
export interface CsvChoice {
  encoding?: Encoding;
  delimiter?: Delimiter;
  header?: boolean;
  roles?: ColumnRole[];
}

/** How one CSV file was read, for the preview and the column-mapping step. */
export interface CsvReading {
  file: string;
  encoding: Encoding;
  encodingChosen: boolean;
  notice?: string;
  delimiter: Delimiter;
  delimiterDetected: boolean;
  header: boolean;
  headerDetected: boolean;
  rows: string[][];
  roles: ColumnRole[];
  list: 'nodes' | 'edges';
}

const ext = (f: PickedFile) => f.name.toLowerCase().split('.').pop();
/** Tab-separated files are CSV with another delimiter, and are read the same way. */
export const isCsvFile = (f: { name: string }) => ['csv', 'tsv'].includes(f.name.toLowerCase().split('.').pop() ?? '');
const numeric = (s: string | undefined) => /^[+-]?\d+([.,]\d+)?$/.test((s ?? '').trim());

export function fileText(file: PickedFile): string {
  return file.text ?? decodeBytes(file.bytes ?? new Uint8Array()).text;
}

function decode(file: PickedFile, chosen?: Encoding): { text: string; encoding: Encoding; notice?: string } {
  if (file.bytes === undefined) return { text: file.text ?? '', encoding: 'utf-8' };
  if (chosen) return { text: decodeAs(file.bytes, chosen), encoding: chosen, notice: chosen === 'utf-8' ? undefined : `${file.name} was read as ${ENCODING_NAMES[chosen]}, as you chose.` };
  const decoded = decodeBytes(file.bytes);
  return { text: decoded.text, encoding: decoded.encoding, notice: encodingNotice(file.name, decoded) };
}

/** A header-less file's columns, guessed: an edge list (source, target, then weight or type) unless told it is the node list. */
export function guessRoles(rows: string[][], list: 'nodes' | 'edges'): ColumnRole[] {
  const width = Math.max(0, ...rows.slice(0, 50).map((r) => r.length));
  const sample = rows.slice(0, 50);
  const base: ColumnRole[] = list === 'edges' ? ['source', 'target'] : ['id', 'name', 'type'];
  const roles = Array.from({ length: width }, (_, i): ColumnRole => base[i] ?? 'property');
  if (list === 'edges' && width > 2) {
    const weightAt = roles.findIndex((_, i) => i >= 2 && sample.every((r) => numeric(r[i])));
    if (weightAt >= 0) roles[weightAt] = 'weight';
    const typeAt = roles.findIndex((r, i) => i >= 2 && r === 'property');
    if (typeAt >= 0) roles[typeAt] = 'type';
  }
  return roles;
}

/** A header-less file is the node list if its first column never repeats and another file is there to be the edge list. */
function headerlessList(rows: string[][], otherFiles: number): 'nodes' | 'edges' {
  if (otherFiles === 0) return 'edges';
  const first = rows.map((r) => r[0]?.trim()).filter(Boolean);
  return new Set(first).size === first.length && !rows.some((r) => numeric(r[2])) ? 'nodes' : 'edges';
}

export function readCsvFile(file: PickedFile, choice: CsvChoice = {}, otherFiles = 0): CsvReading {
  const { text, encoding, notice } = decode(file, choice.encoding);
  let rows: string[][];
  let delimiter: Delimiter;
  try {
    delimiter = choice.delimiter ?? detectDelimiter(text);
    rows = parseTable(text, { delimiter }).rows;
  } catch (err) {
    if (err instanceof CsvError) throw new ImportFileError(file.name, err.message);
    throw err;
  }
  const header = choice.header ?? hasHeader(rows);
  let roles = choice.roles;
  let list: 'nodes' | 'edges';
  if (roles) list = roles.includes('source') || roles.includes('target') ? 'edges' : 'nodes';
  else if (header) {
    const asEdges = rolesFromHeader(rows[0] ?? [], 'edges');
    list = asEdges.includes('source') && asEdges.includes('target') ? 'edges' : 'nodes';
    roles = list === 'edges' ? asEdges : rolesFromHeader(rows[0] ?? [], 'nodes');
  } else {
    list = headerlessList(rows, otherFiles);
    roles = guessRoles(rows, list);
  }
  return {
    file: file.name, encoding, encodingChosen: choice.encoding !== undefined, ...(notice ? { notice } : {}),
    delimiter, delimiterDetected: choice.delimiter === undefined, header, headerDetected: choice.header === undefined, rows, roles, list,
  };
}

function checkRoles(reading: CsvReading): void {
  for (const role of ['id', 'name', 'type', 'source', 'target', 'weight', 'description'] as const) {
    if (reading.roles.filter((r) => r === role).length > 1) throw new ImportFileError(reading.file, `two columns are mapped to '${role}'; keep one`);
  }
}

const mappingOf = (r: CsvReading): TableMapping => ({ header: r.header, roles: r.roles, delimiter: r.delimiter });

/** The upload, and how each CSV file was read (empty for GraphML and GEXF). */
export function readUpload(name: string, files: PickedFile[], choices: ReadonlyMap<string, CsvChoice> = new Map()): { upload: DatasetUpload; readings: CsvReading[] } {
  if (files.length === 0) throw new ImportFileError('upload', 'pick a file first');
  if (files.length > 2) throw new ImportFileError('upload', 'pick one network file, or a node CSV and an edge CSV');
  const [first] = files as [PickedFile];
  if (files.length === 1 && !isCsvFile(first)) {
    const text = fileText(first);
    const kind = ext(first) === 'gexf' || /<gexf[\s>]/.test(text) ? 'gexf' : 'graphml';
    const parsed = kind === 'gexf' ? parseGexf(first.name, text) : parseGraphml(first.name, text);
    return { upload: { name, files: { nodes: first.name, edges: first.name }, ...parsed }, readings: [] };
  }
  if (files.some((f) => !isCsvFile(f))) throw new ImportFileError('upload', 'two files must both be CSV: a node list and an edge list');
  const readings = files.map((f) => readCsvFile(f, choices.get(f.name), files.length - 1));
  readings.forEach(checkRoles);
  const edgeTable = readings.find((t) => t.list === 'edges');
  const nodeTable = readings.find((t) => t !== edgeTable);
  if (!edgeTable && readings.length === 2) throw new ImportFileError(files[1]!.name, "no 'source' and 'target' columns: which file is the edge list?");
  if (nodeTable?.list === 'edges') throw new ImportFileError(nodeTable.file, 'both files are edge lists; map one as the node list (an id column)');
  const upload = (nodes: DatasetUpload['nodes'], edges: DatasetUpload['edges'], nodesFile: string, edgesFile: string): DatasetUpload => ({ name, files: { nodes: nodesFile, edges: edgesFile }, nodes, edges });
  if (!edgeTable) {
    // One node list and no links: a network of islands, still worth drawing.
    return { upload: upload(nodesFromTable(first.name, readings[0]!.rows, mappingOf(readings[0]!)), [], first.name, first.name), readings };
  }
  const edges = edgesFromTable(edgeTable.file, edgeTable.rows, mappingOf(edgeTable));
  if (!nodeTable) return { upload: upload(nodesFromEdges(edges), edges, edgeTable.file, edgeTable.file), readings };
  return { upload: upload(nodesFromTable(nodeTable.file, nodeTable.rows, mappingOf(nodeTable)), edges, nodeTable.file, edgeTable.file), readings };
}

export function uploadFromFiles(name: string, files: PickedFile[]): DatasetUpload {
  return readUpload(name, files).upload;
}
