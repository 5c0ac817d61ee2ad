// Panel sections about claims: an allegation's status, grading and parties, and the allegations an entity is party to.
import { z } from 'zod';
import type { EntityDetail, GraphEdge, GraphNode } from '@contract/graph.ts';
import { AllegationStatus } from '@contract/vocabulary.ts';
import { statusGroup } from '../cy/palette.ts';
import { categoryLabel, credibilityText, statusLabel, statusMeaning } from '../wording.ts';
import { definitionList, h, section } from './dom.ts';
import { typeSwatch } from './legend-swatch.ts';

type Reveal = (id: string) => void;

export function statusChip(node: GraphNode): HTMLElement {
  const status = node.status;
  return h(
    'span',
    { class: `status-chip status-${status ? statusGroup[status] : 'unknown'}`, 'data-status': status ?? 'unknown' },
    status ? statusLabel[status] : 'STATUS UNKNOWN',
  );
}

/** Status first and loudest: whatever else the panel says, the reader knows how firm the claim is. */
export function allegationSummary(node: GraphNode): HTMLElement {
  const status = node.status;
  const nature = node.isOpinion
    ? h('span', { class: 'nature opinion', 'data-testid': 'allegation-nature' }, 'Opinion — a view or characterisation, not a factual claim')
    : h('span', { class: 'nature', 'data-testid': 'allegation-nature' }, 'Factual claim — as reported by its source, not a finding of this project');
  return h(
    'div',
    { class: 'allegation-summary', 'data-testid': 'allegation-status', 'data-status': status ?? 'unknown' },
    h('p', { class: 'status-line' }, h('span', { class: 'visually-hidden' }, 'Status: '), statusChip(node)),
    status ? h('p', { class: 'status-meaning' }, statusMeaning[status]) : null,
    definitionList([
      ['Category', node.category ? categoryLabel[node.category] : 'Uncategorised'],
      ['Credibility', h('span', { title: 'Admiralty scale, information credibility 1–6' }, credibilityText(node.credibility),
        typeof node.properties.credibilityNote === 'string' ? h('small', { class: 'why' }, node.properties.credibilityNote) : null)],
      ['Nature', nature],
    ]),
  );
}

function partyButton(node: GraphNode | undefined, id: string, reveal: Reveal): HTMLLIElement {
  const name = node?.name ?? id;
  return h(
    'li',
    {},
    h('button', { type: 'button', class: 'link-button', 'data-node-id': id, onclick: () => reveal(id), title: `Show ${name} on the canvas` },
      node ? typeSwatch(node.type) : null, h('span', {}, name)),
  );
}

/** Accuser, accused and subjects, read from the allegation's MADE_BY, AGAINST and CONCERNS edges. */
export function partiesSection(node: GraphNode, edges: GraphEdge[], lookup: (id: string) => GraphNode | undefined, reveal: Reveal): HTMLElement | null {
  const ends = (type: string): string[] => [...new Set(edges.filter((e) => e.type === type && e.source === node.id).map((e) => e.target))];
  const rows: Array<[string, string[]]> = [
    ['Made by', ends('MADE_BY')],
    ['Against', ends('AGAINST')],
    ['About', ends('CONCERNS')],
    // A response is itself an allegation: say which claim it answers, and how.
    ['Responds to', ends('RESPONDS_TO')],
    ['Supports', ends('SUPPORTS')],
  ];
  if (rows.every(([, ids]) => ids.length === 0)) return null;
  const dl = h('dl', { class: 'facts parties', 'data-testid': 'allegation-parties' });
  for (const [term, ids] of rows) {
    if (ids.length === 0) continue;
    dl.append(h('dt', {}, term), h('dd', {}, h('ul', { class: 'plain' }, ...ids.map((id) => partyButton(lookup(id), id, reveal)))));
  }
  return section('Parties', undefined, dl);
}

function allegationRow(node: GraphNode, reveal: Reveal): HTMLLIElement {
  return h(
    'li',
    {},
    h('button', { type: 'button', class: 'link-button claim', 'data-node-id': node.id, onclick: () => reveal(node.id) },
      statusChip(node), h('span', {}, node.name)),
  );
}

/** For a non-allegation entity: the claims in which it is the accuser, the accused or a subject. */
export function involvementSection(detail: EntityDetail, reveal: Reveal): HTMLElement | null {
  const groups: Array<[string, GraphNode[]]> = [
    ['Allegations it made', detail.allegations.made],
    ['Allegations against it', detail.allegations.against],
    ['Allegations about it', detail.allegations.about],
  ];
  const blocks = groups
    .filter(([, list]) => list.length > 0)
    .map(([title, list]) => h('div', { class: 'claim-group' }, h('h4', {}, title), h('ul', { class: 'plain' }, ...list.map((n) => allegationRow(n, reveal)))));
  if (blocks.length === 0) return null;
  return section('Allegations', 'panel-allegations', h('p', { class: 'hint' }, 'Claims reported by sources, with their current status.'), ...blocks);
}

/** Allegation properties this module shows in its own way, so the generic property list skips them. */
export const ALLEGATION_OWN_KEYS = new Set(['credibilityNote', 'statusHistory']);

const HistoryEntry = z.object({
  status: AllegationStatus,
  on: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  note: z.string().nullable().optional(),
});

/** How the status got where it is, entry by entry, each with the source that reported it. */
export function historySection(node: GraphNode, nameOf: (id: string) => string): HTMLElement | null {
  const parsed = z.array(HistoryEntry).safeParse(node.properties.statusHistory);
  if (!parsed.success || parsed.data.length === 0) return null;
  const items = parsed.data.map((entry) => h(
    'li',
    { class: 'history-entry' },
    h('p', {}, statusChip({ ...node, status: entry.status }), ' ', h('span', { class: 'hint' }, entry.on ? `on ${entry.on}` : 'undated'),
      entry.source ? h('span', { class: 'hint' }, ` · reported by ${nameOf(entry.source)}`) : null),
    entry.note ? h('p', { class: 'history-note' }, entry.note) : null,
  ));
  return section('Status history', 'panel-history', h('ol', { class: 'plain history' }, ...items));
}
