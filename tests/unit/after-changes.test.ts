// Regression: per-element 'add' handlers that scanned the whole graph froze views of a few thousand elements.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { afterChanges } from '../../client/cy/after-changes.ts';

describe('afterChanges', () => {
  it('runs once after a burst of additions, not once per element', async () => {
    const cy = cytoscape({ headless: true });
    let runs = 0;
    afterChanges(cy, 'add remove', () => { runs += 1; });
    cy.add(Array.from({ length: 500 }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}` } })));
    expect(runs).toBe(0);
    await Promise.resolve();
    expect(runs).toBe(1);
    cy.remove('#n1');
    await Promise.resolve();
    expect(runs).toBe(2);
  });
});
