// Builds the investigator and its tools, and registers their keyboard shortcuts, once the explorer exists.
import { createDrawer } from './drawer.ts';
import { Investigator, type InvestigatorDeps } from './investigator.ts';
import { createFiltersPanel } from './filters-panel.ts';
import { createPathsPanel } from './paths-panel.ts';
import { createViewControls } from './view-controls.ts';
import { createCopyLink } from './copy-link.ts';
import { ShareUrl } from './share-url.ts';
import { registerPathOpener } from './path-share.ts';
import { createExportMenu } from './export/export-menu.ts';
import { createTableView } from './table-view.ts';
import { fullStyle } from '../cy/explore-style.ts';
import { watchLargeViews } from '../cy/large-view.ts';
import { createWholeView } from '../grouping/whole-view.ts';
import { createKeyboardHelp, ctrlKey, listenShortcuts, plainKey, type Shortcut } from './keyboard.ts';

export function mountInvestigator(deps: InvestigatorDeps): Investigator {
  const inv = new Investigator(deps);
  const share = new ShareUrl(inv);
  inv.openFromUrl = (otherwise) => share.open(otherwise);
  const { view } = deps;
  const wrap = inv.bar.element.parentElement ?? document.body;
  const drawer = createDrawer(wrap, view.cy);
  const paths = createPathsPanel(deps);
  const filters = createFiltersPanel({
    cy: view.cy, store: deps.store, filters: () => inv.settings.filters, setFilters: (next) => inv.update({ filters: next }),
  });
  // The panel shows the current filters and what is drawn, so it follows every step, undo included.
  inv.history.on(() => filters.render());
  // A whole scope as one view, offered grouped when big (client/grouping/).
  const whole = createWholeView(deps);
  inv.bar.group('View', ...createViewControls(inv), whole.button);
  watchLargeViews(view.cy, {
    style: fullStyle,
    switched: (webgl) => {
      if (webgl) deps.notices.info('Large graph: drawn with WebGL, labels shown for the selection and when zoomed in.');
      else deps.notices.info('Large graph, and this browser has no WebGL: drawing may be slow. Filters can hide what you do not need.');
    },
  });
  const table = createTableView(view.cy, deps.store, (id) => view.select(id));
  inv.history.on(() => table.render());
  // A shared link of a path view reopens the Paths tool with the path listed and explained.
  registerPathOpener(async (shared) => { drawer.open('paths'); await paths.reopen(shared); });
  inv.bar.group('Tools',
    drawer.tool('paths', 'Paths', paths.element, paths.opened),
    drawer.tool('filters', 'Filters', filters.element, filters.render),
    table.button);

  const shortcuts: Shortcut[] = [
    { keys: 'Ctrl+Z', does: 'Undo the last change to the view', match: ctrlKey('z'), run: () => inv.undo() },
    { keys: 'Ctrl+Shift+Z', does: 'Redo', match: ctrlKey('z', true), run: () => inv.redo() },
    { keys: 'Ctrl+Y', does: 'Redo', match: ctrlKey('y'), run: () => inv.redo() },
    { keys: 'H', does: 'Hide the selected node or line', match: plainKey('h'), run: () => inv.hide() },
    { keys: 'C', does: 'Collapse the neighbours only the selected node links to', match: plainKey('c'), run: () => inv.collapse() },
    { keys: 'P', does: 'Pin or unpin the selected node', match: plainKey('p'), run: () => inv.pin() },
    { keys: 'M', does: 'Show allegations as nodes or as links', match: plainKey('m'), run: () => void inv.setMode(inv.settings.mode === 'links' ? 'nodes' : 'links') },
    { keys: 'T', does: 'Show or hide the Table view of the graph', match: plainKey('t'), run: () => table.toggle() },
    { keys: 'F', does: 'Fit the graph in view', match: plainKey('f'), run: () => void view.fit() },
    { keys: 'L', does: 'Lay the graph out again (chosen layout)', match: plainKey('l'), run: () => void inv.relayout() },
    { keys: 'G', does: 'Open the whole scope as one view (grouping offered when it is big)', match: plainKey('g'), run: () => void whole.open() },
    { keys: '/', does: 'Go to the search box', match: plainKey('/'), run: () => document.querySelector<HTMLElement>('[data-testid="search-input"]')?.focus() },
    { keys: '?', does: 'Show or hide this list', match: plainKey('?'), run: () => help.toggle() },
  ];
  const help = createKeyboardHelp(shortcuts);
  listenShortcuts(shortcuts);
  const link = createCopyLink(() => share.href());
  const exporter = createExportMenu(view.cy, deps.store, (text) => deps.notices.info(text));
  inv.bar.group('Share and help', exporter.button, link.button, help.button);
  wrap.append(table.element, help.popover, link.popover, exporter.menu, whole.offer, whole.panel);
  return inv;
}
