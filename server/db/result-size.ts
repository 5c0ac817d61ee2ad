// About how many bytes of JSON a result row becomes, so results are capped in bytes as well as rows.
// Walked with an explicit stack: a value built by a query (reduce into nested lists) can be very deep.
import { isInt, isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';

/** Values nested deeper than this are refused rather than walked again by every later step. */
export const MAX_RESULT_DEPTH = 100;

export class ResultTooDeepError extends Error {
  readonly code = 'result_too_deep';
  constructor() {
    super(`a value in the result nests lists or maps more than ${MAX_RESULT_DEPTH} deep`);
  }
}

export function recordBytes(row: Record<string, unknown>): number {
  const stack: [unknown, number][] = [[row, 0]];
  let bytes = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (depth > MAX_RESULT_DEPTH) throw new ResultTooDeepError();
    if (v === null || v === undefined) bytes += 4;
    else if (typeof v === 'string') bytes += Buffer.byteLength(v) + 2;
    else if (typeof v !== 'object') bytes += 8;
    else if (isInt(v)) bytes += 8;
    else if (isNode(v)) {
      const n = v as Node;
      bytes += 64 + n.labels.join(',').length;
      stack.push([n.properties, depth + 1]);
    } else if (isRelationship(v)) {
      const r = v as Relationship;
      bytes += 64 + r.type.length;
      stack.push([r.properties, depth + 1]);
    } else if (isPath(v)) {
      const p = v as unknown as { start: Node; segments: { relationship: Relationship; end: Node }[] };
      stack.push([p.start, depth + 1]);
      for (const s of p.segments) stack.push([s.relationship, depth + 1], [s.end, depth + 1]);
    } else if (Array.isArray(v)) {
      bytes += 2 + v.length;
      for (const x of v) stack.push([x, depth + 1]);
    } else {
      const entries = Object.entries(v);
      // Temporal and spatial values have no own entries worth walking; they print as short text.
      bytes += 2 + (entries.length === 0 ? 32 : 0);
      for (const [k, x] of entries) {
        bytes += Buffer.byteLength(k) + 3;
        stack.push([x, depth + 1]);
      }
    }
  }
  return bytes;
}
