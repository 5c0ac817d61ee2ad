// The packing that carries import batches over Bolt: typed cells, and refusals that name the row and field.
import { describe, expect, it } from 'vitest';
import { checkPackable, packCell, packNodes, UnpackableValueError } from '../../server/import/packed-batch.ts';

describe('packed import batches', () => {
  it('tags each value with its type so the server can restore it', () => {
    expect(packCell('a, "b"', 'r1', 'name')).toBe('sa, "b"');
    expect(packCell(42, 'r1', 'n')).toBe('i42');
    expect(packCell(0.5, 'r1', 'n')).toBe('f0.5');
    expect(packCell(false, 'r1', 'b')).toBe('bfalse');
    expect(packCell([], 'r1', 'l')).toBe('L');
    expect(packCell(['x', 'y'], 'r1', 'l')).toBe('lx\u001dy');
    expect(packCell([1, 2], 'r1', 'l')).toBe('n1\u001d2');
    expect(packCell(null, 'r1', 'gone')).toBe('');
  });

  it('gives every row a cell for every key, empty where the row has no value', () => {
    const packed = packNodes([
      { id: 'a', labels: ['Entity', 'Person'], props: { id: 'a', name: 'A' } },
      { id: 'b', labels: ['Entity', 'Source'], props: { id: 'b', reliability: 'C' } },
    ]);
    expect(packed.keys).toEqual(['name', 'reliability']);
    expect(packed.text.split('\u001e').map((r) => r.split('\u001f'))).toEqual([
      ['a', 'Entity\u001dPerson', 'sA', ''],
      ['b', 'Entity\u001dSource', '', 'sC'],
    ]);
  });

  it('refuses values it cannot carry, naming the row and the field', () => {
    expect(() => packCell('a\u001fb', 'row-7', 'name')).toThrow(/row row-7, name: contains a control character/);
    expect(() => packCell(['a', 1], 'row-7', 'tags')).toThrow(/row row-7, tags: a list must hold values of one kind/);
    expect(() => packCell({ nested: true }, 'row-7', 'meta')).toThrow(UnpackableValueError);
    expect(() => checkPackable([{ id: 'n1', labels: ['Entity'], props: { note: 'ok\u001e' } }], [])).toThrow(/row n1, note/);
  });
});
