// How a failed run reads next to its form: refusals by the read-only guard as a red banner with the reason, others as an error line.
import { ApiError, messageOf } from '../api.ts';
import { h } from '../panels/dom.ts';

/** "query refused: it writes data (…)" reads as "Refused: it writes data (…)". */
export function refusalReason(message: string): string {
  return message.replace(/^query refused:\s*/i, '');
}

export function showRunError(slot: HTMLElement, err: unknown): void {
  if (err instanceof ApiError && err.code === 'query_refused') {
    slot.replaceChildren(h('div', { class: 'refusal', role: 'alert', 'data-testid': 'refusal' },
      h('strong', {}, 'Refused: '), h('span', {}, refusalReason(err.message)),
      h('p', { class: 'refusal-why' }, 'Queries here run read-only: nothing can change the evidence.')));
    return;
  }
  const words = err instanceof ApiError && err.code === 'timeout' ? `${err.message} Try a narrower query or a lower row limit.` : messageOf(err);
  slot.replaceChildren(h('p', { class: 'error', role: 'alert', 'data-testid': 'run-error' }, words));
}

export function showProblem(slot: HTMLElement, message: string): void {
  slot.replaceChildren(h('p', { class: 'error', role: 'alert', 'data-testid': 'run-error' }, message));
}

export function clearRunError(slot: HTMLElement): void {
  slot.replaceChildren();
}
