// Runs a callback once after a burst of element changes: cy.add(5000 elements) fires 5000 events, and a
// handler that looks at the whole graph on each of them costs n² (it froze views of a few thousand elements).
import type { Core } from 'cytoscape';

export function afterChanges(cy: Core, events: string, run: () => void): void {
  let queued = false;
  cy.on(events, () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      run();
    });
  });
}
