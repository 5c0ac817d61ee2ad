// RFC 4180 tables for the CSV format: a cell that is absent (empty, unquoted) differs from empty text ("" quoted),
// and a text a spreadsheet would run as a formula gets a leading ' which the reader takes off again.
import { InteropReadError } from './model.ts';

/** Text starting like a formula (or with the quote itself, so the quote can always be taken off again). */
const RISKY = /^[=+\-@\t\r']/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: string | undefined): string {
  if (value === undefined) return '';
  const text = RISKY.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return text === '' || /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: Array<string | undefined>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** One record: its cells (undefined = absent) and the line it starts on. */
export interface CsvRecord { line: number; cells: Array<string | undefined> }

function unguard(text: string): string {
  return text.length > 1 && text[0] === "'" && RISKY.test(text.slice(1)) ? text.slice(1) : text;
}

export function parseCsvTable(file: string, text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  let cells: Array<string | undefined> = [];
  let line = 1;
  let start = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    let cell: string | undefined;
    if (text[i] === '"') {
      let j = i + 1;
      let buf = '';
      for (;;) {
        if (j >= n) throw new InteropReadError(file, `line ${start}`, undefined, 'a quoted cell is never closed');
        const c = text[j]!;
        if (c === '"') {
          if (text[j + 1] === '"') { buf += '"'; j += 2; continue; }
          j += 1;
          break;
        }
        if (c === '\n') line += 1;
        buf += c;
        j += 1;
      }
      cell = unguard(buf);
      i = j;
      if (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') throw new InteropReadError(file, `line ${line}`, undefined, 'text after a closing quote');
    } else {
      let j = i;
      while (j < n && text[j] !== ',' && text[j] !== '\r' && text[j] !== '\n') j += 1;
      const raw = text.slice(i, j);
      cell = raw === '' ? undefined : unguard(raw);
      i = j;
    }
    cells.push(cell);
    if (text[i] === ',') {
      i += 1;
      if (i === n) cells.push(undefined);
      continue;
    }
    if (text[i] === '\r') i += 1;
    if (text[i] === '\n') i += 1;
    out.push({ line: start, cells });
    cells = [];
    line += 1;
    start = line;
  }
  if (cells.length) out.push({ line: start, cells });
  return out;
}
