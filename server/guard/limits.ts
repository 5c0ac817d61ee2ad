// Input too deep or too big for Neo4j is refused here, before any database call: a list literal nested 5,000
// deep overflows Neo4j's parser (it never answers, holding a connection), and a parameter nested 20,000 deep
// overflows the driver's packing (a RangeError, once a 500). Both checks are iterative, so they cannot overflow.
import { BadRequestError } from '../http/errors.ts';

export interface InputLimits {
  /** Brackets, parentheses and braces open at once in the Cypher text, outside strings and comments. */
  maxCypherNesting: number;
  /** Lists and maps inside one another in a parameter value. */
  maxParamDepth: number;
  /** All parameter values together, as JSON text. */
  maxParamBytes: number;
}

export const INPUT_LIMITS: InputLimits = { maxCypherNesting: 100, maxParamDepth: 32, maxParamBytes: 1_000_000 };

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/** The deepest bracket nesting in code, skipping '…', "…", `…`, // and /* *\/ (an unclosed one runs to the end). */
export function cypherNesting(cypher: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < cypher.length; i++) {
    const c = cypher[i]!;
    if (c === "'" || c === '"') {
      for (i++; i < cypher.length && cypher[i] !== c; i++) if (cypher[i] === '\\') i++;
    } else if (c === '`') {
      i = until(cypher, '`', i + 1);
    } else if (c === '/' && cypher[i + 1] === '/') {
      i = until(cypher, '\n', i + 2);
    } else if (c === '/' && cypher[i + 1] === '*') {
      const end = cypher.indexOf('*/', i + 2);
      i = end < 0 ? cypher.length : end + 1;
    } else if (OPEN.has(c)) {
      deepest = Math.max(deepest, ++depth);
    } else if (CLOSE.has(c)) {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

function until(text: string, ch: string, from: number): number {
  const at = text.indexOf(ch, from);
  return at < 0 ? text.length : at;
}

/** Depth and JSON size of a value, walked with an explicit stack; stops as soon as a limit is passed. */
export function measureValue(value: unknown, limits: Pick<InputLimits, 'maxParamDepth' | 'maxParamBytes'>): { depth: number; bytes: number } {
  const stack: [unknown, number][] = [[value, 0]];
  let bytes = 0;
  let depth = 0;
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    depth = Math.max(depth, d);
    if (depth > limits.maxParamDepth || bytes > limits.maxParamBytes) break;
    if (typeof v === 'string') bytes += Buffer.byteLength(v) + 2;
    else if (Array.isArray(v)) {
      bytes += 2 + v.length;
      for (const x of v) stack.push([x, d + 1]);
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      bytes += 2 + entries.length;
      for (const [k, x] of entries) {
        bytes += Buffer.byteLength(k) + 3;
        stack.push([x, d + 1]);
      }
    } else bytes += String(v).length;
  }
  return { depth, bytes };
}

/** Throws a 400 naming the field when the query text or a parameter is past its limit. */
export function checkInputLimits(cypher: string, params: Record<string, unknown>, limits: InputLimits = INPUT_LIMITS): void {
  const nesting = cypherNesting(cypher);
  if (nesting > limits.maxCypherNesting) {
    throw new BadRequestError(`cypher: brackets are nested ${nesting} deep; queries may nest at most ${limits.maxCypherNesting} deep`, 'cypher');
  }
  let total = 0;
  for (const [name, value] of Object.entries(params)) {
    const { depth, bytes } = measureValue(value, { maxParamDepth: limits.maxParamDepth, maxParamBytes: limits.maxParamBytes - total });
    if (depth > limits.maxParamDepth) {
      throw new BadRequestError(`params.${name}: lists and maps are nested more than ${limits.maxParamDepth} deep; at most ${limits.maxParamDepth} levels are allowed`, `params.${name}`);
    }
    total += bytes;
    if (total > limits.maxParamBytes) {
      throw new BadRequestError(`params.${name}: parameter values total more than ${limits.maxParamBytes.toLocaleString('en')} bytes; pass less data`, `params.${name}`);
    }
  }
}
