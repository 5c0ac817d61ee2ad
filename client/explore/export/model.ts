// What an export holds: the drawn nodes and lines with their provenance (sources, grades, status), format-free.
export interface ExportNode {
  id: string;
  label: string;
  type: string;
  status?: string;
  category?: string;
  credibility?: number;
  isOpinion?: boolean;
  /** A Source node's own reliability grade (A..F). */
  reliability?: string;
  description?: string;
  dataset?: string;
  sources: string[];
  sourceTitles: string[];
  /** Reliability grade of each source, in the order of sources. */
  sourceGrades: string[];
  x?: number;
  y?: number;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  status?: string;
  category?: string;
  credibility?: number;
  /** For an allegation drawn as a link: the allegation it stands for. */
  allegation?: string;
  sources: string[];
  sourceTitles: string[];
  sourceGrades: string[];
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** Attribute declarations shared by GraphML and GEXF, so the two formats carry the same columns. */
export const NODE_ATTRS = [
  ['type', 'string'], ['status', 'string'], ['category', 'string'], ['credibility', 'integer'], ['isOpinion', 'boolean'],
  ['reliability', 'string'], ['description', 'string'], ['dataset', 'string'], ['sources', 'string'], ['sourceTitles', 'string'], ['sourceGrades', 'string'],
] as const;

export const EDGE_ATTRS = [
  ['type', 'string'], ['status', 'string'], ['category', 'string'], ['credibility', 'integer'], ['allegation', 'string'],
  ['sources', 'string'], ['sourceTitles', 'string'], ['sourceGrades', 'string'],
] as const;

export type AttrType = 'string' | 'integer' | 'boolean';

/** Lists travel as one string, joined with "; " (titles may hold commas). */
export const JOIN = '; ';

/** An attribute's value as text, or undefined when the element does not have it. */
export function attrText(el: ExportNode | ExportEdge, key: string): string | undefined {
  const value = (el as unknown as Record<string, unknown>)[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.length > 0 ? value.join(JOIN) : undefined;
  return String(value);
}
