// "Save as query" writes a header that reads back identically, whatever the title and description hold; a saved
// file that is invalid at boot is set aside with a warning, while the shipped library stays strict (issue 11, item 5).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QueryHeader } from '../../server/contract/queries.ts';
import { formatQueryFile, parseQueryFile } from '../../server/queries/header.ts';
import { QueryLibrary } from '../../server/queries/library.ts';

const tmp = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), prefix));
const CYPHER = 'MATCH (n) WHERE n.id = $id RETURN n';

/** Pieces that mean something to the file format, YAML or comments, mixed with any Unicode text. */
const HOSTILE = ['---', '// ---', '\n', '\r', '\r\n', '//', '/*', '*/', '# ', ': ', '- ', '? ', '"', "'", '\\', '|', '>', '&a', '*a', '!tag',
  '%YAML', '@', '`', '{', '}', '[', ']', ',', 'null', 'yes', 'no', '~', '1e3', '0x1F', '\t', '\u0000', '\u0085', '\u2028', '\u2029', '\uFEFF',
  '😀', 'é', 'ﬁ', ' ', '...'];
const hostileText = (minLength: number) => fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join(''))
  .filter((s) => [...s].length >= minLength);

const header = (title: string, description: string, extra: Partial<QueryHeader> = {}): QueryHeader => QueryHeader.parse({
  title, description, result: 'graph', columns: ['n'], params: { id: { type: 'string', default: 'x' } }, ...extra,
});

function saveAndReboot(h: QueryHeader, cypher = CYPHER) {
  const dir = tmp('saved-');
  const warnings: string[] = [];
  const saved = new QueryLibrary(dir, tmp('none-')).save('hostile-one', h, cypher);
  const again = new QueryLibrary(dir, tmp('none-'), (line) => warnings.push(line));
  return { saved, loaded: again.get('hostile-one'), warnings, dir };
}

describe('Save as query round trip', () => {
  it.each([
    ['a `---` line in the description (the probe\'s boot-stopper)', 'Fence test', 'Line one\n---\nline three'],
    ['a `// ---` line', 'Fence test', 'Before\n// ---\nafter the fence'],
    ['CR and CRLF line ends', 'CR\rtitle', 'one\r\ntwo\rthree\n'],
    ['comment markers', '// not a comment */', '/* open and */ close // and more'],
    ['YAML specials', '- &anchor *alias', '? key: value # comment | > ! % @ `'],
    ['YAML words that are not strings', 'null', 'yes no ~ 1e3 true'],
    ['leading and trailing space', '   spaced   ', '\n\n  indented description  \n'],
    ['unicode, a BOM and line separators', '😀 ﬁ é', '\uFEFFstart \u2028 \u2029 \u0085 end'],
    ['a NUL and a tab', 'NUL\u0000 here', 'tab\there and\u0000there'],
  ])('reads back %s identically', (_what, title, description) => {
    const h = header(title, description, { tags: ['---', 'a: b'], columns: ['n', '// x'] });
    const { saved, loaded, warnings } = saveAndReboot(h);
    expect(warnings).toEqual([]);
    expect(loaded).toEqual(saved);
    expect(loaded).toMatchObject({ title, description, tags: ['---', 'a: b'] });
  });

  it('reads back any title, description, tags and default (property-based, fixed seed)', () => {
    fc.assert(fc.property(hostileText(3), hostileText(10), fc.array(hostileText(1), { maxLength: 3 }), hostileText(0), (title, description, tags, dflt) => {
      const h = header(title, description, { tags, params: { id: { type: 'string', default: dflt } } });
      const text = formatQueryFile('q.cypher', h, CYPHER);
      const back = parseQueryFile('q.cypher', text);
      expect(back.header).toEqual(h);
      expect(back.cypher).toBe(CYPHER);
    }), { seed: 11, numRuns: 300 });
  });

  it('keeps the Cypher as the next boot reads it', () => {
    const { saved, loaded } = saveAndReboot(header('Spaced query', 'The query has spaces around it.'), `\n  ${CYPHER} // the end */\n\n`);
    expect(loaded).toEqual(saved);
    expect(saved.cypher).toBe(`${CYPHER} // the end */`);
  });

  it('keeps even a lone UTF-16 surrogate, written as an escape that UTF-8 can hold', () => {
    const { saved, loaded } = saveAndReboot(header('Lone \uD800 half', 'A description \uDC00 that is fine.'));
    expect(loaded).toEqual(saved);
    expect(loaded?.title).toBe('Lone \uD800 half');
  });
});

describe('a saved file that is invalid at boot', () => {
  // Exactly what the old writer produced for a description with a `---` line: the block scalar's line became a fence.
  const OLD_WRITER_FILE = '// ---\n// title: Fence test\n// description: |-\n//   Line one\n//   ---\n//   line three\n// tags: []\n// result: graph\n' +
    '// columns:\n//   - n\n// params:\n//   id:\n//     type: string\n//     default: x\n// ---\nMATCH (n) WHERE n.id = $id RETURN n\n';

  it('is set aside as NAME.cypher.invalid with a warning naming it, and the others still load', () => {
    const dir = tmp('saved-');
    new QueryLibrary(dir, tmp('none-')).save('fine-one', header('Fine query', 'A query that is fine.'), CYPHER);
    writeFileSync(path.join(dir, 'broken.cypher'), OLD_WRITER_FILE);
    const warnings: string[] = [];
    const lib = new QueryLibrary(dir, tmp('none-'), (line) => warnings.push(line));
    expect(lib.get('fine-one')).toBeDefined();
    expect(lib.get('broken')).toBeUndefined();
    expect(existsSync(path.join(dir, 'broken.cypher'))).toBe(false);
    expect(readFileSync(path.join(dir, 'broken.cypher.invalid'), 'utf8')).toBe(OLD_WRITER_FILE);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(path.join(dir, 'broken.cypher'));
    expect(warnings[0]).toContain('broken.cypher.invalid');
  });

  it('in the shipped library still stops the boot, naming the file', () => {
    const shipped = tmp('shipped-');
    writeFileSync(path.join(shipped, 'broken.cypher'), OLD_WRITER_FILE);
    expect(() => new QueryLibrary(tmp('saved-'), shipped)).toThrow(/broken\.cypher: /);
    expect(existsSync(path.join(shipped, 'broken.cypher'))).toBe(true);
  });
});
