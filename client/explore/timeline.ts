// The timeline slider over when allegations were made: two thumbs (from, to) over the dates found on the canvas.
import { h } from '../panels/dom.ts';

const DAY = 86_400_000;
const toDay = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const toIso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** dates: every allegation date on the canvas, sorted; range: the current filter bounds, if any. */
export function timeline(dates: string[], range: { from?: string; to?: string }, change: (from?: string, to?: string) => void): HTMLElement {
  if (dates.length === 0) {
    return h('div', { class: 'timeline empty', 'data-testid': 'timeline' },
      h('p', { class: 'hint', 'data-testid': 'timeline-empty' }, 'No dated allegations on the canvas: nothing to filter by date. (Undated allegations always stay shown.)'),
      h('input', { type: 'range', disabled: true, 'aria-label': 'Allegations made from (no dates)' }));
  }
  const first = toDay(dates[0] ?? '');
  const last = toDay(dates[dates.length - 1] ?? '');
  const span = Math.max(1, last - first);
  const slider = (label: string, testId: string, value: number): HTMLInputElement =>
    h('input', { type: 'range', min: 0, max: span, step: 1, value: value - first, 'aria-label': label, 'data-testid': testId });
  const from = slider('Allegations made from', 'filter-from', range.from ? toDay(range.from) : first);
  const to = slider('Allegations made until', 'filter-to', range.to ? toDay(range.to) : last);
  const words = h('p', { class: 'timeline-words', 'aria-live': 'polite' });
  const say = (): void => {
    const a = toIso(first + Math.min(Number(from.value), Number(to.value)));
    const b = toIso(first + Math.max(Number(from.value), Number(to.value)));
    words.textContent = `${a} – ${b} · ${dates.length} dated statement${dates.length === 1 ? '' : 's'}`;
    from.setAttribute('aria-valuetext', a);
    to.setAttribute('aria-valuetext', b);
  };
  const commit = (): void => {
    const lo = Math.min(Number(from.value), Number(to.value));
    const hi = Math.max(Number(from.value), Number(to.value));
    // The full span means no date filter at all, so allegations dated later still show up.
    change(lo === 0 ? undefined : toIso(first + lo), hi === span ? undefined : toIso(first + hi));
  };
  for (const input of [from, to]) {
    input.addEventListener('input', say);
    input.addEventListener('change', commit);
  }
  say();
  return h('div', { class: 'timeline', 'data-testid': 'timeline' }, h('div', { class: 'timeline-track' }, from, to), words);
}
