// The FollowTheMoney model, from @alephdata/followthemoney (the registry here has no @opensanctions package; see
// docs/interop.md), and a check of one entity against it: schema known and concrete, properties known for that
// schema, required ones present, every value valid for its property type. The JavaScript package ships the model
// as data but no value validation, so the type rules below follow FtM's own (Python) definitions.
import { Model, defaultModel, type Schema, type Property } from '@alephdata/followthemoney';

export const ftmModel = new Model(defaultModel);

/** One line of an FtM file: the `ftm` / OpenSanctions entity form. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** FtM's entity id rule (followthemoney/types/entity.py): letters, digits, dots and dashes, not at the ends. */
export const FTM_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;
const DATE = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d)?)?)?)?)?$/;
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function schemaOf(name: string): Schema | undefined {
  return ftmModel.schemata[name];
}

// The package rebuilds a schema's property map, walking every parent, on each hasProperty/getProperty/isA call:
// at 100k entities that was most of an export's time, so both are asked once per schema and remembered.
const propertyMaps = new Map<string, Map<string, Property>>();
const ancestry = new Map<string, boolean>();

/** The property `name` of `schema`, inherited ones included, or undefined. */
export function propertyOf(schema: Schema, name: string): Property | undefined {
  let map = propertyMaps.get(schema.name);
  if (!map) propertyMaps.set(schema.name, (map = schema.getProperties()));
  return map.get(name);
}

/** schema.isA(ancestor), remembered. */
export function isA(schema: Schema, ancestor: string | Schema): boolean {
  const key = `${schema.name}\u0000${typeof ancestor === 'string' ? ancestor : ancestor.name}`;
  let yes = ancestry.get(key);
  if (yes === undefined) ancestry.set(key, (yes = schema.isA(ancestor)));
  return yes;
}

/** How many characters a property's values may hold: the property's own limit, else its type's. */
export function maxLengthOf(prop: Property): number {
  return prop.maxLength > 0 ? prop.maxLength : prop.type.maxLength;
}

function isUrl(v: string): boolean {
  try {
    return ['http:', 'https:', 'ftp:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}

/** Why a value is not valid for its property type, or null when it is. */
export function valueProblem(prop: Property, value: unknown): string | null {
  if (typeof value !== 'string') return 'values must be strings';
  if (value.trim() === '') return 'values must not be empty';
  if (value.length > maxLengthOf(prop)) return `longer than ${maxLengthOf(prop)} characters`;
  const type = prop.type;
  if (type.values.size > 0 && !type.values.has(value)) return `'${value}' is not a known ${type.name} code`;
  switch (type.name) {
    case 'date': return DATE.test(value) ? null : `'${value}' is not an FtM date (YYYY, YYYY-MM, YYYY-MM-DD, with an optional time)`;
    case 'number': return NUMBER.test(value) ? null : `'${value}' is not a number`;
    case 'url': return isUrl(value) ? null : `'${value}' is not an http(s) or ftp URL`;
    case 'email': return EMAIL.test(value) ? null : `'${value}' is not an e-mail address`;
    case 'entity': return FTM_ID.test(value) ? null : `'${value}' is not an FtM entity id`;
    default: return null;
  }
}

/** Every problem with one entity, each naming its field; empty when the model accepts it. */
export function entityProblems(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return ['the line is not a JSON object'];
  const e = raw as Partial<FtmEntity>;
  const problems: string[] = [];
  if (typeof e.id !== 'string' || !FTM_ID.test(e.id) || e.id.length > 200) problems.push(`id: '${String(e.id)}' is not an FtM entity id`);
  const schema = typeof e.schema === 'string' ? schemaOf(e.schema) : undefined;
  if (!schema) return [...problems, `schema: '${String(e.schema)}' is not in the FtM model`];
  if (schema.abstract) problems.push(`schema: '${schema.name}' is abstract`);
  const props = e.properties ?? {};
  if (typeof props !== 'object' || Array.isArray(props)) return [...problems, 'properties: must be an object of lists'];
  for (const [name, values] of Object.entries(props)) {
    const prop = propertyOf(schema, name);
    if (!prop) { problems.push(`properties.${name}: not a property of ${schema.name}`); continue; }
    if (!Array.isArray(values)) { problems.push(`properties.${name}: must be a list`); continue; }
    values.forEach((v, i) => {
      const why = valueProblem(prop, v);
      if (why) problems.push(`properties.${name}[${i}]: ${why}`);
    });
  }
  for (const name of schema.required) {
    if (!(props as Record<string, unknown[]>)[name]?.length) problems.push(`properties.${name}: required by ${schema.name}`);
  }
  return problems;
}

/** ISO code of a country from its English name ("Cambodia" -> "kh"), as the model's country list spells it. */
const COUNTRY_CODES = new Map([...ftmModel.getType('country').values].map(([code, label]) => [label.toLowerCase(), code]));
export function countryCode(name: string): string | undefined {
  return COUNTRY_CODES.get(name.trim().toLowerCase());
}
