// A drawer docked on the right of the canvas holding one tool at a time (Paths, Filters); the graph shrinks beside it.
import type { Core } from 'cytoscape';
import { h } from '../panels/dom.ts';
import { remeasure } from '../panels/panel-layout.ts';
import { createResizer } from '../panels/resizable.ts';

export interface Drawer {
  /** Registers a tool; its toggle button goes wherever the caller puts it. */
  tool(id: string, title: string, body: HTMLElement, onOpen?: () => void): HTMLButtonElement;
  open(id: string): void;
  close(): void;
  readonly openId: string | undefined;
}

export function createDrawer(wrap: HTMLElement, cy: Core): Drawer {
  const heading = h('h2', { id: 'drawer-title' }, '');
  const closeButton = h('button', { type: 'button', class: 'drawer-close', 'aria-label': 'Close' }, '×');
  const content = h('div', { class: 'drawer-body' });
  const element = h('aside', { class: 'drawer', 'aria-labelledby': 'drawer-title', hidden: true, 'data-testid': 'drawer' },
    h('header', { class: 'drawer-head' }, heading, closeButton), content);
  wrap.append(element);
  // Its width is the user's to choose (drag or arrow keys), remembered; Enter on the handle closes the drawer.
  const resizer = createResizer({
    key: 'drawer', label: 'Resize the tool drawer', cssVar: '--drawer-width', axis: 'x', grow: -1, min: 280,
    max: () => window.innerWidth * 0.4, pane: element, fold: () => closeButton.click(), changed: () => remeasure(cy),
  });
  element.append(resizer.element);
  const tools = new Map<string, { title: string; body: HTMLElement; button: HTMLButtonElement; onOpen?: () => void }>();
  let openId: string | undefined;

  const show = (id: string | undefined): void => {
    openId = id;
    const tool = id ? tools.get(id) : undefined;
    element.hidden = !tool;
    element.dataset.tool = id ?? '';
    wrap.classList.toggle('drawer-open', tool !== undefined);
    for (const [key, t] of tools) t.button.setAttribute('aria-pressed', String(key === id));
    if (tool) {
      heading.textContent = tool.title;
      content.replaceChildren(tool.body);
      tool.onOpen?.();
    }
    // The canvas changed width: Cytoscape must measure it again or clicks land in the wrong place.
    // (The legend folds by itself when the canvas gets short of room: panels/panel-layout.ts.)
    remeasure(cy);
  };
  closeButton.addEventListener('click', () => {
    const button = openId ? tools.get(openId)?.button : undefined;
    show(undefined);
    button?.focus();
  });
  element.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented) closeButton.click();
  });

  return {
    tool(id, title, body, onOpen) {
      const button = h('button', { type: 'button', 'aria-pressed': 'false', 'data-testid': `${id}-tool`, 'aria-controls': 'drawer' }, title);
      button.addEventListener('click', () => show(openId === id ? undefined : id));
      tools.set(id, { title, body, button, onOpen });
      return button;
    },
    open: (id) => show(id),
    close: () => show(undefined),
    get openId() { return openId; },
  };
}
