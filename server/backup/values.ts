// Neo4j property values <-> JSON, losslessly, for backup files and the content hash.
//
// Why this module knows Neo4j types (elsewhere only server/db/ does): a backup must keep every value exactly, and
// the app's driver turns integers into JS numbers (server/db/driver.ts), which loses those beyond 2^53 and cannot
// tell 3 from 3.0. Backups read with a lossless driver (connection.ts) and encode here:
//   string, boolean      as themselves
//   integer              a JSON number when safe, else {"#int": "<decimal>"}
//   float                {"#f": <number>} or {"#f": "NaN" | "Infinity" | "-Infinity" | "-0"}
//   list                 a JSON array of encoded items
//   bytes                {"#bytes": "<base64>"}
//   date, time, ...      {"#date": "..."} etc.: the ISO text Cypher's own date() etc. parse back, plus the zone id
//   point                {"#point": [srid, x, y] | [srid, x, y, z]} (coordinates as encoded floats)
//   duration             {"#duration": [months, days, seconds, nanoseconds]} (decimal strings)
// A property value is never a map in Neo4j, so any JSON object here is one of these tags.
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime, type Integer } from 'neo4j-driver';

export type Encoded = string | number | boolean | Encoded[] | { [tag: string]: unknown };

export class ValueError extends Error {}

const text = (v: unknown) => String(v);

function encodeFloat(x: number): Encoded {
  if (Number.isNaN(x)) return { '#f': 'NaN' };
  if (x === Infinity) return { '#f': 'Infinity' };
  if (x === -Infinity) return { '#f': '-Infinity' };
  if (Object.is(x, -0)) return { '#f': '-0' };
  return { '#f': x };
}

function decodeFloat(v: unknown): number {
  if (typeof v === 'number') return v;
  switch (v) {
    case 'NaN': return NaN;
    case 'Infinity': return Infinity;
    case '-Infinity': return -Infinity;
    case '-0': return -0;
  }
  throw new ValueError(`not a float: ${JSON.stringify(v)}`);
}

/** One property value as read by a driver with lossless integers. */
export function encodeValue(v: unknown): Encoded {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  // With lossless integers on, a JS number is always a Cypher FLOAT.
  if (typeof v === 'number') return encodeFloat(v);
  if (isInt(v)) {
    const i = v as Integer;
    return i.inSafeRange() ? i.toNumber() : { '#int': i.toString() };
  }
  if (Array.isArray(v)) return v.map(encodeValue);
  if (v instanceof Int8Array) return { '#bytes': Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  if (isPoint(v)) {
    const coords = [v.x, v.y, ...(v.z === undefined ? [] : [v.z])].map((c) => encodeFloat(Number(c)));
    return { '#point': [Number(text(v.srid)), ...coords] };
  }
  if (isDuration(v)) return { '#duration': [v.months, v.days, v.seconds, v.nanoseconds].map(text) };
  // The driver's toString() is ISO 8601, which Cypher's temporal functions read back; the zone id travels apart.
  if (isDateTime(v)) return { '#datetime': v.toString(), ...(v.timeZoneId ? { zone: v.timeZoneId } : {}) };
  if (isLocalDateTime(v)) return { '#localdatetime': v.toString() };
  if (isDate(v)) return { '#date': v.toString() };
  if (isTime(v)) return { '#time': v.toString() };
  if (isLocalTime(v)) return { '#localtime': v.toString() };
  throw new ValueError(`a value of a kind this backup format does not know: ${Object.prototype.toString.call(v)}`);
}

export function encodeProperties(props: Record<string, unknown>): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  for (const key of Object.keys(props).sort()) out[key] = encodeValue(props[key]);
  return out;
}

const num = (v: unknown) => {
  if (typeof v !== 'string' || !/^-?\d+$/.test(v)) throw new ValueError(`not an integer: ${JSON.stringify(v)}`);
  return neo4j.int(v);
};

/** ISO text -> the driver's temporal classes, via the components the text spells out. */
function parseTemporal(tag: string, s: unknown, zone?: unknown): unknown {
  if (typeof s !== 'string') throw new ValueError(`${tag}: not text`);
  const date = /^([+-]?\d{4,9})-(\d{2})-(\d{2})/.exec(s);
  const time = /(?:^|T)(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}(?::\d{2})?)?/.exec(tag === '#date' ? '' : s);
  const ns = (t: RegExpExecArray) => Number((t[4] ?? '').padEnd(9, '0'));
  const offset = (o: string | undefined) => {
    if (!o || o === 'Z') return 0;
    const [h, m, sec] = o.slice(1).split(':').map(Number);
    return (o[0] === '-' ? -1 : 1) * ((h! * 60 + m!) * 60 + (sec ?? 0));
  };
  const T = neo4j.types;
  if (tag === '#date' && date) return new T.Date(Number(date[1]), Number(date[2]), Number(date[3]));
  if (time) {
    const [h, m, sec] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
    if (tag === '#localtime') return new T.LocalTime(h, m, sec, ns(time));
    if (tag === '#time') return new T.Time(h, m, sec, ns(time), offset(time[5]));
    if (date && tag === '#localdatetime') return new T.LocalDateTime(Number(date[1]), Number(date[2]), Number(date[3]), h, m, sec, ns(time));
    if (date && tag === '#datetime') {
      const args = [Number(date[1]), Number(date[2]), Number(date[3]), h, m, sec, ns(time)] as const;
      // A zoned value is rebuilt from its zone id with the offset it had (kept in the text), so no rule change moves it.
      return typeof zone === 'string' ? new T.DateTime(...args, offset(time[5]), zone) : new T.DateTime(...args, offset(time[5]));
    }
  }
  throw new ValueError(`${tag}: cannot read ${JSON.stringify(s)}`);
}

/** Encoded JSON -> a driver parameter value that Neo4j stores as exactly what was backed up. */
export function decodeValue(v: unknown): unknown {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new ValueError(`an untagged number must be a safe integer: ${v}`);
    return neo4j.int(v);
  }
  if (Array.isArray(v)) return v.map(decodeValue);
  if (v === null || typeof v !== 'object') throw new ValueError(`not a property value: ${JSON.stringify(v)}`);
  const o = v as Record<string, unknown>;
  const [tag] = Object.keys(o);
  switch (tag) {
    case '#int': return num(o[tag]);
    case '#f': return decodeFloat(o[tag]);
    case '#bytes': {
      if (typeof o[tag] !== 'string') throw new ValueError('#bytes: not base64 text');
      const b = Buffer.from(o[tag] as string, 'base64');
      return new Int8Array(b.buffer, b.byteOffset, b.byteLength);
    }
    case '#point': {
      const p = o[tag];
      if (!Array.isArray(p) || p.length < 3 || p.length > 4 || !Number.isInteger(p[0])) throw new ValueError('#point: want [srid, x, y(, z)]');
      const [x, y, z] = p.slice(1).map((c) => decodeFloat((c as { '#f'?: unknown })?.['#f']));
      return new neo4j.types.Point(neo4j.int(p[0] as number), x!, y!, z);
    }
    case '#duration': {
      const d = o[tag];
      if (!Array.isArray(d) || d.length !== 4) throw new ValueError('#duration: want [months, days, seconds, nanoseconds]');
      const [months, days, seconds, nanos] = d.map(num);
      return new neo4j.types.Duration(months!, days!, seconds!, nanos!);
    }
    case '#datetime': return parseTemporal(tag, o[tag], o.zone);
    case '#localdatetime':
    case '#date':
    case '#time':
    case '#localtime':
      return parseTemporal(tag, o[tag]);
  }
  throw new ValueError(`unknown value tag ${JSON.stringify(tag)}`);
}

export function decodeProperties(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) out[key] = decodeValue(value);
  return out;
}
