// Form fields that know their name, so an error from the contract or the server lands on the field it names.
import { h } from '../panels/dom.ts';

export type FieldKind = 'text' | 'textarea' | 'select' | 'checkbox' | 'date' | 'number' | 'url';

export interface FieldSpec {
  name: string;
  label: string;
  kind?: FieldKind;
  value?: string | number | boolean | null;
  options?: ReadonlyArray<string | readonly [value: string, label: string]>;
  required?: boolean;
  hint?: string;
}

// Several forms can share a page (a decision per proposal), so ids carry a counter.
let serial = 0;
const controlId = (name: string): string => `edit-${name.replace(/[^A-Za-z0-9_-]/g, '-')}-${(serial += 1)}`;

/** A labelled control with an error line under it; `data-field` is the name errors are matched against. */
export function field(spec: FieldSpec): HTMLElement {
  const id = controlId(spec.name);
  const errorId = `${id}-error`;
  const common = { id, name: spec.name, 'data-testid': `field-${spec.name}`, 'aria-describedby': errorId, required: spec.required };
  let control: HTMLElement;
  const kind = spec.kind ?? 'text';
  if (kind === 'textarea') {
    control = h('textarea', { ...common, rows: 3 });
    (control as HTMLTextAreaElement).value = spec.value == null ? '' : String(spec.value);
  } else if (kind === 'select') {
    const select = h('select', common, ...(spec.options ?? []).map((o) => {
      const [value, label] = typeof o === 'string' ? [o, o] : o;
      return h('option', { value }, label);
    }));
    if (spec.value != null) select.value = String(spec.value);
    control = select;
  } else if (kind === 'checkbox') {
    const box = h('input', { ...common, type: 'checkbox' });
    box.checked = spec.value === true;
    control = box;
  } else {
    const input = h('input', { ...common, type: kind === 'url' ? 'url' : kind, autocomplete: 'off' });
    input.value = spec.value == null ? '' : String(spec.value);
    control = input;
  }
  const label = h('label', { for: id }, spec.label, spec.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null);
  return h('div', { class: `edit-field edit-field-${kind}`, 'data-field': spec.name },
    kind === 'checkbox' ? h('div', { class: 'edit-check' }, control, label) : label,
    kind === 'checkbox' ? null : control,
    spec.hint ? h('p', { class: 'hint' }, spec.hint) : null,
    h('p', { class: 'field-error', id: errorId, 'data-testid': `field-error-${spec.name}`, hidden: true }));
}

/** The comment every change needs: why it is made. */
export function commentField(value = ''): HTMLElement {
  return field({ name: 'comment', label: 'Why (a comment for the history)', kind: 'textarea', value, required: true,
    hint: 'Every change is recorded with who, when and this comment.' });
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function control(form: HTMLFormElement, name: string): Control | null {
  return form.querySelector<Control>(`[data-field="${CSS.escape(name)}"] [name="${CSS.escape(name)}"]`);
}

export function text(form: HTMLFormElement, name: string): string {
  return control(form, name)?.value.trim() ?? '';
}

/** The text, or null when empty (for optional fields the contract types as nullable). */
export function optionalText(form: HTMLFormElement, name: string): string | null {
  return text(form, name) || null;
}

export function checked(form: HTMLFormElement, name: string): boolean {
  const c = control(form, name);
  return c instanceof HTMLInputElement ? c.checked : false;
}

export function numberValue(form: HTMLFormElement, name: string): number {
  const raw = text(form, name);
  return raw === '' ? Number.NaN : Number(raw);
}

/** One entry a line or between commas (aliases, lists of ids). */
export function list(form: HTMLFormElement, name: string): string[] {
  return text(form, name).split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}

export function clearErrors(form: HTMLFormElement): void {
  form.querySelectorAll<HTMLElement>('.field-error').forEach((el) => { el.hidden = true; el.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
}

/**
 * The field names a path could mean, best first (e.g. ["ops", 0, "record", "summary"] or "ops.1.source"): longer tails of
 * the path first, each tried with the op's own prefix before bare (a form with two ops names its fields "source.title"
 * and "title"). Pure, so the mapping is unit-tested without a page.
 */
export function fieldCandidates(path: ReadonlyArray<string | number> | string, opPrefix: Record<number, string> = {}): string[] {
  const parts = typeof path === 'string' ? path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [...path];
  const opIndex = parts[0] === 'ops' && typeof parts[1] === 'number' ? parts[1] : undefined;
  const prefix = opIndex === undefined ? '' : opPrefix[opIndex] ?? '';
  const names = parts.filter((p): p is string => typeof p === 'string' && p !== 'ops');
  const candidates: string[] = [];
  for (let i = 0; i < names.length; i += 1) {
    const tail = names.slice(i).join('.');
    if (prefix) candidates.push(prefix + tail);
    candidates.push(tail);
  }
  return candidates;
}

/**
 * Puts `message` under the first field of this form that the path names (see fieldCandidates). Returns false when none
 * matches, so the caller shows the message at the form level.
 */
export function showFieldError(form: HTMLFormElement, path: ReadonlyArray<string | number> | string, message: string,
  opPrefix: Record<number, string> = {}): boolean {
  for (const name of fieldCandidates(path, opPrefix)) {
    const box = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"], [data-also~="${CSS.escape(name)}"]`);
    const error = box?.querySelector<HTMLElement>('.field-error');
    if (!box || !error) continue;
    error.textContent = message;
    error.hidden = false;
    box.querySelector('[name], input')?.setAttribute('aria-invalid', 'true');
    return true;
  }
  return false;
}

/** Moves focus to the first field with an error, so a keyboard user lands where the fix is needed. */
export function focusFirstError(form: HTMLFormElement): void {
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
