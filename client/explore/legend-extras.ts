// Adds "This view" to the legend: what node size means now, how allegations are drawn, and whether filters apply.
import { h } from '../panels/dom.ts';
import { edgeSwatch } from '../panels/legend-swatch.ts';
import { edgeColours } from '../cy/palette.ts';
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
    lines.push(h('li', { 'data-testid': 'legend-links' }, edgeSwatch(edgeColours.allegation, 'dashed'),
      h('span', {}, 'Allegation as a link', h('small', {}, 'accuser → accused, labelled status · category; dashed while only alleged'))));
  }
  if (filtersActive(settings.filters)) {
    lines.push(h('li', {}, h('span', { class: 'size-dots', 'aria-hidden': 'true' }, '◌'),
      h('span', {}, `Filters on: others ${settings.filters.hide ? 'hidden' : 'faded'}`)));
  }
  box.replaceChildren(...(lines.length > 0 ? [h('h3', {}, 'This view'), h('ul', { class: 'legend-list' }, ...lines)] : []));
}
