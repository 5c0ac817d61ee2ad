// The ad-hoc editor's parameters: a JSON object typed as text, checked as it is typed, with the problem said plainly.
import { h } from '../panels/dom.ts';

export type ParsedParams = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

export function parseParams(text: string): ParsedParams {
  if (text.trim() === '') return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `Parameters are not valid JSON (${(err as Error).message}).` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Parameters must be a JSON object, like {"name": "Hun Manet", "limit": 10}.' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

export interface ParamsBox {
  element: HTMLElement;
  text(): string;
  setText(text: string): void;
  /** The parsed parameters, or undefined after showing why they cannot be used (focus moves to the box). */
  parsed(): Record<string, unknown> | undefined;
  /** The parsed parameters, or {} when the text does not parse (for hints such as completion or defaults). */
  bestEffort(): Record<string, unknown>;
}

export function createParamsBox(onRun: () => void): ParamsBox {
  const area = h('textarea', { id: 'adhoc-params', class: 'params-json', rows: 3, spellcheck: 'false', placeholder: '{"id": "off-hun-manet"}', 'aria-describedby': 'adhoc-params-note', 'data-testid': 'params-json' });
  const note = h('p', { id: 'adhoc-params-note', class: 'param-hint', 'aria-live': 'polite' }, 'A JSON object; use its keys as $name in the query.');

  const check = (): ParsedParams => {
    const result = parseParams(area.value);
    area.setAttribute('aria-invalid', String(!result.ok));
    note.classList.toggle('invalid', !result.ok);
    note.textContent = result.ok ? 'A JSON object; use its keys as $name in the query.' : result.message;
    return result;
  };
  area.addEventListener('input', () => { check(); });
  area.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onRun();
    }
  });

  return {
    element: h('div', { class: 'params-box' }, h('label', { for: 'adhoc-params' }, 'Parameters'), area, note),
    text: () => area.value,
    setText(text) {
      area.value = text;
      check();
    },
    parsed() {
      const result = check();
      if (result.ok) return result.value;
      area.focus();
      return undefined;
    },
    bestEffort() {
      const result = parseParams(area.value);
      return result.ok ? result.value : {};
    },
  };
}
