// The strip over the top of the canvas: the existing canvas toolbar, then the investigator's groups of controls.
import { h } from '../panels/dom.ts';

export interface ExploreBar {
  element: HTMLElement;
  /** Adds a labelled group of controls, in order, after those already there. */
  group(label: string, ...controls: HTMLElement[]): HTMLElement;
}

export function createExploreBar(wrap: HTMLElement): ExploreBar {
  const element = h('div', { class: 'explore-strip', 'data-testid': 'explore-bar' });
  // The canvas toolbar (Fit, Re-layout, Clear) joins the strip, so the two rows never overlap.
  const toolbar = wrap.querySelector<HTMLElement>(':scope > .toolbar');
  if (toolbar) element.append(toolbar);
  wrap.append(element);
  return {
    element,
    group(label, ...controls) {
      const group = h('div', { class: 'explore-group', role: 'toolbar', 'aria-label': label }, ...controls);
      element.append(group);
      return group;
    },
  };
}

export function toolButton(label: string, title: string, onclick: () => void, testId?: string): HTMLButtonElement {
  return h('button', { type: 'button', title, 'data-testid': testId, onclick }, label);
}

/** A labelled select whose options are [value, text] pairs. */
export function toolSelect(label: string, options: Array<[string, string]>, value: string, onchange: (value: string) => void, testId?: string): { wrap: HTMLLabelElement; select: HTMLSelectElement } {
  const select = h('select', { 'data-testid': testId });
  for (const [v, text] of options) select.append(h('option', { value: v }, text));
  select.value = value;
  select.addEventListener('change', () => onchange(select.value));
  return { wrap: h('label', { class: 'tool-select' }, h('span', {}, label), select), select };
}
