// Re-derives what the settings say about the drawing (allegation links, filters, sizes) after any change.
import type { Core } from 'cytoscape';
import { spotlight } from '../cy/spotlight.ts';
import type { Settings } from './types.ts';

export type ViewPass = (cy: Core, settings: Settings) => void;

export class ViewPasses {
  private readonly passes: ViewPass[] = [];
  private queued = false;

  constructor(private readonly cy: Core, private readonly settings: () => Settings) {}

  /** Passes run in the order added: links first (they add edges), then filters, then sizes (of what is left). */
  add(pass: ViewPass): void {
    this.passes.push(pass);
  }

  /** Runs once after the current burst of changes. */
  schedule(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.now();
    });
  }

  now(): void {
    const settings = this.settings();
    this.cy.batch(() => { for (const pass of this.passes) pass(this.cy, settings); });
  }
}

/**
 * Keeps the selection's spotlight true after the drawing changed under it (e.g. links derived after the
 * select): the selection and what touches it stay bright, the rest dims, as the view does on select.
 */
export function spotlightPass(cy: Core): void {
  const selected = cy.$(':selected');
  if (selected.empty()) return;
  spotlight(cy, selected.first());
}
