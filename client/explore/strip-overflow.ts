// Keeps the strip over the canvas on one row: groups that do not fit move, last first, into a "More ▾" menu
// (a button and a panel of the same controls, keyboard operable), and come back when there is room again.
import { h } from '../panels/dom.ts';

export interface StripOverflow {
  /** Adds a group at the end of the strip (before the More button). */
  add(group: HTMLElement): void;
}

/** How many rows some boxes take: tops within a few pixels of each other are one row (groups differ in padding). */
export function rowCount(tops: number[], tolerance = 12): number {
  const sorted = [...tops].sort((a, b) => a - b);
  let rows = 0;
  let rowTop = -Infinity;
  for (const top of sorted) {
    if (top > rowTop + tolerance) {
      rows += 1;
      rowTop = top;
    }
  }
  return rows;
}

/**
 * Which groups go under "More" first: the selects (wide, and used once per view), then the allegation switch,
 * the hidden-nodes list, sharing; undo and the tools people open most (Paths, Filters, Table) stay longest. Groups not named here go first of all.
 */
export const OVERFLOW_ORDER = ['View', 'Allegations', 'Hidden', 'Share and help', 'History', 'Tools'];

/** The order in which groups leave the strip: unnamed ones first (last first), then OVERFLOW_ORDER. */
export function overflowOrder(labels: string[]): number[] {
  const rank = (label: string): number => {
    const at = OVERFLOW_ORDER.indexOf(label);
    return at === -1 ? -1 : at;
  };
  return labels.map((label, index) => ({ index, rank: rank(label) }))
    .sort((a, b) => a.rank - b.rank || b.index - a.index)
    .map((g) => g.index);
}

export function createOverflow(strip: HTMLElement): StripOverflow {
  const groups: HTMLElement[] = [];
  const button = h('button', {
    type: 'button', class: 'explore-more', 'data-testid': 'explore-more', 'aria-haspopup': 'true', 'aria-expanded': 'false',
    'aria-controls': 'explore-more-menu', title: 'Tools that do not fit on the strip',
  }, 'More ▾');
  const menu = h('div', { id: 'explore-more-menu', class: 'explore-more-menu', role: 'group', 'aria-label': 'More tools', hidden: true });
  const wrap = h('div', { class: 'explore-more-wrap', hidden: true }, button, menu);
  strip.append(wrap);

  const setOpen = (open: boolean, focus = false): void => {
    menu.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open && focus) menu.querySelector<HTMLElement>('button:not(:disabled), select')?.focus();
  };
  button.addEventListener('click', (event) => setOpen(menu.hidden !== false, event.detail === 0));
  wrap.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || menu.hidden) return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    button.focus();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!menu.hidden && !wrap.contains(event.target as Node)) setOpen(false);
  });

  const shown = (): HTMLElement[] => [...strip.children]
    .filter((el): el is HTMLElement => el instanceof HTMLElement && !el.classList.contains('notice') && !el.classList.contains('strip-status') && el.getBoundingClientRect().width > 0);
  // Too many controls either wrap to a second row or, when the strip does not wrap, run past its right edge.
  const crowded = (): boolean => {
    const boxes = shown().map((el) => el.getBoundingClientRect());
    const right = strip.getBoundingClientRect().right;
    return rowCount(boxes.map((b) => b.top)) > 1 || boxes.some((b) => b.right > right + 1);
  };

  const fit = (): void => {
    const focused = wrap.contains(document.activeElement) || groups.some((g) => g.contains(document.activeElement)) ? document.activeElement as HTMLElement : null;
    for (const g of groups) strip.insertBefore(g, wrap);
    wrap.hidden = true;
    if (strip.getBoundingClientRect().width > 0 && crowded()) {
      wrap.hidden = false;
      const moved = new Set<number>();
      for (const i of overflowOrder(groups.map((g) => g.getAttribute('aria-label') ?? ''))) {
        if (!crowded()) break;
        moved.add(i);
        // The menu lists its groups in strip order, whichever left first.
        const after = [...moved].filter((j) => j > i).sort((a, b) => a - b)[0];
        menu.insertBefore(groups[i]!, after === undefined ? null : groups[after]!);
      }
    }
    if (menu.childElementCount === 0 || wrap.hidden) setOpen(false);
    focused?.focus();
  };
  let width = -1;
  let queued = false;
  const schedule = (force = false): void => {
    const now = Math.round(strip.getBoundingClientRect().width);
    if ((now === width && !force) || queued) return;
    width = now;
    queued = true;
    requestAnimationFrame(() => { queued = false; fit(); });
  };
  new ResizeObserver(() => schedule()).observe(strip);
  // A control that appears or goes (e.g. "Hidden (n)") changes what fits; the menu's own opening does not.
  new MutationObserver((records) => { if (records.some((r) => r.target !== wrap && r.target !== menu)) schedule(true); })
    .observe(strip, { subtree: true, attributes: true, attributeFilter: ['hidden'] });

  return {
    add(group) {
      groups.push(group);
      strip.insertBefore(group, wrap);
      schedule(true);
    },
  };
}
