// Which FtM schema a Scamgraph type becomes, and back. docs/interop.md holds the same tables in words; change both.
import type { NodeType, RelType } from '../../contract/vocabulary.ts';
import type { Schema } from '@alephdata/followthemoney';
import { isA } from './model.ts';

/** Export: the FtM schema of each node type (Scamgraph's exact type travels in the sidecar). */
export const EXPORT_SCHEMA: Record<NodeType, string> = {
  Person: 'Person', Official: 'Person', Organization: 'Organization', PublicBody: 'PublicBody',
  // A compound is a property with buildings: FtM's RealEstate, "a piece of land or property".
  Compound: 'RealEstate', Province: 'Address', Place: 'Address', Country: 'Address',
  // FtM has nothing for a kind of scam, nor for a claim: both go out as Notes, readable in Aleph.
  ScamType: 'Note', Event: 'Event', Allegation: 'Note',
  // Document requires a file name, which a cited article does not have; Article is the Document that does not.
  Source: 'Article',
};

/**
 * Import: FtM thing schemata -> node types, tried in this order by ancestry (`isA`), so Company lands on
 * Organization and HyperText on Source. A schema matching none (Vessel, Position, Note, or one the model lacks)
 * is kept as an Organization with `kind` naming the schema, and a notice says so.
 */
export const IMPORT_TYPES: ReadonlyArray<[string, NodeType]> = [
  ['Person', 'Person'], ['PublicBody', 'PublicBody'], ['Organization', 'Organization'], ['LegalEntity', 'Organization'],
  ['Address', 'Place'], ['RealEstate', 'Compound'], ['Event', 'Event'], ['Document', 'Source'],
];
export const GENERIC_TYPE: NodeType = 'Organization';

/** Import: interval schemata with an edge -> relationship types; unlisted edges become LINKED_TO with FtM's label as kind. */
export const IMPORT_RELS: Readonly<Record<string, RelType>> = { Directorship: 'LEADS', Membership: 'MEMBER_OF' };

export function importTypeOf(schema: Schema | undefined): NodeType | undefined {
  return schema ? IMPORT_TYPES.find(([name]) => isA(schema, name))?.[1] : undefined;
}

/** "CONDUCTED_IN" -> "conducted in": the words a relationship type says, for FtM's free-text role. */
export const relWords = (type: string): string => type.toLowerCase().replace(/_/g, ' ');

/** "RealEstate" -> "real estate", the `kind` of an entity kept under the generic type. */
export const schemaWords = (name: string): string => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
