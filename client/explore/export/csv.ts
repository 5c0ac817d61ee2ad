// CSV for spreadsheets: nodes.csv and edges.csv, RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
import { attrText, type ExportGraph } from './model.ts';

export const NODE_COLUMNS = ['id', 'label', 'type', 'status', 'category', 'credibility', 'isOpinion', 'reliability', 'sources', 'sourceTitles', 'sourceGrades', 'x', 'y'] as const;
export const EDGE_COLUMNS = ['id', 'source', 'target', 'type', 'label', 'status', 'category', 'credibility', 'allegation', 'sources', 'sourceTitles', 'sourceGrades'] as const;

export function csvCell(value: string | undefined): string {
  let text = value ?? '';
  // A cell starting with = + - @ is a formula to Excel and LibreOffice; a leading quote keeps it text (numbers stay numbers).
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(columns: readonly string[], rows: Array<Parameters<typeof attrText>[0]>): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => {
    const v = c === 'x' || c === 'y' ? (row as { x?: number; y?: number })[c]?.toFixed(1) : attrText(row, c);
    return csvCell(v);
  }).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function nodesCsv(graph: ExportGraph): string {
  return table(NODE_COLUMNS, graph.nodes);
}

export function edgesCsv(graph: ExportGraph): string {
  return table(EDGE_COLUMNS, graph.edges);
}
