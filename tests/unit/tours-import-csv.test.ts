// Bring-your-own-network parsing: RFC 4180 CSV, and tables -> node and link lists that remember their rows.
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '../../client/classroom/import/csv.ts';
import { edgesFromRows, ImportFileError, looksLikeEdges, nodesFromEdges, nodesFromRows } from '../../client/classroom/import/tables.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFid,name\r\n1,"Smith, Ana"\r\n2,"Say ""hi""\nthere"\r\n')).toEqual([['id', 'name'], ['1', 'Smith, Ana'], ['2', 'Say "hi"\nthere']]);
    expect(parseCsv('a,b\n1,')).toEqual([['a', 'b'], ['1', '']]);
    expect(parseCsv('a\n""')).toEqual([['a'], ['']]);
  });

  it('refuses a quote that never closes or text after a closing quote, naming the row', () => {
    expect(() => parseCsv('a,b\n1,"open')).toThrow(CsvError);
    expect(() => parseCsv('a,b\n"1"x,2')).toThrow(/row 2/);
  });

  it('keeps a quote inside an unquoted field as a character, as papaparse and spreadsheets read it', () => {
    expect(parseCsv('a,b\n1,x"y')).toEqual([['a', 'b'], ['1', 'x"y']]);
  });
});

describe('tables', () => {
  it('maps columns by name and synonyms, numbering rows as the file does', () => {
    const nodes = nodesFromRows('nodes.csv', parseCsv('Label,ID,Type\nAna,a,person\n\nBen,b,'));
    expect(nodes).toEqual([{ id: 'a', name: 'Ana', type: 'person', row: 2 }, { id: 'b', name: 'Ben', type: undefined, row: 4 }]);
    const edges = edgesFromRows('edges.csv', parseCsv('from,to\na,b'));
    expect(edges).toEqual([{ source: 'a', target: 'b', type: undefined, row: 2 }]);
    expect(looksLikeEdges(['Source', 'Target'])).toBe(true);
    expect(nodesFromEdges(edges).map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('names the file and the missing column', () => {
    expect(() => nodesFromRows('nodes.csv', parseCsv('name,kind\nAna,x'))).toThrow(ImportFileError);
    expect(() => edgesFromRows('edges.csv', parseCsv('source,dst2\na,b'))).toThrow(/edges.csv: no 'target' column/);
  });
});
