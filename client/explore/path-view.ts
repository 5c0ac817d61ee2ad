// Renders path results (one row per path) and the hop-by-hop "Why are these connected?" explanation.
import type { Reliability } from '@contract/vocabulary.ts';
import { h } from '../panels/dom.ts';
import { reliabilityBadge } from '../panels/source-list.ts';
import { plural } from '../wording.ts';
import type { Citation, Hop } from './path-explain.ts';

export interface PathRow { nodeIds: string[]; edgeIds: string[]; length: number }

export interface PathTextContext {
  nameOf(id: string): string;
  edge(id: string): { type: string; source: string; target: string } | undefined;
  linkedRole?(id: string): string | undefined;
  /** An allegation's status, so a denied or disputed one says so in the list too. */
  statusOf?(id: string): string | undefined;
}

const CONTESTED = new Set(['denied', 'disputed', 'retracted']);

const short = (text: string, max = 48): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** A path as one line, each hop with its relationship type in its true direction: A —LEADS→ B ←AGAINST— C. */
export function pathText(p: PathRow, ctx: PathTextContext): string {
  const name = (id: string): string => {
    const role = ctx.linkedRole?.(id);
    const status = ctx.statusOf?.(id);
    const contested = status && CONTESTED.has(status) ? ` [${status.toUpperCase()}]` : '';
    return `${short(ctx.nameOf(id))}${contested}${role ? ` (${role})` : ''}`;
  };
  let text = name(p.nodeIds[0] ?? '?');
  p.edgeIds.forEach((edgeId, i) => {
    const e = ctx.edge(edgeId);
    const here = p.nodeIds[i];
    const type = e?.type ?? '?';
    text += e && e.target === here && e.source !== here ? ` ←${type}— ` : ` —${type}→ `;
    text += name(p.nodeIds[i + 1] ?? '?');
  });
  return text;
}

export function pathRows(paths: PathRow[], ctx: PathTextContext, selected: number, pick: (i: number) => void): HTMLElement {
  return h('ol', { class: 'plain path-list', 'data-testid': 'path-results', 'aria-label': 'Paths found' }, ...paths.map((p, i) => h('li', {},
    h('button', {
      type: 'button', class: 'path-row', 'data-testid': 'path-row', 'data-node-ids': p.nodeIds.join(' '), 'aria-pressed': String(i === selected),
      onclick: () => pick(i),
    },
    h('span', { class: 'path-hops' }, plural(p.length, 'hop')),
    h('span', { class: 'path-names' }, pathText(p, ctx))))));
}

const GRADES = new Set(['A', 'B', 'C', 'D', 'E', 'F']);

function citationItem(c: Citation): HTMLLIElement {
  const held = c.held
    ? h('span', { class: 'held' }, 'held')
    : h('span', { class: 'held not-held' }, `known only as cited${c.citedBy.length > 0 ? ` by ${c.citedBy.join('; ')}` : ''}`);
  return h('li', { class: 'hop-citation', 'data-testid': 'hop-citation', 'data-source-id': c.id },
    GRADES.has(c.reliability) ? reliabilityBadge(c.reliability as Reliability) : h('span', {}, '?'),
    h('span', { class: 'citation-body' }, h('span', { class: 'citation-title' }, c.title), held));
}

export function explanation(hops: Hop[], reveal: (edgeId: string) => void): HTMLElement {
  return h('section', { class: 'why', 'data-testid': 'path-explanation', 'aria-labelledby': 'why-title' },
    h('h3', { id: 'why-title' }, 'Why are these connected?'),
    h('ol', { class: 'hops' }, ...hops.map((hop, i) => h('li', { class: hop.claim ? 'hop claim' : 'hop', 'data-testid': 'hop', 'data-edge-id': hop.edgeId, 'data-status': hop.status ?? '' },
      h('p', { class: 'hop-text' },
        h('span', { class: 'hop-number', 'aria-hidden': 'true' }, String(i + 1)),
        h('span', {}, hop.text)),
      hop.claim ? h('p', { class: 'hop-warning' }, 'A claim, not an established fact: read its status and sources.') : null,
      ...hop.notes.map((note) => h('p', { class: 'hop-warning hop-note', 'data-testid': 'hop-note' }, note)),
      h('ul', { class: 'plain hop-citations', 'aria-label': 'Citations' }, ...hop.citations.map(citationItem)),
      h('button', { type: 'button', class: 'link-button hop-show', onclick: () => reveal(hop.edgeId) }, 'Show this link')))));
}
