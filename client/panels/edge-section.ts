// Side-panel content for a selected edge: its type, ends, status, properties and sources.
import type { GraphEdge, GraphNode, SourceSummary } from '@contract/graph.ts';
import { AllegationStatus } from '@contract/vocabulary.ts';
import { edgeAllegationStatus } from '../cy/elements.ts';
import { statusGroup } from '../cy/palette.ts';
import { relLabel, statusLabel, statusMeaning } from '../wording.ts';
import { definitionList, h, section } from './dom.ts';
import { propertyList } from './node-section.ts';
import { sourcesByIds } from './source-list.ts';
import { sameAsWords } from '../xref/same-as-words.ts';
import { edgeActions } from '../edits/edge-actions.ts';

export interface EdgeContext {
  node(id: string): GraphNode | undefined;
  source(id: string): SourceSummary | undefined;
  nameOf(id: string): string;
  reveal(id: string): void;
}

/** One sentence that reads the edge aloud, worded so that claim links stay claims. */
function gloss(edge: GraphEdge, from: string, to: string): string {
  switch (edge.type) {
    case 'MADE_BY': return `The allegation is attributed to ${to}.`;
    case 'AGAINST': return `${to} is the party accused — this is an allegation, not an established fact.`;
    case 'CONCERNS': return `The allegation concerns ${to}.`;
    case 'CITED_IN': return `The allegation is reported in ${to}.`;
    case 'RESPONDS_TO': return `${from} responds to ${to}.`;
    case 'SUPPORTS': return `${from} is reported to support ${to}.`;
    // A person's cross-referencing decision, not a source's claim: said as such, with who and when.
    case 'SAME_AS': return `${from} and ${to} were recorded as one entity in two datasets (${sameAsWords(edge)}); nothing was merged.`;
    default: return `${from} ${relLabel(edge.type)} ${to}, as reported by the sources below.`;
  }
}

function endButton(id: string, ctx: EdgeContext): HTMLButtonElement {
  return h('button', { type: 'button', class: 'link-button', 'data-node-id': id, onclick: () => ctx.reveal(id) }, ctx.nameOf(id));
}

function statusBlock(edge: GraphEdge, ctx: EdgeContext): HTMLElement | null {
  const claim = edgeAllegationStatus(edge, ctx.node);
  const isClaimLink = ['MADE_BY', 'AGAINST', 'CONCERNS', 'CITED_IN', 'RESPONDS_TO', 'SUPPORTS'].includes(edge.type);
  if (isClaimLink && claim) {
    return h(
      'div',
      { class: 'allegation-summary', 'data-testid': 'edge-status', 'data-status': claim },
      h('p', { class: 'status-line' }, h('span', { class: `status-chip status-${statusGroup[claim]}` }, statusLabel[claim])),
      h('p', { class: 'status-meaning' }, statusMeaning[claim]),
    );
  }
  if (!edge.status) return null;
  const known = AllegationStatus.safeParse(edge.status);
  const words = known.success ? statusLabel[known.data] : edge.status.replace(/_/g, ' ');
  return definitionList([['Status', h('span', { 'data-testid': 'edge-status' }, words)]]);
}

export function edgeContent(edge: GraphEdge, ctx: EdgeContext, headingId: string): HTMLElement[] {
  const from = ctx.nameOf(edge.source);
  const to = ctx.nameOf(edge.target);
  const parts: Array<HTMLElement | null> = [
    h(
      'header',
      { class: 'panel-head' },
      h('p', { class: 'eyebrow' }, h('span', { 'data-testid': 'panel-type' }, 'Relationship')),
      h('h2', { id: headingId, 'data-testid': 'panel-title' }, relLabel(edge.type).toUpperCase()),
    ),
    h('p', { class: 'ends' }, endButton(edge.source, ctx), h('span', { class: 'arrow', 'aria-label': 'to' }, ' → '), endButton(edge.target, ctx)),
    h('p', { class: 'description' }, gloss(edge, from, to)),
    statusBlock(edge, ctx),
    section('Properties', 'panel-properties', propertyList(edge.properties)),
    section('Sources', 'panel-sources', sourcesByIds(edge.sources, ctx.source, ctx.nameOf)),
    // Edit and delete, for a role that may propose (registered by client/edits/mount-edits.ts).
    edgeActions(edge),
  ];
  return parts.filter((p): p is HTMLElement => p !== null);
}
