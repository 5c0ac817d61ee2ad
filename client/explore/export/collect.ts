// Gathers what is on screen into an ExportGraph: each drawn element with its data and the provenance the store holds.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { GraphEdge, GraphNode, SourceSummary } from '@contract/graph.ts';
import { edgeAllegationStatus } from '../../cy/elements.ts';
import { relLabel } from '../../wording.ts';
import { drawnGraph } from '../visible.ts';
import type { ExportEdge, ExportGraph, ExportNode } from './model.ts';

export interface ExportData {
  node(id: string): GraphNode | undefined;
  edge(id: string): GraphEdge | undefined;
  source(id: string): SourceSummary | undefined;
}

function provenance(ids: string[], data: ExportData): Pick<ExportNode, 'sources' | 'sourceTitles' | 'sourceGrades'> {
  return {
    sources: ids,
    sourceTitles: ids.map((id) => data.source(id)?.title ?? id),
    sourceGrades: ids.map((id) => data.source(id)?.reliability ?? '?'),
  };
}

function exportNode(el: NodeSingular, data: ExportData): ExportNode {
  const n = data.node(el.id());
  const at = el.position();
  return {
    id: el.id(), label: n?.name ?? String(el.data('label')), type: n?.type ?? String(el.data('type')),
    status: n?.status, category: n?.category, credibility: n?.credibility, isOpinion: n?.type === 'Allegation' ? n.isOpinion === true : undefined,
    reliability: n?.reliability ?? (n?.type === 'Source' ? data.source(n.id)?.reliability : undefined),
    description: n?.description || undefined, dataset: n?.dataset || undefined,
    ...provenance(n?.sources ?? [], data), x: at.x, y: at.y,
  };
}

function exportEdge(el: EdgeSingular, data: ExportData): ExportEdge {
  const base = { id: el.id(), source: el.source().id(), target: el.target().id() };
  if (el.data('derived')) {
    // An allegation drawn as a link carries the allegation's own status, grade and sources.
    const claim = data.node(String(el.data('allegation')));
    return {
      ...base, type: 'ALLEGES', label: String(el.data('label')), status: claim?.status, category: claim?.category,
      credibility: claim?.credibility, allegation: claim?.id, ...provenance(claim?.sources ?? [], data),
    };
  }
  const e = data.edge(el.id());
  if (!e) return { ...base, type: String(el.data('type')), label: String(el.data('label')), ...provenance([], data) };
  // An imported link word ("friend of") is the link's own label, not the type's generic "linked to".
  const kind = typeof e.properties.kind === 'string' && e.properties.kind ? e.properties.kind : undefined;
  return {
    ...base, type: e.type, label: kind ?? relLabel(e.type), ...(kind ? { kind } : {}), status: edgeAllegationStatus(e, data.node) ?? e.status, ...provenance(e.sources, data),
  };
}

/** Drawn means on screen, faded ones included; hidden and folded-away elements are left out. */
export function collectExport(cy: Core, data: ExportData): ExportGraph {
  const drawn = drawnGraph(cy);
  return {
    nodes: drawn.nodes().map((n) => exportNode(n, data)),
    edges: drawn.edges().map((e) => exportEdge(e, data)),
  };
}
