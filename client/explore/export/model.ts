// What an export holds: the drawn nodes and lines with their provenance (sources, grades, status), format-free;
// to-interop.ts turns it into the exchange model the shared writers (server/interop/) take.
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
  /** The link's own words when the vocabulary has no type for them (an imported "friend of"). */
  kind?: string;
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
