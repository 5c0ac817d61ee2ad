// Builds the investigator and its tools, and registers their keyboard shortcuts, once the explorer exists.
import { createDrawer } from './drawer.ts';
import { Investigator, type InvestigatorDeps } from './investigator.ts';
import { createPathsPanel } from './paths-panel.ts';
import { createKeyboardHelp, ctrlKey, listenShortcuts, plainKey, type Shortcut } from './keyboard.ts';

export function mountInvestigator(deps: InvestigatorDeps): Investigator {
  const inv = new Investigator(deps);
  const { view } = deps;
  const wrap = inv.bar.element.parentElement ?? document.body;
  const drawer = createDrawer(wrap, view.cy);
  const paths = createPathsPanel(deps);
  inv.bar.group('Tools', drawer.tool('paths', 'Paths', paths.element, paths.opened));

  const shortcuts: Shortcut[] = [
    { keys: 'Ctrl+Z', does: 'Undo the last change to the view', match: ctrlKey('z'), run: () => inv.undo() },
    { keys: 'Ctrl+Shift+Z', does: 'Redo', match: ctrlKey('z', true), run: () => inv.redo() },
    { keys: 'Ctrl+Y', does: 'Redo', match: ctrlKey('y'), run: () => inv.redo() },
    { keys: 'H', does: 'Hide the selected node or line', match: plainKey('h'), run: () => inv.hide() },
    { keys: 'C', does: 'Collapse the neighbours only the selected node links to', match: plainKey('c'), run: () => inv.collapse() },
    { keys: 'P', does: 'Pin or unpin the selected node', match: plainKey('p'), run: () => inv.pin() },
    { keys: 'F', does: 'Fit the graph in view', match: plainKey('f'), run: () => void view.fit() },
    { keys: '/', does: 'Go to the search box', match: plainKey('/'), run: () => document.querySelector<HTMLElement>('[data-testid="search-input"]')?.focus() },
    { keys: '?', does: 'Show or hide this list', match: plainKey('?'), run: () => help.toggle() },
  ];
  const help = createKeyboardHelp(shortcuts);
  listenShortcuts(shortcuts);
  inv.bar.group('Help', help.button);
  wrap.append(help.popover);
  return inv;
}
