// "Download for class": a tour, or the current view, as one self-contained HTML file.
import { saveText } from '../../explore/export/download.ts';
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '@contract/graph.ts';
import { edgeElement, nodeElement } from '../../cy/elements.ts';
import { graphStyle } from '../../cy/style.ts';
import { getStepGraph, getTour } from '../classroom-api.ts';
import { classroomRules } from '../cy-style.ts';
import { renderMarkdown } from '../markdown.ts';
import { slugify } from '../tours/draft.ts';
import { offlinePage, type OfflineData } from './page.ts';

export interface OfflineFile {
  filename: string;
  html: string;
}

/**
 * Cytoscape's minified build (~430 kB) and the player, loaded only when someone downloads. The file is
 * named by path: cytoscape's package exports list dist/cytoscape.min.js for `require` only, so the bare
 * `cytoscape/dist/cytoscape.min.js?raw` does not resolve in Vite.
 */
async function scripts(): Promise<[string, string]> {
  const [library, player] = await Promise.all([
    import('../../../node_modules/cytoscape/dist/cytoscape.min.js?raw'),
    import('./offline-player.js?raw'),
  ]);
  return [library.default, player.default];
}

const style = (): unknown[] => [...graphStyle(), ...classroomRules];

export async function tourFile(id: string): Promise<OfflineFile> {
  const tour = await getTour(id);
  const graphs = await Promise.all(tour.steps.map((_, i) => getStepGraph(id, i)));
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const g of graphs) {
    g.nodes.forEach((n) => nodes.set(n.id, n));
    g.edges.forEach((e) => edges.set(e.id, e));
  }
  const elements: ElementDefinition[] = [
    ...[...nodes.values()].map((n) => nodeElement(n)),
    ...[...edges.values()].map((e) => edgeElement(e, (nid) => nodes.get(nid))),
  ];
  const data: OfflineData = {
    title: tour.title,
    subtitle: `${tour.steps.length} steps`,
    positioned: false,
    elements,
    style: style(),
    steps: tour.steps.map((s, i) => ({
      title: s.title, narrationHtml: renderMarkdown(s.narration), question: s.question,
      nodes: graphs[i]!.nodes.map((n) => n.id), edges: graphs[i]!.edges.map((e) => e.id), highlight: s.highlight, camera: s.camera,
    })),
  };
  const [library, player] = await scripts();
  return { filename: `${slugify(tour.title) || 'tour'}.html`, html: offlinePage(data, library, player) };
}

/** What the canvas shows, where it shows it: one step, laid out as on screen, measures' sizes and colours included. */
export async function viewFile(cy: Core, title = 'Scamgraph view'): Promise<OfflineFile> {
  const shown = cy.elements(':visible');
  if (shown.empty()) throw new Error('The canvas is empty: draw something first.');
  const elements = shown.map((el) => {
    const json = el.json() as ElementDefinition;
    return { group: json.group, data: json.data, position: el.isNode() ? { ...el.position() } : undefined, classes: el.classes().filter((c) => c.startsWith('cls-')).join(' ') };
  });
  const data: OfflineData = {
    title,
    subtitle: `saved ${new Date().toISOString().slice(0, 10)}`,
    positioned: true,
    elements,
    style: style(),
    steps: [{
      title, narrationHtml: '', question: '',
      nodes: shown.nodes().map((n) => n.id()), edges: shown.edges().map((e) => e.id()),
      highlight: cy.nodes(':selected').map((n) => n.id()), camera: { fit: true },
    }],
  };
  const [library, player] = await scripts();
  return { filename: 'scamgraph-view.html', html: offlinePage(data, library, player) };
}

export function saveFile({ filename, html }: OfflineFile): void {
  saveText(filename, html, 'text/html');
}
