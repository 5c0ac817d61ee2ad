// Property values in text formats (GraphML, GEXF, CSV): each key gets one kind, declared in the file, so a reader
// turns the text back into exactly the value it was. Lists, and keys whose values differ in kind, travel as JSON.
import type { InteropNode, InteropRel } from './model.ts';

export type ValueKind = 'string' | 'long' | 'double' | 'boolean' | 'json';

export function kindOf(v: unknown): ValueKind {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isSafeInteger(v) ? 'long' : 'double';
  return 'json';
}

function merge(a: ValueKind | undefined, b: ValueKind): ValueKind {
  if (a === undefined || a === b) return b;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'json';
}

/** Every property key the rows use, with the one kind that holds all its values. */
export class KeyKinds {
  readonly kinds = new Map<string, ValueKind>();
  add(props: Record<string, unknown>): this {
    for (const [k, v] of Object.entries(props)) if (v !== undefined && v !== null) this.kinds.set(k, merge(this.kinds.get(k), kindOf(v)));
    return this;
  }
  sorted(): Array<[string, ValueKind]> {
    return [...this.kinds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

export function kindsOf(rows: Array<InteropNode | InteropRel>): KeyKinds {
  const k = new KeyKinds();
  for (const r of rows) k.add(r.props);
  return k;
}

/** A value as text of its key's kind. */
export function valueText(v: unknown, kind: ValueKind): string {
  if (kind === 'json') return JSON.stringify(v);
  return String(v);
}

export class ValueTextError extends Error {}

/** Text of a declared kind back to its value. */
export function parseValue(text: string, kind: ValueKind): unknown {
  switch (kind) {
    case 'string': return text;
    case 'boolean':
      if (text === 'true' || text === 'false') return text === 'true';
      throw new ValueTextError(`'${text}' is not true or false`);
    case 'long':
    case 'double': {
      const n = Number(text.trim());
      if (text.trim() === '' || Number.isNaN(n)) throw new ValueTextError(`'${text}' is not a number`);
      return n;
    }
    case 'json':
      try {
        return JSON.parse(text);
      } catch {
        throw new ValueTextError(`'${text.slice(0, 40)}' is not JSON`);
      }
  }
}

/** GraphML's and GEXF's names for the kinds; lists and mixed keys are strings holding JSON. */
export const XML_TYPE: Record<ValueKind, string> = { string: 'string', long: 'long', double: 'double', boolean: 'boolean', json: 'string' };

/** Sorted keys, so every export of the same graph is the same text. */
export function sortedProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(props).sort()) if (props[k] !== undefined && props[k] !== null) out[k] = props[k];
  return out;
}
