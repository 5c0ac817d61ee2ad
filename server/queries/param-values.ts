// Checks run-time parameter values against a query's header: types, allowed values and ranges, defaults filled in.
import type { QueryHeader, QueryParam } from '../contract/queries.ts';
import { BadRequestError } from '../http/errors.ts';
import { EntityId } from '../contract/graph.ts';

type Value = string | number | boolean | null;

/**
 * Own keys only (Object.hasOwn, never `in`): `in` also finds what every object inherits, so `constructor` or
 * `toString` passed as an undeclared parameter, and a declared `toString` left out read the prototype's function.
 */
export function resolveParams(header: QueryHeader, given: Record<string, Value>): Record<string, Value> {
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(header.params, name)) throw new BadRequestError(`params.${name}: this query has no such parameter (it takes: ${Object.keys(header.params).join(', ') || 'none'})`, `params.${name}`);
  }
  return Object.fromEntries(Object.entries(header.params).map(([name, spec]) => [name, check(name, spec, Object.hasOwn(given, name) ? given[name]! : spec.default ?? null)]));
}

function check(name: string, spec: QueryParam, value: Value): Value {
  const field = `params.${name}`;
  const fail = (why: string): never => { throw new BadRequestError(`${field}: ${why}`, field); };
  if (value === null) return null;
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') fail('must be text');
      if (spec.allowed && !spec.allowed.includes(value as string)) fail(`must be one of ${spec.allowed.join(', ')}`);
      return value;
    case 'integer':
    case 'float': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) fail('must be a number');
      if (spec.type === 'integer' && !Number.isInteger(n)) fail('must be a whole number');
      if (spec.min !== undefined && (n as number) < spec.min) fail(`must be at least ${spec.min}`);
      if (spec.max !== undefined && (n as number) > spec.max) fail(`must be at most ${spec.max}`);
      return n;
    }
    case 'boolean':
      if (value === 'true' || value === 'false') return value === 'true';
      if (typeof value !== 'boolean') fail('must be true or false');
      return value;
    case 'date':
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) fail('must be a date as YYYY-MM-DD');
      return value;
    case 'entity':
      if (typeof value !== 'string' || !EntityId.safeParse(value).success) fail('must be an entity id (lower-case letters, digits and dashes); pick the entity by name in the form');
      return value;
  }
}
