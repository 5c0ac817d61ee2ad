// The legend panel: what each colour and shape, allegation status and line style on the canvas means.
import { edgeColours, legendTypes, statusLook, type StatusGroup } from '../cy/palette.ts';
import { statusLabel, typeLabel } from '../wording.ts';
import { h } from './dom.ts';
import { edgeSwatch, statusSwatch, typeSwatch } from './legend-swatch.ts';

function item(swatch: SVGSVGElement, text: string, detail?: string): HTMLLIElement {
  return h('li', {}, swatch, h('span', {}, text, detail ? h('small', {}, detail) : null));
}

export function createLegend(): HTMLElement {
  const bodyId = 'legend-body';
  const toggle = h('button', { type: 'button', class: 'legend-toggle', 'aria-expanded': 'true', 'aria-controls': bodyId }, 'Hide');

  const types = h('ul', { class: 'legend-grid' }, ...legendTypes.map((t) => item(typeSwatch(t), typeLabel[t])));
  const statuses = h(
    'ul',
    { class: 'legend-list', 'data-testid': 'legend-statuses' },
    ...(Object.keys(statusLook) as StatusGroup[]).map((g) => {
      const look = statusLook[g];
      return item(statusSwatch(g), look.statuses.map((s) => statusLabel[s]).join(' / '), look.appearance);
    }),
    item(statusSwatch('claimed', true), 'OPINION', 'a view, not a factual claim — tag shape, italic'),
  );
  const links = h(
    'ul',
    { class: 'legend-list' },
    item(edgeSwatch(edgeColours.fact, 'solid'), 'Sourced relationship'),
    item(edgeSwatch(edgeColours.allegation, 'dashed'), 'Made by / against', 'dashed while only alleged'),
    item(edgeSwatch('#8A8F98', 'dotted'), 'Claim link, denied or withdrawn'),
    item(edgeSwatch(edgeColours.citation, 'dotted'), 'Cited in / cites'),
  );

  const body = h(
    'div',
    { id: bodyId, class: 'legend-body' },
    h('h3', {}, 'Entities'),
    h('p', { class: 'legend-note' }, 'Double border: the state (officials, public bodies).'),
    types,
    h('h3', {}, 'Allegations by status'),
    statuses,
    h('h3', {}, 'Links'),
    links,
    h('h3', {}, 'Datasets'),
    h('p', { class: 'legend-note', 'data-testid': 'legend-datasets' },
      'Amber label with a last line in brackets, e.g. [upload class-one]: from a dataset outside the curated graph.'),
  );

  const legend = h(
    'section',
    { class: 'legend', 'data-testid': 'legend', 'aria-labelledby': 'legend-title' },
    h('div', { class: 'legend-head' }, h('h2', { id: 'legend-title' }, 'Legend'), toggle),
    body,
  );
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', String(!open));
    toggle.textContent = open ? 'Show' : 'Hide';
    body.hidden = open;
    legend.classList.toggle('collapsed', open);
  });
  return legend;
}
