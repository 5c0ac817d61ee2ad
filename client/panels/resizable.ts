// A drag handle between two panes that is also a keyboard-operable window splitter (WAI-ARIA "separator"):
// arrows move it, Home/End go to the limits, Enter folds or restores the pane. Sizes are remembered per pane.
import { h } from './dom.ts';

export interface ResizerOptions {
  /** Names the pane: localStorage key, test id (resize-<key>) and CSS hook. */
  key: string;
  label: string;
  /** The CSS variable holding the pane's size in px, set on the document root. */
  cssVar: string;
  /** 'x' for a pane beside the canvas (a vertical bar), 'y' for one above or below it. */
  axis: 'x' | 'y';
  /** +1 when moving the bar right/down grows the pane (a pane on the left or top), -1 otherwise. */
  grow: 1 | -1;
  min: number;
  max: () => number;
  /** The pane, measured when no size was chosen yet (its CSS default). */
  pane: HTMLElement;
  /** Enter folds or restores; a drawer folds by closing. */
  fold?: () => void;
  /** After every size change (Cytoscape must measure its container again). */
  changed?: () => void;
}

export interface Resizer {
  element: HTMLElement;
  size(): number;
  set(px: number): void;
}

const STEP = 16;
const BIG_STEP = 64;
const storageKey = (key: string) => `scamgraph.layout.${key}`;

export function readStored(key: string): number | undefined {
  try {
    const raw = window.localStorage.getItem(storageKey(key));
    const n = raw === null ? NaN : Number(raw);
    return Number.isFinite(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

function store(key: string, value: number | boolean): void {
  try {
    window.localStorage.setItem(storageKey(key), String(value));
  } catch {
    // Private windows may refuse storage; the size then lasts for this page only.
  }
}

export function readFlag(key: string): boolean | undefined {
  try {
    const raw = window.localStorage.getItem(storageKey(key));
    return raw === null ? undefined : raw === 'true';
  } catch {
    return undefined;
  }
}
export const storeFlag = (key: string, value: boolean): void => store(key, value);

export const clamp = (n: number, min: number, max: number): number => Math.min(Math.max(n, min), Math.max(min, max));

/** The new size for a key press, or undefined when the key does not move the bar. */
export function sizeForKey(key: string, shift: boolean, current: number, o: Pick<ResizerOptions, 'axis' | 'grow' | 'min'> & { max: number }): number | undefined {
  const forward = o.axis === 'x' ? 'ArrowRight' : 'ArrowDown';
  const back = o.axis === 'x' ? 'ArrowLeft' : 'ArrowUp';
  const step = shift ? BIG_STEP : STEP;
  if (key === forward) return clamp(current + o.grow * step, o.min, o.max);
  if (key === back) return clamp(current - o.grow * step, o.min, o.max);
  if (key === 'Home') return o.min;
  if (key === 'End') return o.max;
  return undefined;
}

export function createResizer(o: ResizerOptions): Resizer {
  const root = document.documentElement;
  const element = h('div', {
    class: `resizer resizer-${o.axis} resize-${o.key}`, role: 'separator', tabindex: 0, 'data-testid': `resize-${o.key}`,
    'aria-label': o.label, 'aria-orientation': o.axis === 'x' ? 'vertical' : 'horizontal', 'aria-valuemin': o.min,
    title: `${o.label}: drag, or use the arrow keys${o.fold ? '; Enter folds it' : ''}`,
  });
  let chosen = readStored(o.key);

  const measured = (): number => {
    const r = o.pane.getBoundingClientRect();
    return Math.round(o.axis === 'x' ? r.width : r.height);
  };
  const size = (): number => chosen ?? (measured() || o.min);
  const label = (): void => {
    element.setAttribute('aria-valuenow', String(Math.round(size())));
    element.setAttribute('aria-valuemax', String(Math.round(Math.max(o.min, o.max()))));
  };
  const set = (px: number): void => {
    chosen = Math.round(clamp(px, o.min, o.max()));
    root.style.setProperty(o.cssVar, `${chosen}px`);
    store(o.key, chosen);
    label();
    o.changed?.();
  };
  if (chosen !== undefined) root.style.setProperty(o.cssVar, `${Math.round(clamp(chosen, o.min, o.max()))}px`);
  // The pane's CSS default shows only once it is laid out; label from it a frame later.
  requestAnimationFrame(label);
  window.addEventListener('resize', label);

  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && o.fold) {
      event.preventDefault();
      o.fold();
      return;
    }
    const next = sizeForKey(event.key, event.shiftKey, size(), { axis: o.axis, grow: o.grow, min: o.min, max: o.max() });
    if (next === undefined) return;
    event.preventDefault();
    set(next);
  });

  element.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    element.setPointerCapture(event.pointerId);
    const start = o.axis === 'x' ? event.clientX : event.clientY;
    const from = size();
    document.body.classList.add('resizing');
    const move = (e: PointerEvent): void => set(from + o.grow * ((o.axis === 'x' ? e.clientX : e.clientY) - start));
    const end = (): void => {
      element.removeEventListener('pointermove', move);
      document.body.classList.remove('resizing');
    };
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', end, { once: true });
    element.addEventListener('pointercancel', end, { once: true });
  });
  return { element, size, set };
}
