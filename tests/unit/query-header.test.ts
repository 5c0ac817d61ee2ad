import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQueryFile, QueryFileError } from '../../server/queries/header.ts';
import { cypherParameters } from '../../server/contract/cypher-parameters.ts';
import { resolveParams } from '../../server/queries/param-values.ts';
import { QueryLibrary } from '../../server/queries/library.ts';
import { BadRequestError } from '../../server/http/errors.ts';

const file = (header: string, body = 'MATCH (n) WHERE n.id = $id RETURN n') =>
  `// ---\n${header.split('\n').map((l) => `// ${l}`).join('\n')}\n// ---\n${body}\n`;
const HEADER = 'title: One node\ndescription: Returns one node by its id.\nresult: graph\ncolumns: [n]\nparams:\n  id: { type: string, default: x }';

const problem = (text: string) => {
  try {
    parseQueryFile('q.cypher', text);
  } catch (err) {
    if (err instanceof QueryFileError) return err.problem;
    throw err;
  }
  throw new Error('expected a QueryFileError');
};

describe('saved query headers', () => {
  it('parse a valid file', () => {
    const { header, cypher } = parseQueryFile('q.cypher', file(HEADER));
    expect(header.params.id).toEqual({ type: 'string', default: 'x' });
    expect(cypher).toBe('MATCH (n) WHERE n.id = $id RETURN n');
  });

  it('need the header fences', () => {
    expect(problem('MATCH (n) RETURN n')).toMatch(/header between two/);
  });

  it('name the invalid header field', () => {
    expect(problem(file(HEADER.replace('result: graph', 'result: pie')))).toMatch(/^header field result:/);
  });

  it('refuse a parameter the query uses but the header lacks', () => {
    expect(problem(file(HEADER, 'MATCH (n) WHERE n.id = $id AND n.x = $other RETURN n'))).toMatch(/uses \$other/);
  });

  it('refuse a declared parameter the query never uses', () => {
    expect(problem(file(HEADER, 'MATCH (n) RETURN n'))).toMatch(/declares id/);
  });

  it('make the library refuse to load, naming the file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lib-'));
    writeFileSync(path.join(dir, 'broken.cypher'), file(HEADER.replace('title: One node', 'title: 1')));
    expect(() => new QueryLibrary(null, dir)).toThrow(/broken\.cypher: header field title/);
  });

  it('saves a query that loads back the same', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'saved-'));
    const lib = new QueryLibrary(dir, mkdtempSync(path.join(os.tmpdir(), 'none-')));
    const { header } = parseQueryFile('q.cypher', file(HEADER));
    lib.save('one-node', header, 'MATCH (n) WHERE n.id = $id RETURN n;');
    expect(readFileSync(path.join(dir, 'one-node.cypher'), 'utf8')).toMatch(/^\/\/ ---\n\/\/ title: "One node"/);
    const again = new QueryLibrary(dir, mkdtempSync(path.join(os.tmpdir(), 'none-')));
    expect(again.get('one-node')).toMatchObject({ title: 'One node', cypher: 'MATCH (n) WHERE n.id = $id RETURN n', origin: 'saved' });
  });
});

describe('cypher parameters', () => {
  it('ignore strings, comments and backquoted names', () => {
    expect(cypherParameters("MATCH (n) WHERE n.a = $a AND n.b = '$notme' // $nor\n/* $this */ RETURN n.`$x`, $b")).toEqual(new Set(['a', 'b']));
  });
});

describe('parameter values', () => {
  const header = parseQueryFile('q.cypher', file(
    'title: Typed params\ndescription: Checks parameter values.\nresult: table\ncolumns: [x]\nparams:\n' +
    '  s: { type: string, default: a, allowed: [a, b] }\n  n: { type: integer, default: 3, min: 1, max: 6 }\n  d: { type: date, default: null }',
    'RETURN $s AS x, $n, $d')).header;
  const field = (given: Record<string, string | number | null>) => {
    try { resolveParams(header, given); } catch (err) { return (err as BadRequestError).field; }
    return 'ok';
  };

  it('fill in defaults', () => {
    expect(resolveParams(header, {})).toEqual({ s: 'a', n: 3, d: null });
  });

  it('coerce numbers typed as text', () => {
    expect(resolveParams(header, { n: '5' }).n).toBe(5);
  });

  it.each([
    [{ s: 'c' }, 'params.s'],
    [{ n: 7 }, 'params.n'],
    [{ n: 2.5 }, 'params.n'],
    [{ n: 'abc' }, 'params.n'],
    [{ d: '24/11/2026' }, 'params.d'],
    [{ zzz: 1 }, 'params.zzz'],
  ])('refuse %j naming %s', (given, expected) => {
    expect(field(given)).toBe(expected);
  });
});

describe('the reserved $datasets parameter', () => {
  it('may be read without being declared: the dataset choice fills it', () => {
    const { header, cypher } = parseQueryFile('q.cypher', file(HEADER, 'MATCH (n) WHERE n.id = $id AND n.dataset IN $datasets RETURN n'));
    expect(Object.keys(header.params)).toEqual(['id']);
    expect(cypher).toContain('$datasets');
  });

  it('may not be declared in a header', () => {
    expect(problem(file(`${HEADER}\n  datasets: { type: string, default: x }`, 'MATCH (n) WHERE n.id = $id AND n.dataset IN $datasets RETURN n')))
      .toMatch(/declares \$datasets, which is reserved/);
  });
});

describe('entity parameters', () => {
  const header = parseQueryFile('q.cypher', file(
    'title: One entity\ndescription: Returns one entity.\nresult: graph\ncolumns: [n]\nparams:\n  who: { type: entity, default: off-hun-manet }',
    'MATCH (n:Entity {id: $who}) RETURN n')).header;

  it('take an entity id, the default when none is given', () => {
    expect(resolveParams(header, {})).toEqual({ who: 'off-hun-manet' });
    expect(resolveParams(header, { who: 'pb-government-cambodia' })).toEqual({ who: 'pb-government-cambodia' });
  });

  it.each([['Hun Manet'], [42], ['']])('refuse %j, naming the parameter', (who) => {
    expect(() => resolveParams(header, { who })).toThrow(/^params\.who: must be an entity id/);
  });

  it('refuse a default that is not an entity id', () => {
    expect(problem(file('title: One entity\ndescription: Returns one entity.\nresult: graph\ncolumns: [n]\nparams:\n  who: { type: entity, default: Hun Manet }', 'MATCH (n:Entity {id: $who}) RETURN n')))
      .toMatch(/^header field params\.who\.default/);
  });
});
