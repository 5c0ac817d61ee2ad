// The parts of the side panel every node has: heading, type, description, aliases, properties and the expand control.
import type { GraphNode } from '@contract/graph.ts';
import type { Paging } from '../state/graph-store.ts';
import { plural, typeLabel } from '../wording.ts';
import { definitionList, h, section } from './dom.ts';
import { typeSwatch } from './legend-swatch.ts';
import { datasetBadge, datasetWords } from './dataset-marker.ts';
import { isOutsideCurated } from '@contract/scope.ts';

/** camelCase and snake_case keys read as words. */
export function humanKey(key: string): string {
  const words = key.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(', ');
  return JSON.stringify(value);
}

export function propertyList(properties: Record<string, unknown>, skip: ReadonlySet<string> = new Set()): HTMLElement | null {
  const rows = Object.entries(properties)
    .filter(([key, value]) => !skip.has(key) && formatValue(value) !== '')
    .map(([key, value]): [string, string] => [humanKey(key), formatValue(value)]);
  return rows.length > 0 ? definitionList(rows) : null;
}

export function nodeHeading(node: GraphNode, headingId: string): HTMLElement {
  return h(
    'header',
    { class: 'panel-head' },
    h('p', { class: 'eyebrow' }, typeSwatch(node.type), h('span', { 'data-testid': 'panel-type' }, typeLabel[node.type]), datasetBadge(node.dataset)),
    h('h2', { id: headingId, 'data-testid': 'panel-title' }, node.name),
    node.aliases.length > 0 ? h('p', { class: 'aliases' }, `Also known as ${node.aliases.join(', ')}`) : null,
  );
}

export function description(node: GraphNode): HTMLElement | null {
  if (!node.description) return null;
  // Descriptions of allegations paraphrase a claim: label them so they cannot pass for the project's own finding.
  const lead = node.isOpinion ? 'What is said: ' : 'What is alleged: ';
  const prefix = node.type === 'Allegation' ? h('strong', {}, lead) : null;
  return h('p', { class: 'description' }, prefix, node.description);
}

/** Expand controls: first expansion, "N more neighbours — load next", or all shown. */
export function expandControls(node: GraphNode, paging: Paging | undefined, busy: boolean, onExpand: () => void): HTMLElement {
  const remaining = paging ? paging.total - paging.loaded : undefined;
  const done = remaining !== undefined && remaining <= 0;
  const label = busy
    ? 'Loading neighbours…'
    : paging === undefined
      ? 'Expand neighbours'
      : done
        ? 'All neighbours shown'
        : `${plural(remaining ?? 0, 'more neighbour')} — load next`;
  const button = h('button', {
    type: 'button',
    class: 'primary',
    'data-testid': 'expand-button',
    disabled: done || busy,
    'aria-keyshortcuts': 'Enter',
    onclick: onExpand,
  }, label);
  const hint = paging
    ? `${paging.loaded} of ${plural(paging.total, 'neighbour')} fetched.`
    : 'Double-click the node, or press Enter on the canvas, to expand it.';
  return h('div', { class: 'actions' }, button, h('p', { class: 'hint', 'data-testid': 'paging' }, hint));
}

export function propertiesSection(node: GraphNode, skip?: ReadonlySet<string>): HTMLElement | null {
  return section('Properties', 'panel-properties', propertyList(node.properties, skip));
}

export function datasetLine(node: GraphNode): HTMLElement | null {
  if (!node.dataset) return null;
  if (!isOutsideCurated(node.dataset)) return h('p', { class: 'dataset', 'data-testid': 'panel-dataset' }, `Dataset: ${node.dataset} · id ${node.id}`);
  // Said in words as well as the badge: this node is not part of the curated, sourced graph.
  return h('p', { class: 'dataset dataset-note', 'data-testid': 'panel-dataset' },
    `From the ${datasetWords(node.dataset)} (dataset ${node.dataset}), not the curated graph · id ${node.id}`);
}
