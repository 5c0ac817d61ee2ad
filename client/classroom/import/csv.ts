// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF line ends; a BOM is ignored.

export class CsvError extends Error {
  constructor(readonly row: number, message: string) {
    super(`row ${row}: ${message}`);
  }
}

/** Rows of fields; a blank line at the very end is not a row. `row` numbers in errors count from 1. */
export function parseCsv(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteClosed = false;
  let line = 1;
  const endField = () => {
    row.push(field);
    field = '';
    quoteClosed = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') { quoted = false; quoteClosed = true; } else {
        if (c === '\n') line += 1;
        field += c;
      }
    } else if (c === '"') {
      if (field !== '' || quoteClosed) throw new CsvError(rows.length + 1, 'a quote in the middle of a field; quote the whole field and double the quotes inside it');
      quoted = true;
    } else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endField();
      rows.push(row);
      row = [];
      line += 1;
    } else {
      if (quoteClosed) throw new CsvError(rows.length + 1, 'text after a closing quote');
      field += c;
    }
  }
  if (quoted) throw new CsvError(rows.length + 1, `a quoted field is never closed (it opens before line ${line})`);
  if (field !== '' || row.length > 0 || quoteClosed) {
    endField();
    rows.push(row);
  }
  return rows;
}
