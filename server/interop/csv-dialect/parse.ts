// CSV text -> rows of fields, by papaparse (RFC 4180 quoting, CRLF/LF/CR), with our own delimiter guess.
//
// Why not papaparse's own guess: it needs an average of two fields a line counted over the trailing blank line too,
// so every two-column file ("id;name", "source<TAB>target") comes back as "undetectable, defaulted to ','"
// (tests/unit/csv-dialect.test.ts shows it). We parse a sample with each candidate and keep the one that splits every
// line into the same number (>1) of fields without quote errors; among those, the one giving the most fields.
import Papa from 'papaparse';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

export class CsvError extends Error {
  constructor(readonly row: number, message: string) {
    super(`row ${row}: ${message}`);
  }
}

export interface ParsedTable {
  rows: string[][];
  delimiter: Delimiter;
  /** true when the delimiter was guessed rather than given. */
  detected: boolean;
}

const SAMPLE_ROWS = 50;
/** The guess reads this much at most: papaparse scans its whole input for line endings even with `preview`. */
const SAMPLE_CHARS = 64 * 1024;
const blankRow = (r: string[]) => r.every((f) => f.trim() === '');

interface Candidate {
  delimiter: Delimiter;
  consistent: boolean;
  fields: number;
  spread: number;
}

function tryDelimiter(text: string, delimiter: Delimiter): Candidate {
  const sample = text.slice(0, SAMPLE_CHARS);
  const cut = sample.length < text.length;
  const result = Papa.parse<string[]>(sample, { delimiter, preview: SAMPLE_ROWS, skipEmptyLines: false });
  // Where the sample ends mid-file, its last record may be cut short: a quote error or a short row there is only the cut.
  const quoteErrors = result.errors.filter((e) => e.type === 'Quotes' && (!cut || (e.row ?? 0) < result.data.length - 1));
  const records = cut && result.data.length > 1 ? result.data.slice(0, -1) : result.data;
  const counts = records.filter((r) => !blankRow(r)).map((r) => r.length);
  const fields = counts.length ? Math.max(...counts) : 1;
  const spread = counts.length ? fields - Math.min(...counts) : 0;
  return { delimiter, consistent: quoteErrors.length === 0 && spread === 0 && fields > 1, fields, spread: spread + quoteErrors.length * 1000 };
}

/** The delimiter that splits the first lines most regularly; ',' when nothing splits them (a one-column file). */
export function detectDelimiter(text: string): Delimiter {
  const candidates = DELIMITERS.map((d) => tryDelimiter(text, d));
  const regular = candidates.filter((c) => c.consistent).sort((a, b) => b.fields - a.fields);
  if (regular[0]) return regular[0].delimiter;
  // Ragged files (a short last column): the fewest differences between lines, among those that split at all.
  const ragged = candidates.filter((c) => c.fields > 1).sort((a, b) => a.spread - b.spread || b.fields - a.fields);
  return ragged[0]?.delimiter ?? ',';
}

/** Rows of fields; a BOM is dropped and a blank line at the very end is not a row. `row` in errors counts records from 1. */
export function parseTable(input: string, options: { delimiter?: Delimiter } = {}): ParsedTable {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quote = result.errors.find((e) => e.type === 'Quotes');
  if (quote) throw new CsvError((quote.row ?? 0) + 1, 'a quoted field is never closed, or has text after its closing quote; quote the whole field and double the quotes inside it');
  const rows = result.data;
  // papaparse reads the line break that ends the file as the start of one more, empty record.
  if (/[\r\n]$/.test(text) && rows.length > 0 && rows.at(-1)!.length === 1 && rows.at(-1)![0] === '') rows.pop();
  return { rows, delimiter, detected: options.delimiter === undefined };
}
