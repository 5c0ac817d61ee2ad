// The controlled vocabulary of the data model: shared by the seed, the API and the client.
import { z } from 'zod';

/** Most specific type of a node; its Neo4j labels are derived from it (see nodeLabels). */
export const NodeType = z.enum([
  'Person', 'Official', 'Organization', 'PublicBody', 'Compound', 'Province', 'Place',
  'Country', 'ScamType', 'Event', 'Source', 'Allegation',
]);
export type NodeType = z.infer<typeof NodeType>;

/** Extra labels a type carries: an Official is a Person, a PublicBody an Organization. */
export const nodeLabels: Record<NodeType, readonly string[]> = {
  Person: ['Person'], Official: ['Person', 'Official'],
  Organization: ['Organization'], PublicBody: ['Organization', 'PublicBody'],
  Compound: ['Compound'], Province: ['Province'], Place: ['Place'], Country: ['Country'],
  ScamType: ['ScamType'], Event: ['Event'], Source: ['Source'], Allegation: ['Allegation'],
};

/** Where an allegation stands. Only a source reporting a finding moves it past `alleged`. */
export const AllegationStatus = z.enum([
  'alleged', 'denied', 'disputed', 'corroborated', 'officially_confirmed',
  'charged', 'convicted', 'acquitted', 'retracted',
]);
export type AllegationStatus = z.infer<typeof AllegationStatus>;

export const AllegationCategory = z.enum([
  'complicity_collusion', 'corruption', 'trafficking', 'forced_labour', 'torture', 'fraud',
  'characterisation', 'estimate', 'call_for_reform',
]);
export type AllegationCategory = z.infer<typeof AllegationCategory>;

/** Admiralty scale, information credibility: 1 confirmed .. 5 improbable, 6 cannot be judged. */
export const Credibility = z.number().int().min(1).max(6);

/** Admiralty scale, source reliability: A reliable .. E unreliable, F cannot be judged. */
export const Reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type Reliability = z.infer<typeof Reliability>;

export const SourceKind = z.enum(['article', 'report', 'court_record', 'official_statement', 'estimate', 'interview', 'reference']);

/** Relationship types. Allegation edges link a claim to its parties; the rest are sourced facts. */
export const RelType = z.enum([
  // allegation structure
  'MADE_BY', 'AGAINST', 'CONCERNS', 'CITED_IN', 'RESPONDS_TO', 'SUPPORTS',
  // factual, each with sources[]
  'LEADS', 'MEMBER_OF', 'PART_OF', 'LOCATED_IN', 'OPERATES', 'CONDUCTED', 'ORDERED',
  'CONDUCTED_IN', 'DETAINED', 'TARGETED', 'USES_SCHEME', 'PRECEDED', 'PUBLISHED_BY',
  'AUTHORED', 'CITES', 'TOOK_PART_IN',
  // a link of a kind the vocabulary does not name, e.g. from an imported teaching network; its kind is a property
  'LINKED_TO',
  // cross-referencing: a person decided these two entities of different datasets are one; a recorded link, never a merge
  'SAME_AS',
]);
export type RelType = z.infer<typeof RelType>;

export const ALLEGATION_REL_TYPES: readonly RelType[] = ['MADE_BY', 'AGAINST', 'CONCERNS', 'CITED_IN', 'RESPONDS_TO', 'SUPPORTS'];
