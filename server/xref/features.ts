// What the cross-referencer reads of an entity: its names (aliases count as names), dates, countries and identifiers.
// Property names are FollowTheMoney's (an FtM import keeps them) with the common variants other imports use.
import { normaliseName, type NormalName } from './normalise.ts';

/** An entity as loaded for cross-referencing: plain values only. */
export interface XrefEntity {
  id: string;
  dataset: string;
  type: string;
  name: string;
  aliases: string[];
  properties: Record<string, unknown>;
}

/** Dates that identify: a person's birth, an organisation's founding. Compared as written (ISO dates or years). */
export const DATE_FIELDS = ['birthDate', 'dateOfBirth', 'incorporationDate', 'foundingDate'] as const;
export const COUNTRY_FIELDS = ['country', 'nationality', 'jurisdiction', 'citizenship'] as const;
/** Identifiers: an exact match is strong evidence on its own. */
export const ID_FIELDS = ['idNumber', 'registrationNumber', 'passportNumber', 'taxNumber', 'leiCode', 'wikidataId', 'identifiers'] as const;

export interface Features {
  entity: XrefEntity;
  names: NormalName[];
  dates: Map<string, string>;
  countries: Set<string>;
  /** Normalised identifier -> the field and value it came from. */
  ids: Map<string, { field: string; value: string }>;
}

const values = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).filter((x): x is string | number => typeof x === 'string' || typeof x === 'number').map(String).map((s) => s.trim()).filter(Boolean);

/** Identifiers are compared without spaces, dashes or case ("AB-123 45" = "ab12345"). */
export const normaliseId = (v: string): string => v.toUpperCase().replace(/[^A-Z0-9]/g, '');

export function featuresOf(entity: XrefEntity): Features {
  const names = [entity.name, ...entity.aliases].filter((n) => n.trim()).map(normaliseName).filter((n) => n.tokens.length > 0);
  const dates = new Map<string, string>();
  for (const f of DATE_FIELDS) {
    const [d] = values(entity.properties[f]);
    // dateOfBirth and birthDate are one fact under two names; foundingDate and incorporationDate likewise.
    if (d) dates.set(f === 'dateOfBirth' ? 'birthDate' : f === 'foundingDate' ? 'incorporationDate' : f, d);
  }
  const countries = new Set(COUNTRY_FIELDS.flatMap((f) => values(entity.properties[f])).map((c) => c.toLowerCase()));
  const ids = new Map<string, { field: string; value: string }>();
  for (const f of ID_FIELDS) for (const v of values(entity.properties[f])) if (normaliseId(v).length >= 4) ids.set(normaliseId(v), { field: f, value: v });
  return { entity, names, dates, countries, ids };
}

/** Types that can be one thing: a person is not an organisation; an official is a person; a public body an organisation. */
const FAMILY: Record<string, string> = { Person: 'person', Official: 'person', Organization: 'org', PublicBody: 'org' };
export const familyOf = (type: string): string => FAMILY[type] ?? type;

/** Sources and allegations are records of claims, not things that exist twice: never candidates. */
export const XREF_SKIPPED_TYPES: readonly string[] = ['Source', 'Allegation'];
