// Results as CSV (RFC 4180 quoting, cells as the table's text) and a real file download through a Blob URL.
import { saveText } from '../explore/export/download.ts';
import { cellText } from './cell-format.ts';

/** A cell reads in the file as it reads in the table: names, paths as text; JSON only for what has no plainer form. */
function csvField(value: unknown): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: string[], rows: unknown[][]): string {
  return [columns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A file name safe on every OS, from a query id or title. */
export function csvFileName(base: string): string {
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'query';
  return `${slug.slice(0, 60)}.csv`;
}

export function downloadCsv(fileName: string, csv: string): void {
  saveText(fileName, csv, 'text/csv');
}
