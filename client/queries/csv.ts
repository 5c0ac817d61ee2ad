// Results as CSV (RFC 4180 quoting, nested values as JSON) and a real file download through a Blob URL.
import { saveText } from '../explore/export/download.ts';

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? ''
    : typeof value === 'object' ? JSON.stringify(value)
      : String(value);
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
