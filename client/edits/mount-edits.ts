// Editing in the page: the panel's edit buttons and history, the toolbar's "New…" and "Connect", the header's Changes and
// Review entries (with the proposals badge), each shown only to a role that may use it.
import type { ChangeRecord } from '@contract/changes.ts';
import type { GraphNode } from '@contract/graph.ts';
import { getEntity, getNeighbourhood } from '../api.ts';
import { h } from '../panels/dom.ts';
import type { DetailsPanel } from '../panels/details-panel.ts';
import type { Explorer, Notices } from '../state/explorer.ts';
import type { GraphStore } from '../state/graph-store.ts';
import { can, currentActor, onSessionChange } from './access.ts';
import { openNewAllegation, openResponse, openStatusChange } from './allegation-forms.ts';
import { createChangesPage, type Page } from './changes-page.ts';
import { openConnect } from './connect-form.ts';
import { openDelete, DELETE_MEANS, type DeleteTarget } from './delete-form.ts';
import { setEdgeActions } from './edge-actions.ts';
import { kindOf, openEdit, openNewEntity, openNewSource, type EditHooks } from './element-forms.ts';
import { openLinkEdit } from './link-form.ts';
import { getProposals } from './edits-api.ts';
import { historySection } from './history-panel.ts';
import { touchedNodes, versionOf } from './ids.ts';
import { createReviewPage } from './review-page.ts';
import './edits.css';

export interface EditsDeps {
  store: GraphStore;
  explorer: Explorer;
  panel: DetailsPanel;
  notices: Notices;
  /** Adds a labelled group to the strip over the canvas (it folds into "More" when the strip is full). */
  addGroup(label: string, ...controls: HTMLElement[]): HTMLElement;
  headerEnd: HTMLElement;
  layout: HTMLElement;
}

export interface Edits {
  /** The panel's edit buttons and history for a node. */
  sections(node: GraphNode): Array<HTMLElement | null>;
}

type PageName = 'changes' | 'review';
const PAGE_PARAM = 'page';

export function mountEdits(deps: EditsDeps): Edits {
  const { store, explorer, panel, notices } = deps;
  const histories = new Map<string, Promise<ChangeRecord[]>>();
  let previous: string | undefined;
  let current: string | undefined;

  const badge = h('span', { class: 'proposal-badge', 'data-testid': 'proposal-badge', hidden: true, 'aria-label': 'proposals waiting' });
  const countProposals = (n: number): void => { badge.textContent = String(n); badge.hidden = n === 0; };
  const refreshBadge = (): void => {
    if (can('propose')) void getProposals().then((p) => countProposals(p.length), () => undefined);
  };

  const changed = (change: ChangeRecord): void => {
    const ids = touchedNodes(change);
    for (const id of ids) histories.delete(id);
    refreshBadge();
    if (change.status !== 'applied') return;
    // What a change deleted leaves the canvas (a link by its id, a node with the links touching it), and the panel.
    const deleted = change.items.filter((i) => i.op === 'delete').map((i) => i.element);
    for (const id of deleted) explorer.remove(id);
    if (deleted.length > 0) panel.clear();
    panel.refresh(ids.filter((id) => !deleted.includes(id)));
    // What a change created comes onto the canvas, linked to what is drawn.
    // A reply is shown beside the allegation it answers (refreshed above), so the panel stays on that allegation.
    const isReply = (after: Record<string, unknown> | null): boolean => Array.isArray(after?.respondsTo) && after.respondsTo.length > 0;
    for (const item of change.items) {
      if (item.op === 'create' && (item.kind === 'entity' || item.kind === 'allegation') && !isReply(item.after)) void explorer.reveal(item.element);
      if (item.op === 'create' && item.kind === 'relationship') void drawLink(item.element);
      // An edited link's panel shows what it says now.
      if (item.op === 'update' && item.kind === 'relationship') void hooks.fetchEdge(item.element).catch(() => undefined);
    }
  };
  // A new link is drawn with its two ends, merged into what the canvas shows (TYPE:from:to names both).
  const drawLink = async (id: string): Promise<void> => {
    const [type, from, to] = id.split(':');
    if (!from || !to) return;
    const n = await getNeighbourhood(from, { limit: 500 });
    const edge = n.edges.find((e) => e.id === id || (e.type === type && e.source === from && e.target === to));
    const end = n.nodes.find((node) => node.id === to);
    if (edge && end) await explorer.showGraph({ nodes: [n.center, end], edges: [edge], sources: n.sources }, 'merge');
  };
  const hooks: EditHooks = {
    saved: changed,
    fetchNode: async (id) => {
      panel.refresh([id]);
      const detail = await getEntity(id);
      store.addNode(detail.node);
      return detail.node;
    },
    fetchEdge: async (id) => {
      const [type, from, to] = id.split(':');
      const n = await getNeighbourhood(from ?? id, { limit: 500 });
      const edge = n.edges.find((e) => e.id === id || (e.type === type && e.source === from && e.target === to));
      if (!edge) throw new Error('This link has been deleted since you opened it.');
      store.absorbGraph({ nodes: [], edges: [edge], sources: n.sources });
      panel.refresh([]);
      return edge;
    },
  };
  const deleteHooks = {
    ...hooks,
    // After a 409 the delete carries the version the server has now.
    refetch: async (t: DeleteTarget): Promise<DeleteTarget> => ({
      ...t, version: versionOf((t.kind === 'relationship' ? await hooks.fetchEdge(t.id) : await hooks.fetchNode(t.id)).properties),
    }),
  };
  const deleteButton = (target: DeleteTarget): HTMLButtonElement =>
    h('button', { type: 'button', class: 'danger', 'data-testid': 'delete-open', title: DELETE_MEANS, onclick: () => openDelete(target, deleteHooks) }, 'Delete…');
  // A link's panel: edit its standing, sources and note, or delete it; only for a role that may propose.
  setEdgeActions((edge) => {
    const actor = currentActor();
    if (!actor || actor.kind === 'guest' || !can('propose') || edge.type === 'SAME_AS' || !/^[A-Z_]+:/.test(edge.id)) return null;
    const dataset = store.node(edge.source)?.dataset ?? store.node(edge.target)?.dataset ?? '';
    const name = `${store.nameOf(edge.source)} → ${store.nameOf(edge.target)}`;
    return h('div', { class: 'edit-actions', 'data-testid': 'edit-actions' },
      h('button', { type: 'button', 'data-testid': 'edit-link-open', onclick: () => openLinkEdit(edge, { dataset, nameOf: store.nameOf }, hooks) }, 'Edit'),
      deleteButton({ kind: 'relationship', id: edge.id, name, dataset, version: versionOf(edge.properties) }));
  });

  // Pages: one at a time over the canvas, kept in the address so a reload returns to it.
  const close = (): void => show(undefined);
  const pages: Record<PageName, Page> = {
    changes: createChangesPage(close, store.nameOf, (change) => changed(change)),
    review: createReviewPage(close, { nameOf: store.nameOf, decided: changed, counted: countProposals }),
  };
  const show = (name: PageName | undefined): void => {
    for (const [key, page] of Object.entries(pages)) page.element.hidden = key !== name;
    if (name) pages[name].refresh();
    const url = new URL(window.location.href);
    if (name) url.searchParams.set(PAGE_PARAM, name);
    else url.searchParams.delete(PAGE_PARAM);
    window.history.replaceState(window.history.state, '', url);
    nav.changes.setAttribute('aria-pressed', String(name === 'changes'));
    nav.review.setAttribute('aria-pressed', String(name === 'review'));
    if (name) pages[name].element.querySelector<HTMLElement>('h2')?.focus();
  };
  for (const page of Object.values(pages)) {
    page.element.querySelector('h2')?.setAttribute('tabindex', '-1');
    deps.layout.append(page.element);
  }
  const nav = {
    changes: h('button', { type: 'button', 'data-testid': 'nav-changes', title: 'The audit trail: every change, who made it and why' }, 'Changes'),
    review: h('button', { type: 'button', 'data-testid': 'nav-review', title: 'Proposals waiting for review' }, 'Review', badge),
  };
  nav.changes.addEventListener('click', () => show(pages.changes.element.hidden ? 'changes' : undefined));
  nav.review.addEventListener('click', () => show(pages.review.element.hidden ? 'review' : undefined));
  deps.headerEnd.prepend(nav.changes, nav.review);
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
    if (Object.values(pages).some((p) => !p.element.hidden)) close();
  });

  // One "New ▾" button on the strip, so the explorer's own groups keep their room; its menu holds the four forms.
  const menuItem = (label: string, testId: string, title: string, run: () => void): HTMLButtonElement =>
    h('button', { type: 'button', role: 'menuitem', 'data-testid': testId, title, onclick: () => { closeMenu(); run(); } }, label);
  const menu = h('div', { class: 'edit-menu', role: 'menu', id: 'edit-menu', hidden: true, 'aria-label': 'New' },
    menuItem('New entity', 'new-entity', 'Add a person, organisation, place…, with its source', () => openNewEntity(hooks)),
    menuItem('New source', 'new-source', 'Add a source: title, publisher, date, URL or file, kind and reliability grade', () => openNewSource(hooks)),
    menuItem('New allegation', 'new-allegation', 'Record a claim someone makes, with where it is reported', () => openNewAllegation(hooks, current ? store.node(current) : undefined)),
    menuItem('Connect two nodes', 'connect', 'Link the node shown in the panel to the one shown before it', () =>
      openConnect(hooks, previous ? store.node(previous) : undefined, current ? store.node(current) : undefined)));
  const menuButton = h('button', { type: 'button', 'data-testid': 'edit-menu', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': 'edit-menu',
    title: 'Add to the evidence: an entity, a source, an allegation, or a link' }, 'New ▾');
  function closeMenu(): void { menu.hidden = true; menuButton.setAttribute('aria-expanded', 'false'); }
  menuButton.addEventListener('click', () => {
    menu.hidden = !menu.hidden;
    menuButton.setAttribute('aria-expanded', String(!menu.hidden));
    if (!menu.hidden) menu.querySelector<HTMLElement>('button')?.focus();
  });
  menu.addEventListener('keydown', (e) => {
    const items = [...menu.querySelectorAll<HTMLElement>('button')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') { e.stopPropagation(); closeMenu(); menuButton.focus(); }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus(); }
  });
  document.addEventListener('pointerdown', (e) => { if (!menu.hidden && !tools.contains(e.target as Node)) closeMenu(); });
  const tools = deps.addGroup('Edit', h('span', { class: 'edit-tools' }, menuButton, menu));

  const applyRole = (): void => {
    const actor = currentActor();
    tools.hidden = !can('propose');
    nav.review.hidden = !can('propose');
    nav.changes.hidden = !can('read') || actor?.kind === 'guest';
    refreshBadge();
    const asked = new URL(window.location.href).searchParams.get(PAGE_PARAM);
    if ((asked === 'changes' && !nav.changes.hidden) || (asked === 'review' && !nav.review.hidden)) show(asked);
    panel.refresh([]);
  };
  tools.hidden = true;
  nav.review.hidden = true;
  nav.changes.hidden = true;
  // The session is known before the app is built (main.ts waits for sign-in); a later change (sign-out, a 401) re-applies.
  onSessionChange(applyRole);
  applyRole();

  return {
    sections(node) {
      if (node.id !== current) { previous = current; current = node.id; }
      const actor = currentActor();
      if (!actor || actor.kind === 'guest') return [];
      const button = (label: string, testId: string, run: () => void): HTMLButtonElement =>
        h('button', { type: 'button', 'data-testid': testId, onclick: run }, label);
      const actions = can('propose')
        ? h('div', { class: 'edit-actions', 'data-testid': 'edit-actions' },
          button('Edit', 'edit-open', () => openEdit(node, hooks)),
          node.type === 'Allegation' ? button('Change status', 'status-open', () => openStatusChange(node, hooks)) : null,
          node.type === 'Allegation' ? button('Record a reply / denial', 'response-open', () => openResponse(node, hooks)) : null,
          node.type !== 'Allegation' && node.type !== 'Source' ? button('New allegation against', 'allegation-against', () => openNewAllegation(hooks, node)) : null,
          button('Connect…', 'connect-open', () => openConnect(hooks, node, previous ? store.node(previous) : undefined)),
          deleteButton({ kind: kindOf(node), id: node.id, name: node.name, dataset: node.dataset, version: versionOf(node.properties) }))
        : null;
      return [actions, historySection(node.id, { nameOf: store.nameOf, changed }, histories)];
    },
  };
}
