// Parses a saved query file: a YAML header in `//` comments between `// ---` lines, then the Cypher.
import { isDeepStrictEqual } from 'node:util';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { QueryHeader, SCOPE_PARAM } from '../contract/queries.ts';
import { cypherParameters } from '../contract/cypher-parameters.ts';

export class QueryFileError extends Error {
  constructor(readonly file: string, readonly problem: string) {
    super(`queries: ${file}: ${problem}`);
  }
}

export interface ParsedQueryFile {
  header: QueryHeader;
  cypher: string;
}

const FENCE = /^\/\/\s*---\s*$/;

export function parseQueryFile(file: string, text: string): ParsedQueryFile {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => FENCE.test(l));
  const end = lines.findIndex((l, i) => i > start && FENCE.test(l));
  if (start !== 0 || end < 0) throw new QueryFileError(file, 'must open with a header between two `// ---` lines');
  const yamlText = lines.slice(1, end).map((l) => l.replace(/^\/\/ ?/, '')).join('\n');
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (err) {
    throw new QueryFileError(file, `header is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  const parsed = QueryHeader.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new QueryFileError(file, `header field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const cypher = lines.slice(end + 1).join('\n').trim();
  if (!cypher) throw new QueryFileError(file, 'has a header but no query');
  checkParametersMatch(file, parsed.data, cypher);
  return { header: parsed.data, cypher };
}

/**
 * The text of a saved query file, checked to read back as exactly this header and query. Every string is written
 * double-quoted with JSON escapes on one line, so a description holding `---`, a line break, a CR, `//` or YAML
 * specials can never become a fence, a comment or a different value; anything that still would not survive the
 * trip (a lone UTF-16 surrogate, which UTF-8 cannot hold) is refused instead of written.
 */
export function formatQueryFile(file: string, header: QueryHeader, cypher: string): string {
  const yaml = stringifyYaml(header, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', doubleQuotedAsJSON: true, lineWidth: 0, minContentWidth: 0 });
  const text = `// ---\n${yaml.trimEnd().split('\n').map((l) => `// ${l}`).join('\n')}\n// ---\n${cypher.trim()}\n`;
  // Read back what the disk will hold (UTF-8), not the string in memory.
  const back = parseQueryFile(file, Buffer.from(text, 'utf8').toString('utf8'));
  const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
  if (!isDeepStrictEqual(plain(back.header), plain(header)) || back.cypher !== cypher.trim()) {
    throw new QueryFileError(file, 'the title, description or another header field holds characters that cannot be stored as written (such as a lone surrogate); remove them');
  }
  return text;
}

/** Every $param the query uses is declared, and every declared one is used. */
export function checkParametersMatch(file: string, header: QueryHeader, cypher: string): void {
  const used = cypherParameters(cypher);
  used.delete(SCOPE_PARAM);
  const declared = new Set(Object.keys(header.params));
  if (declared.has(SCOPE_PARAM)) throw new QueryFileError(file, `the header declares $${SCOPE_PARAM}, which is reserved: the explorer's dataset choice fills it`);
  const undeclared = [...used].filter((p) => !declared.has(p));
  const unused = [...declared].filter((p) => !used.has(p));
  if (undeclared.length) throw new QueryFileError(file, `the query uses $${undeclared.join(', $')} but the header does not declare ${undeclared.length > 1 ? 'them' : 'it'}`);
  if (unused.length) throw new QueryFileError(file, `the header declares ${unused.join(', ')} but the query never uses ${unused.length > 1 ? 'them' : 'it'}`);
}
