// Picked files -> one upload: a node CSV and an edge CSV, an edge CSV alone, or one GraphML or GEXF file.
import type { DatasetUpload } from '@contract/datasets.ts';
import { parseCsv, CsvError } from './csv.ts';
import { edgesFromRows, ImportFileError, looksLikeEdges, nodesFromEdges, nodesFromRows } from './tables.ts';
import { parseGexf, parseGraphml } from './xml.ts';

export interface PickedFile {
  name: string;
  text: string;
}

function csvRows(file: PickedFile): string[][] {
  try {
    return parseCsv(file.text);
  } catch (err) {
    if (err instanceof CsvError) throw new ImportFileError(file.name, err.message);
    throw err;
  }
}

export function uploadFromFiles(name: string, files: PickedFile[]): DatasetUpload {
  if (files.length === 0) throw new ImportFileError('upload', 'pick a file first');
  if (files.length > 2) throw new ImportFileError('upload', 'pick one network file, or a node CSV and an edge CSV');
  const [first] = files as [PickedFile];
  const ext = (f: PickedFile) => f.name.toLowerCase().split('.').pop();
  if (files.length === 1 && ext(first) !== 'csv') {
    const kind = ext(first) === 'gexf' || /<gexf[\s>]/.test(first.text) ? 'gexf' : 'graphml';
    const parsed = kind === 'gexf' ? parseGexf(first.name, first.text) : parseGraphml(first.name, first.text);
    return { name, files: { nodes: first.name, edges: first.name }, ...parsed };
  }
  if (files.some((f) => ext(f) !== 'csv')) throw new ImportFileError('upload', 'two files must both be CSV: a node list and an edge list');
  const tables = files.map((f) => ({ file: f, rows: csvRows(f) }));
  const edgeTable = tables.find((t) => looksLikeEdges(t.rows[0] ?? []));
  const nodeTable = tables.find((t) => t !== edgeTable);
  if (!edgeTable && tables.length === 2) throw new ImportFileError(files[1]!.name, "no 'source' and 'target' columns: which file is the edge list?");
  if (!edgeTable) {
    // One node list and no links: a network of islands, still worth drawing.
    return { name, files: { nodes: first.name, edges: first.name }, nodes: nodesFromRows(first.name, tables[0]!.rows), edges: [] };
  }
  const edges = edgesFromRows(edgeTable.file.name, edgeTable.rows);
  if (!nodeTable) return { name, files: { nodes: edgeTable.file.name, edges: edgeTable.file.name }, nodes: nodesFromEdges(edges), edges };
  return { name, files: { nodes: nodeTable.file.name, edges: edgeTable.file.name }, nodes: nodesFromRows(nodeTable.file.name, nodeTable.rows), edges };
}
