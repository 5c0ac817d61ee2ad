// The strip over the top of the canvas: the existing canvas toolbar, then the investigator's groups of controls.
import { h } from '../panels/dom.ts';
import { createOverflow } from './strip-overflow.ts';

export interface ExploreBar {
  element: HTMLElement;
  /** Adds a labelled group of controls, in order, after those already there. */
  group(label: string, ...controls: HTMLElement[]): HTMLElement;
  /** A status line that rides under the strip, never folded away (e.g. a long layout's progress). */
  status(element: HTMLElement): void;
}

export function createExploreBar(wrap: HTMLElement): ExploreBar {
  const element = h('div', { class: 'explore-strip', 'data-testid': 'explore-bar' });
  // The canvas toolbar (Fit, Re-layout, Clear) joins the strip, so the two rows never overlap.
  const toolbar = wrap.querySelector<HTMLElement>(':scope > .toolbar');
  if (toolbar) element.append(toolbar);
  // The notice strip follows the controls, however many rows they wrap to, instead of covering them.
  const notice = wrap.querySelector<HTMLElement>(':scope > .notice');
  if (notice) element.append(notice);
  wrap.append(element);
  const overflow = createOverflow(element);
  // The legend floats under the strip: keep its top clear of however many rows the strip wraps to.
  const legend = wrap.querySelector<HTMLElement>(':scope > .legend');
  if (legend) {
    const fit = (): void => {
      const room = wrap.getBoundingClientRect().bottom - wrap.getBoundingClientRect().top - stripClearance(wrap.getBoundingClientRect().top) - 14;
      legend.style.maxHeight = `${Math.max(120, Math.round(room))}px`;
    };
    new ResizeObserver(fit).observe(element);
    new ResizeObserver(fit).observe(wrap);
  }
  return {
    element,
    group(label, ...controls) {
      const group = h('div', { class: 'explore-group', role: 'toolbar', 'aria-label': label }, ...controls);
      overflow.add(group);
      return group;
    },
    status(note) {
      note.classList.add('strip-status');
      element.append(note);
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

/** Puts a popover just under the button that opened it, inside the canvas area, whichever row of the strip it is on. */
export function placeBelow(popover: HTMLElement, button: HTMLElement): void {
  const host = popover.offsetParent?.getBoundingClientRect() ?? { top: 0, left: 0, width: window.innerWidth };
  const at = button.getBoundingClientRect();
  popover.style.top = `${Math.round(at.bottom - host.top + 6)}px`;
  const left = Math.min(at.left - host.left, host.width - popover.offsetWidth - 8);
  popover.style.left = `${Math.max(8, Math.round(left))}px`;
  popover.style.right = 'auto';
}

/** How far down the canvas the strip's controls reach (the notice aside), so fitting keeps the graph clear of them. */
export function stripClearance(canvasTop: number): number {
  const controls = document.querySelectorAll<HTMLElement>('.explore-strip > :not(.notice)');
  let bottom = canvasTop;
  controls.forEach((el) => { bottom = Math.max(bottom, el.getBoundingClientRect().bottom); });
  return bottom - canvasTop + 20;
}
