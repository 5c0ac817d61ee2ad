// Cytoscape JSON (.cyjs), the format Cytoscape desktop opens: elements with data, and node positions.
import type { ExportGraph } from './model.ts';

export function toCyjs(graph: ExportGraph): string {
  const doc = {
    format_version: '1.0',
    generated_by: 'scamgraph',
    target_cytoscapejs_version: '~3.34',
    data: { name: 'Scamgraph view', note: 'Allegations are claims: read status, credibility and sources before relying on any link.' },
    elements: {
      nodes: graph.nodes.map(({ x, y, ...n }) => ({
        data: { ...n, name: n.label, shared_name: n.label },
        ...(x !== undefined && y !== undefined ? { position: { x, y } } : {}),
      })),
      edges: graph.edges.map((e) => ({ data: { ...e, interaction: e.type, shared_interaction: e.type, name: `${e.source} (${e.type}) ${e.target}` } })),
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
