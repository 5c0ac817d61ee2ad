// Turns rows of any shape into a plain table and the graph they contain (nodes, relationships, paths).
import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime, type Node, type Relationship } from 'neo4j-driver';
import type { Row } from './run.ts';

export interface FoundGraph {
  nodes: Map<string, Node>;
  relationships: Map<string, Relationship>;
  /** Names of virtual nodes met so far (elementId -> name), to write virtual relationships between them. */
  virtual?: Map<string, string>;
}

/**
 * Procedures such as db.schema.visualization() return virtual nodes and relationships: made up for the answer,
 * stored nowhere, with negative ids (so an elementId like "-114") and none of an entity's fields. They are shown
 * in the table (a node by its name, a relationship as a pattern) and kept out of the graph, which holds only
 * stored entities with their evidence; fetching their "missing" endpoints by element id could never succeed.
 */
const isVirtual = (element: { elementId: string }): boolean => /^-\d+$/.test(element.elementId);

const summary = (n: Node) => ({ id: n.properties.id ?? n.elementId, name: n.properties.name ?? null, type: n.properties.type ?? n.labels[0] ?? null });

/** A value as plain JSON; graph elements are collected into `found` and shown as short summaries. */
export function plainValue(value: unknown, found: FoundGraph): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value as object)) return (value as { toNumber(): number }).toNumber();
  if (isNode(value as object)) {
    const n = value as Node;
    if (isVirtual(n)) (found.virtual ??= new Map()).set(n.elementId, String(n.properties.name ?? n.labels[0] ?? n.elementId));
    else found.nodes.set(n.elementId, n);
    return summary(n);
  }
  if (isRelationship(value as object)) {
    const r = value as Relationship;
    if (isVirtual(r)) {
      const end = (id: string) => found.virtual?.get(id) ?? id;
      return `(:${end(r.startNodeElementId)})-[:${r.type}]->(:${end(r.endNodeElementId)})`;
    }
    found.relationships.set(r.elementId, r);
    return { type: r.type, id: r.properties.id ?? r.elementId };
  }
  if (isPath(value as object)) {
    const p = value as unknown as { start: Node; segments: { start: Node; relationship: Relationship; end: Node }[] };
    plainValue(p.start, found);
    return [summary(p.start), ...p.segments.flatMap((s) => [pathHop(s, found), plainValue(s.end, found)])];
  }
  const v = value as object;
  if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isTime(v) || isLocalTime(v) || isDuration(v) || isPoint(v)) return String(value);
  if (Array.isArray(value)) return value.map((x) => plainValue(x, found));
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, plainValue(x, found)]));
  return value;
}

/**
 * A relationship as a step of a path, with the way it points in the path's reading order: a path walked against
 * a relationship ("crackdown <-[ORDERED]- Hun Manet") must not read as if the crackdown ordered Hun Manet.
 */
function pathHop(segment: { start: Node; relationship: Relationship }, found: FoundGraph): { type: string; id: unknown; direction: 'forward' | 'backward' } {
  const r = segment.relationship;
  found.relationships.set(r.elementId, r);
  const direction = r.startNodeElementId === segment.start.elementId ? 'forward' : 'backward';
  return { type: r.type, id: r.properties.id ?? r.elementId, direction };
}

export function tableOf(columns: string[], rows: Row[]): { table: unknown[][]; found: FoundGraph } {
  const found: FoundGraph = { nodes: new Map(), relationships: new Map(), virtual: new Map() };
  return { table: rows.map((row) => columns.map((c) => plainValue(row[c], found))), found };
}

/** Element ids of relationship endpoints that the rows did not return themselves. */
export function missingEndpoints(found: FoundGraph): string[] {
  const ids = new Set<string>();
  for (const r of found.relationships.values()) {
    for (const end of [r.startNodeElementId, r.endNodeElementId]) if (!found.nodes.has(end)) ids.add(end);
  }
  return [...ids];
}
