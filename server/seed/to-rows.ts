// Seed records -> the rows that cypher/seed-nodes.cypher and seed-relationships.cypher write.
import { nodeLabels, type NodeType, type RelType } from '../contract/vocabulary.ts';
import type { SeedData } from './read-files.ts';
import type { SeedAllegation } from './schema.ts';

export interface NodeRow { id: string; labels: string[]; props: Record<string, unknown> }
export interface RelRow { id: string; type: RelType; from: string; to: string; props: Record<string, unknown> }

const labelsOf = (type: NodeType) => ['Entity', ...nodeLabels[type]];
const relId = (type: string, from: string, to: string) => `${type}:${from}:${to}`;

export function toNodeRows(data: SeedData): NodeRow[] {
  const { dataset } = data;
  const sources = data.sources.map((s): NodeRow => ({
    id: s.id,
    labels: labelsOf('Source'),
    props: {
      id: s.id, type: 'Source', name: s.title, aliases: [], description: s.description, dataset,
      // A source we hold is its own evidence; one known only as cited rests on the source citing it.
      sources: s.held ? [s.id] : s.citedBy,
      publisher: s.publisher, author: s.author, kind: s.kind, reliability: s.reliability,
      reliabilityNote: s.reliabilityNote, url: s.url, publishedOn: s.publishedOn, held: s.held, citedBy: s.citedBy,
    },
  }));
  const nodes = data.nodes.map((n): NodeRow => ({
    id: n.id,
    labels: labelsOf(n.type),
    props: { ...n.properties, id: n.id, type: n.type, name: n.name, aliases: n.aliases, description: n.description, dataset, sources: n.sources, named: n.named },
  }));
  const allegations = data.allegations.map((a): NodeRow => ({
    id: a.id,
    labels: labelsOf('Allegation'),
    props: {
      id: a.id, type: 'Allegation', name: a.name, aliases: [], description: a.summary, dataset,
      sources: citedSources(a), category: a.category, isOpinion: a.isOpinion, status: a.status,
      statusHistoryJson: JSON.stringify(a.statusHistory), credibility: a.credibility, credibilityNote: a.credibilityNote,
      assertedOn: a.assertedOn, conductPeriod: a.conductPeriod, quote: a.quote ?? null,
    },
  }));
  return [...sources, ...nodes, ...allegations];
}

const citedSources = (a: SeedAllegation) => [...new Set(a.citedIn.map((c) => c.source))];

export function toRelationshipRows(data: SeedData): RelRow[] {
  const rows: RelRow[] = [];
  const add = (type: RelType, from: string, to: string, props: Record<string, unknown>) =>
    rows.push({ id: relId(type, from, to), type, from, to, props: { ...props, id: relId(type, from, to) } });

  for (const s of data.sources) {
    for (const citer of s.citedBy) add('CITES', citer, s.id, { status: 'reported', sources: [citer] });
  }
  for (const r of data.relationships) add(r.type, r.from, r.to, { ...r.properties, status: r.status, sources: r.sources });
  for (const a of data.allegations) {
    // The parts of an allegation rest on the same sources as the allegation itself.
    const evidence = { status: a.status, sources: citedSources(a) };
    a.madeBy.forEach((id) => add('MADE_BY', a.id, id, evidence));
    a.against.forEach((id) => add('AGAINST', a.id, id, evidence));
    a.concerns.forEach((id) => add('CONCERNS', a.id, id, evidence));
    a.citedIn.forEach((c) => add('CITED_IN', a.id, c.source, { note: c.note, status: a.status, sources: [c.source] }));
    a.respondsTo.forEach((r) => add(r.stance === 'supports' ? 'SUPPORTS' : 'RESPONDS_TO', a.id, r.allegation, { stance: r.stance, ...evidence }));
  }
  return rows;
}
