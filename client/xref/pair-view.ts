// One candidate pair side by side: each entity's name, aliases, type, dataset and properties, then why they matched.
import type { GraphNode } from '@contract/graph.ts';
import type { MatchReason, XrefCandidate } from '@contract/xref.ts';
import { h } from '../panels/dom.ts';

const EFFECT_WORDS: Record<MatchReason['effect'], string> = { same: 'the same', similar: 'similar', differs: 'different' };

function side(node: GraphNode, testid: string): HTMLElement {
  const props = Object.entries(node.properties).filter(([k, v]) => !['updatedAt', 'named', 'originalId'].includes(k) && v !== null && typeof v !== 'object');
  return h('section', { class: 'xref-side', 'data-testid': testid },
    h('h3', {}, node.name || node.id),
    h('dl', {},
      h('dt', {}, 'Type'), h('dd', {}, node.type),
      h('dt', {}, 'Dataset'), h('dd', {}, node.dataset),
      h('dt', {}, 'Id'), h('dd', {}, node.id),
      ...(node.aliases.length ? [h('dt', {}, 'Also known as'), h('dd', {}, node.aliases.join('; '))] : []),
      ...props.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))])));
}

function reasons(list: MatchReason[]): HTMLElement {
  return h('table', { class: 'xref-reasons', 'data-testid': 'xref-reasons' },
    h('caption', {}, 'Why they matched'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Left'), h('th', { scope: 'col' }, 'Right'), h('th', { scope: 'col' }, 'Reads as'))),
    h('tbody', {}, ...list.map((r) => h('tr', { class: `effect-${r.effect}` },
      h('td', {}, r.field), h('td', {}, r.left), h('td', {}, r.right),
      h('td', {}, r.field === 'name' && r.effect === 'similar' ? `similar (${Math.round(r.weight * 100)}%)` : EFFECT_WORDS[r.effect])))));
}

export function pairView(c: XrefCandidate): HTMLElement {
  const decided = c.decision
    ? h('p', { class: 'xref-decided', 'data-testid': 'xref-current-decision' }, `Decided “${c.decision.decision}” by ${c.decision.actorName} on ${c.decision.at.slice(0, 10)}.`)
    : h('p', { class: 'xref-decided' }, 'Not decided yet.');
  return h('div', { class: 'xref-pair' },
    h('p', { class: 'xref-score' }, `Match score ${Math.round(c.score * 100)}%`),
    h('div', { class: 'xref-sides' }, side(c.left, 'xref-left'), side(c.right, 'xref-right')),
    reasons(c.reasons),
    decided);
}
