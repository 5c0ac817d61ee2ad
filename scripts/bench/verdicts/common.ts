// What every part's verdicts share: the latest figures of a part, and one target checked against one figure.
import { existsSync, readFileSync } from 'node:fs';

export type Row = Record<string, unknown>;
export interface Target { target: string; measured: string; verdict: string }
export type Latest = (part: string) => Row | null;

export const latest: Latest = (name) => (existsSync(`docs/bench/${name}-latest.json`) ? JSON.parse(readFileSync(`docs/bench/${name}-latest.json`, 'utf8')) : null);
export const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function check(target: string, value: number | null, unit: string, ok: (v: number) => boolean, from: string): Target {
  if (value === null) return { target, measured: `not measured (${from})`, verdict: '—' };
  return { target, measured: `${value.toLocaleString('en')} ${unit} (${from})`, verdict: ok(value) ? 'met' : 'missed' };
}

/** Several figures against one target: met only when every one is. */
export function checkAll(target: string, values: { label: string; value: number | null }[], unit: string, ok: (v: number) => boolean): Target {
  if (values.length === 0 || values.some((v) => v.value === null)) return { target, measured: values.length ? `not measured (${values.filter((v) => v.value === null).map((v) => v.label).join(', ')})` : 'not measured', verdict: '—' };
  const missed = values.filter((v) => !ok(v.value!));
  const shown = (missed.length ? missed : values).map((v) => `${v.label} ${v.value!.toLocaleString('en')}`).join('; ');
  return { target, measured: `${missed.length ? `missed by ${missed.length} of ${values.length}: ` : `all ${values.length}: `}${shown} ${unit}`, verdict: missed.length ? 'missed' : 'met' };
}
