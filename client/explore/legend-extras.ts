// Adds "This view" to the legend: what node size means now, how allegations are drawn, and whether filters apply.
import { h } from '../panels/dom.ts';
import { edgeSwatch } from '../panels/legend-swatch.ts';
import { edgeColours, okabeIto, statusLook } from '../cy/palette.ts';
import { sizeWords } from './sizing.ts';
import { filtersActive, type Settings } from './types.ts';

export function updateLegend(settings: Settings): void {
  const body = document.querySelector('[data-testid="legend"] .legend-body');
  if (!body) return;
  let box = body.querySelector<HTMLElement>('[data-testid="legend-view"]');
  if (!box) {
    box = h('div', { 'data-testid': 'legend-view' });
    body.prepend(box);
  }
  const lines: HTMLElement[] = [];
  if (settings.sizeBy !== 'none') {
    lines.push(h('li', { 'data-testid': 'legend-size' }, h('span', { class: 'size-dots', 'aria-hidden': 'true' }, '● ⬤'),
      h('span', {}, `Size: ${sizeWords[settings.sizeBy]}`, h('small', {}, 'of the visible graph; bigger is more central'))));
  }
  if (settings.mode === 'links') {
    // Only a claim with an accused party becomes an accuser → accused link; the legend says what the other kinds mean.
    lines.push(
      h('li', { 'data-testid': 'legend-links' }, edgeSwatch(edgeColours.allegation, 'dashed'),
        h('span', {}, 'Accusation as a link', h('small', {}, 'accuser → accused, labelled status · category; dashed while only alleged'))),
      h('li', { 'data-testid': 'legend-links-opinion' }, edgeSwatch(okabeIto.skyBlue, 'dashed'),
        h('span', {}, 'Opinion or call, not an accusation', h('small', {}, 'claimant → what it concerns: “OPINION · calls on”, “OPINION · characterises”'))),
      h('li', { 'data-testid': 'legend-links-about' }, edgeSwatch('#A98BA0', 'solid'),
        h('span', {}, 'Claim that accuses no one', h('small', {}, 'claimant → what it concerns (an estimate, say), thin, ending in a dot'))),
      h('li', { 'data-testid': 'legend-links-answered' }, edgeSwatch(statusLook.contested.border, 'dotted'),
        h('span', {}, 'Denied or disputed', h('small', {}, 'grey and dotted, “denial on record” when a response is recorded'))),
    );
  }
  if (filtersActive(settings.filters)) {
    lines.push(h('li', {}, h('span', { class: 'size-dots', 'aria-hidden': 'true' }, '◌'),
      h('span', {}, `Filters on: others ${settings.filters.hide ? 'hidden' : 'faded'}`)));
  }
  box.replaceChildren(...(lines.length > 0 ? [h('h3', {}, 'This view'), h('ul', { class: 'legend-list' }, ...lines)] : []));
}
