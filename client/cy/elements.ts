// Turns API nodes and edges into Cytoscape element data (labels and the flags the stylesheet keys on).
import { sameAsWords } from '../xref/same-as-words.ts';
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '@contract/graph.ts';
import { AllegationStatus } from '@contract/vocabulary.ts';
import { categoryLabel, relLabel, statusLabel } from '../wording.ts';
import { statusGroup } from './palette.ts';
import { datasetSuffix } from '../panels/dataset-marker.ts';

const CLAIM_LINKS = new Set(['MADE_BY', 'AGAINST', 'CONCERNS', 'RESPONDS_TO', 'SUPPORTS']);

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function nodeLabel(node: GraphNode): string {
  // A node from outside the curated graph names its dataset on a line of its own, so copies never pass for the original.
  const suffix = datasetSuffix(node.dataset);
  const label = baseLabel(node);
  return suffix ? `${label}\n${shorten(suffix, 42)}` : label;
}

function baseLabel(node: GraphNode): string {
  if (node.type !== 'Allegation') return shorten(node.name, 42);
  // The status leads the label so that nobody reads a claim on the canvas as a fact.
  const status = node.status ? statusLabel[node.status] : 'ALLEGATION';
  // An opinion is not "alleged": it reads as what it is ("OPINION · characterisation"), plus any status it moved to.
  const opinionHead = (): string => ['OPINION', node.category ? categoryLabel[node.category].toLowerCase() : null, node.status && node.status !== 'alleged' ? status : null]
    .filter((w): w is string => w !== null).join(' · ');
  const head = node.isOpinion ? opinionHead() : status;
  return `${head}\n${shorten(node.name, 60)}`;
}

export function nodeElement(node: GraphNode, position?: { x: number; y: number }): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: node.id,
      label: nodeLabel(node),
      type: node.type,
      status: node.status ?? '',
      statusGroup: node.status ? statusGroup[node.status] : '',
      opinion: node.isOpinion === true,
      dataset: node.dataset,
      outside: datasetSuffix(node.dataset) !== null,
    },
    ...(position ? { position: { ...position } } : {}),
  };
}

/** The allegation status an edge speaks for: its own, else that of the allegation it hangs off. */
export function edgeAllegationStatus(edge: GraphEdge, nodeById: (id: string) => GraphNode | undefined): AllegationStatus | undefined {
  const own = AllegationStatus.safeParse(edge.status);
  if (own.success) return own.data;
  for (const end of [edge.source, edge.target]) {
    const node = nodeById(end);
    if (node?.type === 'Allegation' && node.status) return node.status;
  }
  return undefined;
}

export function edgeElement(edge: GraphEdge, nodeById: (id: string) => GraphNode | undefined): ElementDefinition {
  const claimLink = CLAIM_LINKS.has(edge.type);
  const status = claimLink ? edgeAllegationStatus(edge, nodeById) : undefined;
  const group = status ? statusGroup[status] : undefined;
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      // A same-as link is a person's decision and says so: "same as — decided by NAME on DATE".
      label: edge.type === 'SAME_AS' ? sameAsWords(edge) : relLabel(edge.type),
      allegationEdge: claimLink,
      dashed: group === 'claimed',
      contested: group === 'contested',
    },
  };
}
