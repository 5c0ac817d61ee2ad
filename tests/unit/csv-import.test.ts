// Picked CSV files -> an upload, through the dialect reader: encodings with their notice, guessed delimiters,
// header-less files and the column mapping, weights with decimal commas, extra columns kept as properties.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvFile, readUpload, type CsvChoice, type PickedFile } from '../../client/classroom/import/read-files.ts';
import { DatasetUpload } from '../../server/contract/datasets.ts';
import { uploadRows } from '../../server/datasets/to-rows.ts';

const picked = (name: string): PickedFile => ({ name, bytes: new Uint8Array(readFileSync(path.join('tests/fixtures/csv', name))) });

describe('reading CSV uploads', () => {
  it('reads a Windows-1252, semicolon, header-less edge list: names intact, weights numbers, a notice naming the file', () => {
    const file = picked('windows-1252-semicolon-headerless.csv');
    const { upload, readings } = readUpload('sg', [file]);
    const [reading] = readings;
    expect(reading).toMatchObject({ encoding: 'windows-1252', delimiter: ';', delimiterDetected: true, header: false, headerDetected: true, list: 'edges' });
    expect(reading!.roles).toEqual(['source', 'target', 'weight', 'type']);
    expect(reading!.notice).toMatch(/^windows-1252-semicolon-headerless\.csv is not UTF-8: it was read as Windows-1252 and converted\./);
    expect(upload.nodes.map((n) => n.id)).toEqual(['Société Générale Synthétique', 'Anna Müller', 'Café Zoë Synthétique']);
    // Header-less: the first line is data, row 1.
    expect(upload.edges[0]).toEqual({ source: 'Société Générale Synthétique', target: 'Anna Müller', type: 'paid in €', weight: 2.5, row: 1 });
    expect(upload.edges.map((e) => e.weight)).toEqual([2.5, 1, 0.75]);
    expect(DatasetUpload.safeParse(upload).success).toBe(true);
  });

  it('follows the column mapping the user picks: a column kept as a property, another ignored', () => {
    const file = picked('windows-1252-semicolon-headerless.csv');
    const { upload } = readUpload('sg', [file], new Map<string, CsvChoice>([[file.name, { roles: ['source', 'target', 'ignore', 'property'] }]]));
    expect(upload.edges[0]).toEqual({ source: 'Société Générale Synthétique', target: 'Anna Müller', type: undefined, properties: { column_4: 'paid in €' }, row: 1 });
    const rows = uploadRows(DatasetUpload.parse(upload));
    expect(rows.relationships[0]!.props).toMatchObject({ column_4: 'paid in €', kind: 'link' });
    expect(rows.relationships[0]!.props.weight).toBeUndefined();
  });

  it('refuses two columns mapped to the same field, and a weight that is not a number, naming file and row', () => {
    const file = picked('headerless.csv');
    expect(() => readUpload('x', [file], new Map<string, CsvChoice>([[file.name, { roles: ['source', 'source', 'weight'] }]]))).toThrow("headerless.csv: two columns are mapped to 'source'; keep one");
    expect(() => readUpload('x', [{ name: 'e.csv', text: 'source,target,weight\na,b,heavy\n' }])).toThrow("e.csv: row 2, column weight: 'heavy' is not a number");
    expect(() => readUpload('x', [file], new Map<string, CsvChoice>([[file.name, { roles: ['source', 'ignore', 'weight'] }]]))).toThrow("headerless.csv: no column is mapped to 'target'; pick one in the column mapping");
  });

  it('lets the user say the first row is a header, or that it is data, over the detection', () => {
    const file = picked('headerless.csv');
    expect(readCsvFile(file).header).toBe(false);
    const asHeader = readUpload('x', [file], new Map<string, CsvChoice>([[file.name, { header: true, roles: ['source', 'target', 'weight'] }]])).upload;
    expect(asHeader.edges.map((e) => e.row)).toEqual([2, 3]);
    const table = { name: 'n.csv', text: 'id,name\na,Ana\n' };
    expect(readUpload('x', [table], new Map<string, CsvChoice>([['n.csv', { header: false, roles: ['id', 'name'] }]])).upload.nodes.map((n) => n.id)).toEqual(['id', 'a']);
  });

  it('reads a node list in Windows-1252 and an edge list with decimal commas, and keeps extra columns as properties', () => {
    const { upload, readings } = readUpload('two', [picked('windows-1252.csv'), picked('semicolon-decimal-comma.csv')]);
    expect(readings.map((r) => [r.file, r.list, r.encoding, r.delimiter, r.notice !== undefined])).toEqual([
      ['windows-1252.csv', 'nodes', 'windows-1252', ',', true], ['semicolon-decimal-comma.csv', 'edges', 'utf-8', ';', false]]);
    expect(upload.nodes.map((n) => n.name)).toEqual(['Société Générale Synthétique', 'Anna Müller', 'Fonds € Synthétique – «Zoë»']);
    expect(upload.edges.map((e) => e.weight)).toEqual([2.5, 1234.5, 3]);
    const quoted = readUpload('q', [picked('quoted-newlines.csv')]).upload;
    expect(quoted.nodes[0]).toMatchObject({ id: 'sgs', name: 'Société Générale\r\nSynthétique', description: 'Line one\nline "two", with a comma' });
    const tab = readUpload('t', [{ name: 'n.tsv', text: 'id\tname\tage\nana\tAna\t12\n' }]).upload;
    expect(tab.nodes[0]).toEqual({ id: 'ana', name: 'Ana', type: undefined, properties: { age: '12' }, row: 2 });
    // A second "name" column, and names that are not keys, are kept under names of their own.
    const odd = readUpload('o', [{ name: 'n.csv', text: 'id,name,Name,Année de naissance,2024\nana,Ana,Ana B,2001,x\n' }]).upload;
    expect(odd.nodes[0]!.properties).toEqual({ column_3_name: 'Ana B', annee_de_naissance: '2001', column_5_2024: 'x' });
    expect(DatasetUpload.safeParse({ ...odd, name: 'odd-names' }).success).toBe(true);
  });

  it('takes an encoding the user picks over the detected one, and says so', () => {
    const file = picked('latin-1.csv');
    expect(readCsvFile(file).encoding).toBe('iso-8859-1');
    const chosen = readCsvFile(file, { encoding: 'windows-1252' });
    expect(chosen).toMatchObject({ encoding: 'windows-1252', encodingChosen: true, notice: 'latin-1.csv was read as Windows-1252, as you chose.' });
  });
});

describe('the upload contract for the new columns', () => {
  const base = { name: 'weights', files: { nodes: 'n.csv', edges: 'e.csv' }, nodes: [{ id: 'a' }, { id: 'b' }] };
  it('takes a finite weight on a link and writes it as a number property', () => {
    const upload = DatasetUpload.parse({ ...base, edges: [{ source: 'a', target: 'b', weight: 2.5 }] });
    expect(uploadRows(upload).relationships[0]!.props.weight).toBe(2.5);
  });

  it('refuses a property that would overwrite a field of the node, naming it', () => {
    const bad = DatasetUpload.safeParse({ ...base, nodes: [{ id: 'a', properties: { dataset: 'curated' } }], edges: [] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toBe("'dataset' is a field of its own, not a property; map that column to it instead");
  });
});
