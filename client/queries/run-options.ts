// The run options shared by library and editor: whether a graph result merges into or replaces the canvas, and the row limit.
import { h } from '../panels/dom.ts';

export type CanvasMode = 'merge' | 'replace';

export interface RunOptions {
  element: HTMLElement;
  mode(): CanvasMode;
  rowLimit(): number;
}

const DEFAULT_LIMIT = 1000;

export function createRunOptions(): RunOptions {
  const radio = (value: CanvasMode, label: string, checked: boolean) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name: 'canvas-mode', value, checked, 'data-testid': `canvas-${value}` }), h('span', {}, label));
  const limit = h('input', { id: 'row-limit', type: 'number', min: 1, max: 5000, step: 1, value: DEFAULT_LIMIT, inputmode: 'numeric', 'data-testid': 'row-limit' });
  const element = h('div', { class: 'run-options' },
    h('fieldset', { class: 'canvas-mode' }, h('legend', {}, 'Graph results'),
      radio('merge', 'Merge into canvas', true), radio('replace', 'Replace canvas', false)),
    h('div', { class: 'row-limit' }, h('label', { for: 'row-limit' }, 'Row limit'), limit));

  return {
    element,
    mode: () => (element.querySelector<HTMLInputElement>('input[name="canvas-mode"]:checked')?.value === 'replace' ? 'replace' : 'merge'),
    // A limit out of range falls back to the nearest allowed one rather than failing the run.
    rowLimit: () => {
      const n = Math.round(Number(limit.value));
      return Number.isFinite(n) && limit.value !== '' ? Math.min(5000, Math.max(1, n)) : DEFAULT_LIMIT;
    },
  };
}
