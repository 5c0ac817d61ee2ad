// The header's health light: whether the API and its database answer, and why not when they don't.
import { getHealth, messageOf } from '../api.ts';
import { h } from './dom.ts';

const HEALTHY_POLL_MS = 60_000;
const UNHEALTHY_POLL_MS = 10_000;

export function createHealthIndicator(): HTMLElement {
  const text = h('span', { class: 'health-text' }, 'Checking…');
  const root = h('div', { class: 'health', 'data-testid': 'health', 'data-state': 'checking', role: 'status', 'aria-live': 'polite' },
    h('span', { class: 'health-dot', 'aria-hidden': 'true' }), text);

  const show = (state: 'ok' | 'down', words: string, detail?: string): void => {
    root.dataset.state = state;
    text.textContent = words;
    root.title = detail ?? words;
  };

  const check = async (): Promise<void> => {
    let next = UNHEALTHY_POLL_MS;
    try {
      const health = await getHealth();
      if (health.status === 'ok' && health.database.reachable) {
        const count = health.database.nodes;
        show('ok', count === undefined ? 'Database online' : `Database online · ${count.toLocaleString()} nodes`);
        next = HEALTHY_POLL_MS;
      } else {
        const reason = health.database.reason ?? 'no reason given';
        show('down', `Database unavailable: ${reason}`, reason);
      }
    } catch (err) {
      show('down', messageOf(err));
    }
    // Poll faster while down so the light turns green soon after the database comes back.
    window.setTimeout(() => void check(), next);
  };
  void check();
  return root;
}
