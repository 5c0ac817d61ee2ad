// A saved query's parameter fields, generated from its header: a labelled control per parameter, defaults filled in.
import type { QueryParam, SavedQuery } from '@contract/queries.ts';
import { h } from '../panels/dom.ts';
import type { ParamValues } from './queries-api.ts';
import { createEntityParam, type EntityParam } from './entity-param.ts';

type Control = HTMLInputElement | HTMLSelectElement;

export interface ParamFields {
  element: HTMLElement;
  /** What to send. Empty fields are left out, so the server applies the default — for a null default, "all". */
  values(): ParamValues;
  /** Each field as text, for the share link ('' for empty). */
  raw(): Record<string, string>;
  setRaw(values: Record<string, string>): void;
  /** The first problem with what was typed, in words (and focus moved there), or undefined when all is well. */
  problem(): string | undefined;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

function control(id: string, spec: QueryParam): Control {
  const nullable = spec.default === null || spec.default === undefined;
  if (spec.type === 'string' && spec.allowed) {
    const options = spec.allowed.map((v) => h('option', { value: v }, v));
    return h('select', { id }, nullable ? h('option', { value: '' }, '— all —') : null, ...options);
  }
  if (spec.type === 'boolean' && nullable) {
    return h('select', { id }, h('option', { value: '' }, '— either —'), h('option', { value: 'true' }, 'yes'), h('option', { value: 'false' }, 'no'));
  }
  if (spec.type === 'boolean') return h('input', { id, type: 'checkbox' });
  if (spec.type === 'integer' || spec.type === 'float') {
    return h('input', { id, type: 'number', inputmode: spec.type === 'integer' ? 'numeric' : 'decimal', step: spec.type === 'integer' ? 1 : 'any', min: spec.min, max: spec.max });
  }
  if (spec.type === 'date') return h('input', { id, type: 'date' });
  return h('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false' });
}

function setControl(input: Control, value: string): void {
  if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value === 'true';
  else input.value = value;
}

function readControl(input: Control): string {
  return input instanceof HTMLInputElement && input.type === 'checkbox' ? String(input.checked) : input.value.trim();
}

function hint(spec: QueryParam): string {
  const nullable = spec.default === null || spec.default === undefined;
  if (spec.type === 'entity') return `entity · pick by name · ${nullable ? 'empty = all' : 'empty = the default'}`;
  const range = spec.type === 'integer' || spec.type === 'float'
    ? [spec.min !== undefined ? `from ${spec.min}` : '', spec.max !== undefined ? `to ${spec.max}` : ''].filter(Boolean).join(' ')
    : '';
  const empty = nullable && spec.type !== 'boolean' ? 'empty = all' : `default ${text(spec.default)}`;
  return [spec.type, range, empty].filter(Boolean).join(' · ');
}

export function createParamFields(query: SavedQuery): ParamFields {
  const controls = new Map<string, Control>();
  const entities = new Map<string, EntityParam>();
  const rows = Object.entries(query.params).map(([name, spec]) => {
    const id = `qp-${query.id}-${name}`;
    if (spec.type === 'entity') {
      // Picked by name: nobody should have to know "pb-government-cambodia".
      const field = createEntityParam(id, name, spec.default ?? null);
      field.setRaw(text(spec.default));
      entities.set(name, field);
      const describedBy = `${id}-hint`;
      field.input.setAttribute('aria-describedby', describedBy);
      return h('div', { class: 'param param-entity' }, field.element,
        h('p', { id: describedBy, class: 'param-hint' }, spec.description ? `${spec.description} ` : '', h('span', { class: 'param-type' }, hint(spec))));
    }
    const input = control(id, spec);
    input.name = name;
    input.dataset.param = name;
    const nullable = spec.default === null || spec.default === undefined;
    if (input instanceof HTMLInputElement && input.type !== 'checkbox') input.placeholder = nullable ? 'empty = all' : text(spec.default);
    setControl(input, text(spec.default));
    const describedBy = `${id}-hint`;
    input.setAttribute('aria-describedby', describedBy);
    controls.set(name, input);
    const checkbox = input instanceof HTMLInputElement && input.type === 'checkbox';
    return h('div', { class: `param${checkbox ? ' param-check' : ''}` },
      h('label', { for: id }, checkbox ? input : null, h('span', { class: 'param-name' }, name)),
      checkbox ? null : input,
      h('p', { id: describedBy, class: 'param-hint' }, spec.description ? `${spec.description} ` : '', h('span', { class: 'param-type' }, hint(spec))));
  });

  const element = rows.length > 0
    ? h('fieldset', { class: 'params' }, h('legend', {}, 'Parameters'), ...rows)
    : h('p', { class: 'hint' }, 'This query takes no parameters.');

  return {
    element,
    values() {
      const out: ParamValues = {};
      for (const [name, input] of controls) {
        const spec = query.params[name]!;
        const raw = readControl(input);
        if (raw === '') continue;
        if (spec.type === 'integer' || spec.type === 'float') out[name] = Number(raw);
        else if (spec.type === 'boolean') out[name] = raw === 'true';
        else out[name] = raw;
      }
      for (const [name, field] of entities) if (field.raw() !== '') out[name] = field.raw();
      return out;
    },
    raw: () => Object.fromEntries([
      ...[...controls].map(([name, input]) => [name, readControl(input)]),
      ...[...entities].map(([name, field]) => [name, field.raw()]),
    ]),
    setRaw(values) {
      for (const [name, value] of Object.entries(values)) {
        const input = controls.get(name);
        if (input) setControl(input, value);
        entities.get(name)?.setRaw(value);
      }
    },
    problem() {
      for (const field of entities.values()) {
        field.input.removeAttribute('aria-invalid');
        const problem = field.problem();
        if (!problem) continue;
        field.input.setAttribute('aria-invalid', 'true');
        field.input.focus();
        return problem;
      }
      for (const [name, input] of controls) {
        input.removeAttribute('aria-invalid');
        if (input.checkValidity()) continue;
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return `${name}: ${input.validationMessage}`;
      }
      return undefined;
    },
  };
}
