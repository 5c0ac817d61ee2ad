// The view -> the exchange model, so "export the view" runs the very writers a whole-dataset export runs
// (server/interop/, one writer per format). The view adds what a reader of the file needs beside the stored
// properties: each source's title and grade, positions and (GEXF) the canvas colours.
import { NodeType, nodeLabels } from '@contract/vocabulary.ts';
import { collectChunks, dumpOf, formatOf, type FormatName, type InteropNode, type InteropRel, type WriteOptions } from '../../../server/interop/formats.ts';
import type { ExportEdge, ExportGraph, ExportNode } from './model.ts';

type Rgb = { r: number; g: number; b: number };

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''));

function labelsOf(type: string): string[] {
  const known = NodeType.safeParse(type);
  return known.success ? ['Entity', ...nodeLabels[known.data]] : ['Entity'];
}

export function viewNode(n: ExportNode): InteropNode {
  return {
    id: n.id, labels: labelsOf(n.type),
    props: defined({
      id: n.id, name: n.label, type: n.type, status: n.status, category: n.category, credibility: n.credibility, isOpinion: n.isOpinion,
      reliability: n.reliability, description: n.description, dataset: n.dataset, sources: n.sources, sourceTitles: n.sourceTitles, sourceGrades: n.sourceGrades,
    }),
  };
}

export function viewEdge(e: ExportEdge): InteropRel {
  // An allegation drawn as a link (ALLEGES) is no stored relationship: its words travel as `kind`, as any link word does.
  const kind = e.kind ?? (e.type === 'ALLEGES' ? e.label : undefined);
  return {
    id: e.id, type: e.type, from: e.source, to: e.target,
    props: defined({ id: e.id, kind, status: e.status, category: e.category, credibility: e.credibility, allegation: e.allegation, sources: e.sources, sourceTitles: e.sourceTitles, sourceGrades: e.sourceGrades }),
  };
}

/** The view as one file of `format`: text, or bytes for the CSV zip. */
export async function viewFile(graph: ExportGraph, format: FormatName, options: WriteOptions & { colourOf?: (type: string) => Rgb | undefined } = {}): Promise<string | Uint8Array> {
  const positions = new Map(graph.nodes.flatMap((n) => (n.x !== undefined && n.y !== undefined ? [[n.id, { x: Math.round(n.x * 10) / 10, y: Math.round(n.y * 10) / 10 }] as const] : [])));
  const colours = new Map(graph.nodes.flatMap((n) => {
    const c = options.colourOf?.(n.type);
    return c ? [[n.id, c] as const] : [];
  }));
  const dump = dumpOf('view', graph.nodes.map(viewNode), graph.edges.map(viewEdge));
  return collectChunks(formatOf(format).write(dump, { ...options, positions, colours }));
}
