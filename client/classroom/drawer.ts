// The Classroom drawer: a column left of the canvas with four tabs (tours, tour builder, network basics, your data).
import { h } from '../panels/dom.ts';

export type TabId = 'tours' | 'build' | 'network' | 'data';

export interface ClassroomDrawer {
  toggle: HTMLButtonElement;
  element: HTMLElement;
  setOpen(open: boolean): void;
  show(tab: TabId): void;
  readonly isOpen: boolean;
}

const LABELS: Record<TabId, string> = { tours: 'Tours', build: 'Build a tour', network: 'Network basics', data: 'Your data' };

export function createClassroomDrawer(content: Record<TabId, HTMLElement>, onShow: (tab: TabId) => void): ClassroomDrawer {
  const ids = Object.keys(LABELS) as TabId[];
  const tabs = Object.fromEntries(ids.map((id) => [id, h('button', {
    type: 'button', role: 'tab', id: `cls-tab-${id}`, 'aria-controls': `cls-panel-${id}`, 'data-testid': `classroom-tab-${id}`,
  }, LABELS[id])])) as Record<TabId, HTMLButtonElement>;
  const panels = Object.fromEntries(ids.map((id) => [id, h('div', {
    role: 'tabpanel', id: `cls-panel-${id}`, 'aria-labelledby': `cls-tab-${id}`, class: 'cls-tab-panel', 'data-testid': `classroom-panel-${id}`,
  }, content[id])])) as unknown as Record<TabId, HTMLElement>;
  const show = (tab: TabId): void => {
    for (const id of ids) {
      tabs[id].setAttribute('aria-selected', String(id === tab));
      tabs[id].tabIndex = id === tab ? 0 : -1;
      panels[id].hidden = id !== tab;
    }
    onShow(tab);
  };
  for (const id of ids) tabs[id].addEventListener('click', () => show(id));
  const tablist = h('div', { role: 'tablist', class: 'cls-tabs', 'aria-label': 'Classroom' }, ...ids.map((id) => tabs[id]));
  tablist.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const visible = ids.filter((id) => !tabs[id].hidden);
    const at = visible.findIndex((id) => tabs[id].getAttribute('aria-selected') === 'true');
    const next = visible[(at + (event.key === 'ArrowRight' ? 1 : visible.length - 1)) % visible.length]!;
    show(next);
    tabs[next].focus();
  });

  const close = h('button', { type: 'button', class: 'cls-icon-button', 'aria-label': 'Close classroom' }, '×');
  const element = h('aside', { id: 'classroom-drawer', class: 'cls-drawer', 'data-testid': 'classroom-drawer', 'aria-labelledby': 'classroom-heading', hidden: true },
    h('header', { class: 'cls-drawer-head' },
      h('div', {}, h('h2', { id: 'classroom-heading' }, 'Classroom'), h('p', { class: 'cls-hint' }, 'Guided tours, network basics and your own data.')),
      close),
    tablist,
    h('div', { class: 'cls-drawer-body' }, ...ids.map((id) => panels[id])));
  const toggle = h('button', {
    type: 'button', class: 'cls-toggle', 'aria-expanded': 'false', 'aria-controls': 'classroom-drawer', 'data-testid': 'classroom-toggle',
    title: 'Tours for teaching, network basics and your own data',
  }, h('span', { class: 'cls-toggle-icon', 'aria-hidden': 'true' }), h('span', { class: 'cls-toggle-text' }, 'Classroom'));

  const setOpen = (open: boolean): void => {
    const layout = element.closest('.layout');
    // The Queries drawer uses the same column; only one of the two is open at a time.
    if (open) document.querySelector<HTMLButtonElement>('.queries-toggle[aria-expanded="true"]')?.click();
    element.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    layout?.classList.toggle('cls-open', open);
    window.dispatchEvent(new Event('resize'));
  };
  toggle.addEventListener('click', () => {
    setOpen(element.hidden !== false);
    if (!element.hidden) element.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  });
  close.addEventListener('click', () => {
    setOpen(false);
    toggle.focus();
  });
  show('tours');
  return { toggle, element, setOpen, show, get isOpen() { return !element.hidden; } };
}
