// Entry point: builds the page and wires search, canvas, side panel, legend and health light together.
import './zod-jitless.ts'; // before any schema: no eval under the CSP
import { afterChanges } from './cy/after-changes.ts';
import './styles.css';
import { GraphView } from './cy/graph-view.ts';
import { setFitInsets } from './cy/layout.ts';
import { createLegend } from './panels/legend.ts';
import { DetailsPanel } from './panels/details-panel.ts';
import { h } from './panels/dom.ts';
import { createHealthIndicator } from './panels/health-indicator.ts';
import { createNotices } from './panels/notices.ts';
import { createSearchBox } from './panels/search-box.ts';
import type { Investigator } from './explore/investigator.ts';
import { stripClearance } from './explore/explore-bar.ts';
import { mountInvestigator } from './explore/mount.ts';
import { mountQueries } from './queries/mount-queries.ts';
import { mountClassroom, type Classroom } from './classroom/mount.ts';
import { getEntity, messageOf } from './api.ts';
import { createEmptyState } from './panels/empty-state.ts';
import { mountPanelLayout } from './panels/panel-layout.ts';
import { Explorer } from './state/explorer.ts';
import { GraphStore } from './state/graph-store.ts';
import { openFromUrl, rememberEntity } from './state/url-state.ts';
import { createDatasetChooser, scopeChangeNotice } from './panels/dataset-chooser.ts';
import { mountXref } from './xref/mount.ts';
import { mountEdits, type Edits } from './edits/mount-edits.ts';
import { createAccountSlot, signedIn } from './accounts/mount.ts';

const root = document.getElementById('app');
if (!root) throw new Error('index.html must contain #app');
// Accounts (issue 12): a setup link or the sign-in page stands in for the app until someone may see it.
await signedIn(root);

const store = new GraphStore();
const { element: noticeEl, notices } = createNotices();
const canvas = h('div', {
  id: 'cy', class: 'cy', tabindex: 0, 'data-testid': 'graph', role: 'application',
  'aria-label': 'Graph canvas. Click a node or line for details; double-click a node or press Enter to expand it; Escape clears the selection.',
});
const panelRoot = h('aside', { class: 'side-panel', 'data-testid': 'side-panel' });

// The panel and the explorer need each other; the late binding goes through these two closures.
let explorer: Explorer;
let investigator: Investigator;
let edits: Edits | undefined;
const panel = new DetailsPanel(panelRoot, store, {
  expand: (id) => explorer.expand(id),
  reveal: (id) => void explorer.reveal(id),
  sections: (node) => [...investigator.sections(node), ...(edits?.sections(node) ?? [])],
});
// The landing page offers examples: two entities to open and the class tour (classroom is bound once mounted).
let classroom: Classroom | undefined;
const emptyState = createEmptyState({
  open: (id) => void getEntity(id).then((detail) => explorer.show(detail.node)).catch((err: unknown) => notices.error(messageOf(err))),
  playTour: (id) => void classroom?.present(id, { fullscreen: false }),
});

const legend = createLegend();
// Fitting keeps the drawing clear of the open legend and the toolbar, which float over the canvas.
setFitInsets(() => {
  const canvasBox = canvas.getBoundingClientRect();
  const legendBox = legend.getBoundingClientRect();
  const legendOpen = !legend.classList.contains('collapsed') && legendBox.width > 0;
  return { top: Math.max(64, stripClearance(canvasBox.top)), right: 40, bottom: 40, left: legendOpen ? legendBox.right - canvasBox.left + 24 : 40 };
});

const toolbar = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Canvas' },
  h('button', { type: 'button', onclick: () => void view.fit(), title: 'Fit the whole graph in view' }, 'Fit'),
  h('button', { type: 'button', onclick: () => void investigator.relayout(), title: 'Lay the whole graph out again, with the chosen layout (L)' }, 'Re-layout'),
  h('button', { type: 'button', onclick: () => { explorer.clear(); panel.clear(); }, title: 'Remove everything from the canvas' }, 'Clear'));

// Query results go through the explorer, so they are drawn and remembered exactly like explored neighbourhoods.
const queries = mountQueries(async (part, mode) => {
  if (mode === 'replace') {
    panel.clear();
    rememberEntity(undefined);
  }
  await explorer.showGraph(part, mode);
});

// A new choice of datasets: the canvas is kept (see scopeChangeNotice for why), and paging is forgotten so the
// next expansion of a drawn node reads the new scope from its first page.
const datasetChooser = createDatasetChooser({
  changed: (next) => {
    const drawn = view.cy.nodes().map((n) => store.node(n.id())?.dataset ?? String(n.data('dataset') ?? ''));
    store.restorePaging([]);
    notices.info(scopeChangeNotice(next, drawn.filter(Boolean)));
  },
});

// Cross-referencing: the Duplicates view, and "Follow same-as links"; either changing what links exist or are
// followed makes drawn nodes read their neighbourhoods afresh, as a new dataset choice does.
const xref = mountXref({ changed: () => store.restorePaging([]) });
toolbar.append(xref.follow);

const logo = h('span', { class: 'logo', 'aria-hidden': 'true' });
const header = h('header', { class: 'app-header' },
  h('div', { class: 'brand' }, logo, h('div', {}, h('h1', {}, 'Scamgraph'), h('p', { class: 'tagline' }, 'Evidence-first explorer of scam compounds, trafficking and alleged collusion'))),
  // The chooser sits with the search it scopes; the header's end has no room left for it at 1440 px.
  createSearchBox((node) => void explorer.show(node), datasetChooser),
  h('div', { class: 'header-end' }, queries.toggle, xref.toggle, createHealthIndicator(), createAccountSlot()));

const disclaimer = h('p', { class: 'disclaimer' },
  'Allegations are shown as claims, with who made them and their status. Appearing in this graph is not a finding of wrongdoing.');

root.replaceChildren(
  header,
  h('main', { class: 'layout' },
    queries.drawer,
    h('section', { class: 'canvas-wrap', 'aria-label': 'Graph' }, canvas, emptyState, toolbar, legend, noticeEl, disclaimer),
    panelRoot,
    queries.dock),
  xref.view,
);

// Cytoscape measures its container when created, so the view is built only once the page is in the DOM.
const view = new GraphView(canvas, {
  select: (kind, id) => {
    if (kind === 'node') {
      panel.showNode(id);
      rememberEntity(id);
    } else panel.showEdge(id);
  },
  clearSelection: () => {
    panel.clear();
    rememberEntity(undefined);
  },
  expand: (id) => void panel.expand(id),
});
explorer = new Explorer(view, store, notices);
investigator = mountInvestigator({ view, store, explorer, panel, notices });
// Classroom mode: tours, presenter and kiosk, network basics, imports (it finds its places in the page itself).
classroom = mountClassroom({ view, store, explorer, notices, clearPanel: () => { panel.clear(); rememberEntity(undefined); } });
// Editing, history and review (issue 12): panel buttons, toolbar, the Changes and Review pages, hidden by role.
edits = mountEdits({ store, explorer, panel, notices, addGroup: (label, ...controls) => investigator.bar.group(label, ...controls), headerEnd: header.querySelector<HTMLElement>('.header-end')!, layout: root.querySelector<HTMLElement>('.layout')! });
// Resize handles and folding for the panes around the canvas, once every pane is in the page.
mountPanelLayout({ layout: root.querySelector<HTMLElement>('.layout')!, wrap: canvas.parentElement!, canvas, panel: panelRoot, legend, cy: view.cy });
afterChanges(view.cy, 'add remove', () => { emptyState.hidden = view.cy.elements().nonempty(); });

// Enter expands the selection when focus is on the page itself, not only on the canvas.
document.addEventListener('keydown', (event) => {
  if (event.target !== document.body || event.key !== 'Enter') return;
  const id = view.selectedNodeId();
  if (id) void panel.expand(id);
});

// A shared view (?v=) is rebuilt as it was; otherwise ?entity= opens one entity.
void investigator.openFromUrl(() => openFromUrl((node) => explorer.show(node), (message) => notices.error(message)));
void queries.openFromUrl();
