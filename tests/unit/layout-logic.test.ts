// Room to work, the pure rules: splitter keys, strip rows and which groups fold first, when the legend folds,
// what the hidden list holds, and a neighbour slice's drawn / to-expand counts.
import { describe, expect, it } from 'vitest';
import { clamp, sizeForKey } from '../../client/panels/resizable.ts';
import { legendShouldFold } from '../../client/panels/panel-layout.ts';
import { overflowOrder, rowCount } from '../../client/explore/strip-overflow.ts';
import { stillHidden } from '../../client/explore/hidden-list.ts';
import { sliceProgress } from '../../client/explore/slice-section.ts';

describe('splitter keys', () => {
  const right = { axis: 'x' as const, grow: -1 as const, min: 260, max: 600 };
  const left = { axis: 'x' as const, grow: 1 as const, min: 280, max: 640 };
  const below = { axis: 'y' as const, grow: -1 as const, min: 120, max: 630 };

  it('moves the bar the way the arrow points, whichever side the pane is on', () => {
    expect(sizeForKey('ArrowRight', false, 300, right)).toBe(284);
    expect(sizeForKey('ArrowLeft', false, 300, right)).toBe(316);
    expect(sizeForKey('ArrowRight', false, 300, left)).toBe(316);
    expect(sizeForKey('ArrowUp', false, 300, below)).toBe(316);
    expect(sizeForKey('ArrowDown', true, 300, below)).toBe(236);
  });

  it('keeps to the limits, and Home/End go to them', () => {
    expect(sizeForKey('ArrowRight', true, 270, right)).toBe(260);
    expect(sizeForKey('Home', false, 400, right)).toBe(260);
    expect(sizeForKey('End', false, 400, right)).toBe(600);
    expect(sizeForKey('ArrowUp', false, 300, right)).toBeUndefined();
    expect(clamp(50, 100, 80)).toBe(100);
  });
});

describe('the strip', () => {
  it('counts rows by top offset, a few pixels apart being one row', () => {
    expect(rowCount([72, 73, 75, 72])).toBe(1);
    expect(rowCount([72, 73, 119, 120, 167])).toBe(3);
    expect(rowCount([])).toBe(0);
  });

  it('folds unknown groups first, then the selects, and keeps the tools longest', () => {
    const labels = ['History', 'Allegations', 'View', 'Tools', 'Share and help', 'Datasets'];
    expect(overflowOrder(labels).map((i) => labels[i])).toEqual(['Datasets', 'View', 'Allegations', 'Share and help', 'History', 'Tools']);
  });
});

describe('the legend', () => {
  it('folds when the canvas is narrow or short, stays open when there is room', () => {
    expect(legendShouldFold(820, 590)).toBe(true);
    expect(legendShouldFold(1150, 840)).toBe(false);
    expect(legendShouldFold(1150, 560)).toBe(true);
  });
});

describe('hidden nodes', () => {
  it('lists what was hidden and is not drawn now, by name', () => {
    const recorded = [{ id: 'b', name: 'Beta' }, { id: 'a', name: 'Alpha' }, { id: 'c', name: 'Gamma' }];
    expect(stillHidden(recorded, (id) => id === 'c')).toEqual([{ id: 'a', name: 'Alpha' }, { id: 'b', name: 'Beta' }]);
  });
});

describe('neighbour slices', () => {
  it('says how many are drawn and how many are left to expand', () => {
    expect(sliceProgress(5, 2)).toEqual({ drawn: 2, left: 3 });
    expect(sliceProgress(2, 2)).toEqual({ drawn: 2, left: 0 });
    // Parallel lines to one neighbour, or a count from a narrower scope, never make "left" negative.
    expect(sliceProgress(2, 3)).toEqual({ drawn: 2, left: 0 });
  });
});
