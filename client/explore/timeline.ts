// The timeline slider over when allegations were made (two thumbs over the dates on the canvas), and the choice for undated ones.
import { h } from '../panels/dom.ts';
import { plural } from '../wording.ts';
import type { Filters } from './types.ts';

const DAY = 86_400_000;
const toDay = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const toIso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** What the canvas holds for the timeline: every allegation date (sorted), and how many allegations are dated at all. */
export interface TimelineInput {
  dates: string[];
  allegations: number;
  dated: number;
}

/** In words, how much of what is in view a date filter can judge; null when every allegation is dated. */
export function datedWords(allegations: number, dated: number): string | null {
  if (allegations === 0) return 'No allegations in view: nothing to filter by date.';
  if (dated === 0) {
    return allegations === 1
      ? 'The one allegation in view is not dated: a date range cannot act on it.'
      : `None of the ${allegations} allegations in view is dated: a date range cannot act on them.`;
  }
  const undated = allegations - dated;
  if (undated === 0) return null;
  return `${plural(undated, 'allegation')} of ${allegations} in view ${undated === 1 ? 'is' : 'are'} not dated: a date range cannot judge ${undated === 1 ? 'it' : 'them'}.`;
}

/** Undated allegations, shown or hidden: said as a choice, never left to a silent default. */
function undatedChoice(count: number, hidden: boolean, choose: (hide: boolean) => void): HTMLElement {
  const select = h('select', { 'data-testid': 'filter-undated', 'aria-label': 'Undated allegations' },
    h('option', { value: 'show', selected: !hidden }, `Show ${count === 1 ? 'it' : `all ${count}`}`),
    h('option', { value: 'hide', selected: hidden }, `Hide ${count === 1 ? 'it' : `all ${count}`}`));
  select.addEventListener('change', () => choose(select.value === 'hide'));
  return h('label', { class: 'field' }, h('span', {}, 'Undated allegations'), select);
}

export function timeline(input: TimelineInput, range: Pick<Filters, 'from' | 'to' | 'hideUndated'>, change: (from?: string, to?: string) => void, chooseUndated: (hide: boolean) => void): HTMLElement {
  const { dates } = input;
  const undated = input.allegations - input.dated;
  const words = datedWords(input.allegations, input.dated);
  const choice = undated > 0 ? undatedChoice(undated, range.hideUndated === true, chooseUndated) : null;
  if (dates.length === 0) {
    return h('div', { class: 'timeline empty', 'data-testid': 'timeline' },
      h('p', { class: 'hint', 'data-testid': 'timeline-empty', role: 'status' }, words ?? 'No dated allegations in view: nothing to filter by date.'),
      h('input', { type: 'range', disabled: true, 'aria-label': 'Allegations made from (no dates)' }),
      choice);
  }
  const first = toDay(dates[0] ?? '');
  const last = toDay(dates[dates.length - 1] ?? '');
  const span = Math.max(1, last - first);
  const slider = (label: string, testId: string, value: number): HTMLInputElement =>
    h('input', { type: 'range', min: 0, max: span, step: 1, value: value - first, 'aria-label': label, 'data-testid': testId });
  const from = slider('Allegations made from', 'filter-from', range.from ? toDay(range.from) : first);
  const to = slider('Allegations made until', 'filter-to', range.to ? toDay(range.to) : last);
  const said = h('p', { class: 'timeline-words', 'aria-live': 'polite' });
  const say = (): void => {
    const a = toIso(first + Math.min(Number(from.value), Number(to.value)));
    const b = toIso(first + Math.max(Number(from.value), Number(to.value)));
    said.textContent = `${a} – ${b} · ${dates.length} dated statement${dates.length === 1 ? '' : 's'}`;
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
  return h('div', { class: 'timeline', 'data-testid': 'timeline' }, h('div', { class: 'timeline-track' }, from, to), said,
    words ? h('p', { class: 'hint', 'data-testid': 'timeline-undated' }, words) : null, choice);
}
