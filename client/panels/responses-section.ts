// The right of reply beside an allegation: each recorded denial, dispute or other response, with who, when, stance and source.
import type { AllegationResponse, EntityDetail } from '@contract/graph.ts';
import { stanceLabel } from '../wording.ts';
import { h, section } from './dom.ts';
import { sourceList } from './source-list.ts';

export const NO_RESPONSE = 'No response recorded in the sources held.';
/** Said when the only responses on record agree with the claim: silence from the accused must not read as an answer. */
export const NO_CONTEST = 'No denial or dispute recorded in the sources held.';

function responseItem(r: AllegationResponse, nameOf: (id: string) => string, reveal: (id: string) => void): HTMLLIElement {
  const who = r.madeBy.length > 0 ? r.madeBy.map((n) => n.name).join(', ') : 'unknown';
  return h(
    'li',
    { class: `response response-${r.stance}`, 'data-testid': 'response', 'data-stance': r.stance },
    h('p', { class: 'response-head' },
      h('span', { class: `stance-chip stance-${r.stance}`, 'data-testid': 'response-stance' }, stanceLabel[r.stance]),
      ' ', h('span', { 'data-testid': 'response-who' }, `by ${who}`),
      ' ', h('span', { class: 'hint', 'data-testid': 'response-when' }, r.assertedOn ? `on ${r.assertedOn}` : 'undated')),
    h('p', {}, h('button', { type: 'button', class: 'link-button', 'data-node-id': r.allegation.id, onclick: () => reveal(r.allegation.id), title: 'Show this response on the canvas' },
      r.allegation.name)),
    r.citations.length > 0
      ? h('div', { class: 'response-sources', 'data-testid': 'response-sources' }, h('p', { class: 'hint' }, 'Reported in:'), sourceList(r.citations, nameOf))
      : h('p', { class: 'hint' }, 'No source is recorded for this response.'),
  );
}

/** Responses to an allegation; until the detail arrives, a loading line, never a premature "none". */
export function responsesSection(detail: EntityDetail | undefined, nameOf: (id: string) => string, reveal: (id: string) => void): HTMLElement | null {
  const title = 'Responses and right of reply';
  if (!detail) return section(title, 'panel-responses', h('p', { class: 'hint loading' }, 'Loading responses…'));
  const responses = detail.responses ?? [];
  if (responses.length === 0) return section(title, 'panel-responses', h('p', { class: 'no-response', 'data-testid': 'no-response' }, NO_RESPONSE));
  const contested = responses.some((r) => r.stance === 'denies' || r.stance === 'disputes');
  return section(title, 'panel-responses',
    h('ul', { class: 'plain responses' }, ...responses.map((r) => responseItem(r, nameOf, reveal))),
    contested ? null : h('p', { class: 'no-response', 'data-testid': 'no-response' }, NO_CONTEST));
}
