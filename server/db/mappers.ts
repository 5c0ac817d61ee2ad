// Neo4j values -> the plain shapes of server/contract. Nothing past this file sees a Neo4j type.
import { isDate, isDateTime, isLocalDateTime, isNode, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode, SourceSummary } from '../contract/graph.ts';

/** Fields lifted out of `properties` into their own place in GraphNode. */
const CORE = new Set(['id', 'type', 'name', 'aliases', 'aliasText', 'description', 'dataset', 'sources',
  'status', 'category', 'credibility', 'isOpinion', 'reliability']);

/** Lists of records can't be Neo4j properties, so the seed stores them as JSON in `<name>Json`. */
function decodeProperties(props: Record<string, unknown>, skip: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (skip.has(key)) continue;
    if (key.endsWith('Json') && typeof value === 'string') out[key.slice(0, -4)] = JSON.parse(value);
    // Temporal values (e.g. updatedAt) travel as ISO text, not as driver objects.
    else if (value && typeof value === 'object' && (isDateTime(value) || isDate(value) || isLocalDateTime(value))) out[key] = String(value);
    else out[key] = value;
  }
  return out;
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function toGraphNode(node: Node): GraphNode {
  const p = node.properties as Record<string, unknown>;
  const out: GraphNode = {
    id: str(p.id),
    type: str(p.type) as GraphNode['type'],
    labels: node.labels.filter((l) => l !== 'Entity'),
    name: str(p.name),
    aliases: strs(p.aliases),
    description: str(p.description),
    dataset: str(p.dataset),
    sources: strs(p.sources),
    properties: decodeProperties(p, CORE),
  };
  if (p.type === 'Allegation') {
    out.status = p.status as GraphNode['status'];
    out.category = p.category as GraphNode['category'];
    out.credibility = p.credibility as number;
    out.isOpinion = p.isOpinion === true;
  }
  if (p.type === 'Source') out.reliability = p.reliability as GraphNode['reliability'];
  return out;
}

export function toGraphEdge(rel: Relationship, source: string, target: string): GraphEdge {
  const p = rel.properties as Record<string, unknown>;
  return {
    id: str(p.id),
    type: rel.type as GraphEdge['type'],
    source,
    target,
    status: typeof p.status === 'string' ? p.status : undefined,
    sources: strs(p.sources),
    properties: decodeProperties(p, new Set(['id', 'status', 'sources'])),
  };
}

export function toSourceSummary(node: Node): SourceSummary {
  const p = node.properties as Record<string, unknown>;
  return {
    id: str(p.id),
    title: str(p.name),
    publisher: str(p.publisher, 'unknown'),
    kind: str(p.kind, 'article'),
    reliability: str(p.reliability, 'F') as SourceSummary['reliability'],
    url: typeof p.url === 'string' ? p.url : null,
    publishedOn: typeof p.publishedOn === 'string' ? p.publishedOn : null,
    held: p.held === true,
    citedBy: strs(p.citedBy),
  };
}

/** Narrowing helpers for record values, so services never touch driver classes. */
export function asNode(value: unknown): Node {
  if (!isNode(value as object)) throw new TypeError('expected a node');
  return value as Node;
}

export function asRelationship(value: unknown): Relationship {
  if (!isRelationship(value as object)) throw new TypeError('expected a relationship');
  return value as Relationship;
}
