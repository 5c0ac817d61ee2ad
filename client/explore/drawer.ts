// A drawer docked on the right of the canvas holding one tool at a time (Paths, Filters); the graph shrinks beside it.
import type { Core } from 'cytoscape';
import { h } from '../panels/dom.ts';

export interface Drawer {
  /** Registers a tool; its toggle button goes wherever the caller puts it. */
  tool(id: string, title: string, body: HTMLElement, onOpen?: () => void): HTMLButtonElement;
  open(id: string): void;
  close(): void;
  readonly openId: string | undefined;
}

/**
 * With a drawer open the canvas is narrow, and the legend would cover half of it: fold the legend while
 * the drawer is open, and unfold it on closing if it was the drawer that folded it.
 */
function makeRoomForDrawer(wrap: HTMLElement, open: boolean): void {
  const legend = wrap.querySelector<HTMLElement>(':scope > .legend');
  const toggle = legend?.querySelector<HTMLButtonElement>('.legend-toggle');
  if (!legend || !toggle) return;
  const folded = toggle.getAttribute('aria-expanded') === 'false';
  if (open && !folded) {
    toggle.click();
    legend.dataset.foldedByDrawer = 'true';
  } else if (!open && folded && legend.dataset.foldedByDrawer === 'true') {
    toggle.click();
    delete legend.dataset.foldedByDrawer;
  }
}

export function createDrawer(wrap: HTMLElement, cy: Core): Drawer {
  const heading = h('h2', { id: 'drawer-title' }, '');
  const closeButton = h('button', { type: 'button', class: 'drawer-close', 'aria-label': 'Close' }, '×');
  const content = h('div', { class: 'drawer-body' });
  const element = h('aside', { class: 'drawer', 'aria-labelledby': 'drawer-title', hidden: true, 'data-testid': 'drawer' },
    h('header', { class: 'drawer-head' }, heading, closeButton), content);
  wrap.append(element);
  const tools = new Map<string, { title: string; body: HTMLElement; button: HTMLButtonElement; onOpen?: () => void }>();
  let openId: string | undefined;

  const show = (id: string | undefined): void => {
    openId = id;
    const tool = id ? tools.get(id) : undefined;
    element.hidden = !tool;
    element.dataset.tool = id ?? '';
    wrap.classList.toggle('drawer-open', tool !== undefined);
    makeRoomForDrawer(wrap, tool !== undefined);
    for (const [key, t] of tools) t.button.setAttribute('aria-pressed', String(key === id));
    if (tool) {
      heading.textContent = tool.title;
      content.replaceChildren(tool.body);
      tool.onOpen?.();
    }
    // The canvas changed width: Cytoscape must measure it again or clicks land in the wrong place,
    // and what was in the middle of the view stays in the middle.
    const zoom = cy.zoom();
    const centre = { x: (cy.width() / 2 - cy.pan().x) / zoom, y: (cy.height() / 2 - cy.pan().y) / zoom };
    cy.resize();
    cy.pan({ x: cy.width() / 2 - centre.x * zoom, y: cy.height() / 2 - centre.y * zoom });
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
