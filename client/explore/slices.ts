// Expanding one slice of a node's neighbours (one relationship type, one direction) page by page.
import type { GraphView } from '../cy/graph-view.ts';
import { messageOf } from '../api.ts';
import type { Notices } from '../state/explorer.ts';
import type { GraphStore } from '../state/graph-store.ts';
import type { RelType } from '@contract/vocabulary.ts';
import { plural, relLabel } from '../wording.ts';
import { getSlice } from './explore-api.ts';
import type { Direction, SlicePaging } from './types.ts';

/** Neighbours per page of a slice: enough to be useful, few enough to stay legible. */
export const SLICE_PAGE = 50;

const keyOf = (id: string, rel: string, dir: Direction): string => `${id}|${rel}|${dir}`;

export class SliceExpander {
  private readonly pages = new Map<string, SlicePaging>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly view: GraphView,
    private readonly store: GraphStore,
    private readonly notices: Notices,
  ) {}

  entries(): SlicePaging[] {
    return [...this.pages.values()].map((p) => ({ ...p }));
  }

  restore(list: SlicePaging[]): void {
    this.pages.clear();
    for (const p of list) this.pages.set(keyOf(p.id, p.rel, p.dir), { ...p });
    this.changed();
  }

  paging(id: string, rel: string, dir: Direction): SlicePaging | undefined {
    return this.pages.get(keyOf(id, rel, dir));
  }

  busy(id: string, rel: string, dir: Direction): boolean {
    return this.running.has(keyOf(id, rel, dir));
  }

  /** Fetches and draws the next page of one slice; a second click while it loads shares the fetch. */
  expand(id: string, rel: RelType, dir: Direction): Promise<void> {
    const key = keyOf(id, rel, dir);
    const running = this.running.get(key);
    if (running) return running;
    const job = this.loadNext(id, rel, dir).finally(() => {
      this.running.delete(key);
      this.changed();
    });
    this.running.set(key, job);
    this.changed();
    return job;
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private async loadNext(id: string, rel: RelType, dir: Direction): Promise<void> {
    const before = this.paging(id, rel, dir);
    if (before && before.loaded >= before.total) return;
    const skip = before?.loaded ?? 0;
    this.notices.loading(true);
    try {
      const n = await getSlice(id, { relTypes: [rel], direction: dir, limit: SLICE_PAGE, skip });
      // absorb, not absorbPage: a slice's total is not the node's, so the generic pager must not count it.
      this.store.absorb(n);
      this.pages.set(keyOf(id, rel, dir), { id, rel, dir, loaded: skip + n.nodes.length, total: n.total });
      if (!this.view.has(id)) this.view.addLoose(n.center);
      const added = await this.view.addAround(id, n.nodes, n.edges, this.store.node);
      const left = Math.max(0, n.total - skip - n.nodes.length);
      const arrow = dir === 'out' ? '→' : '←';
      this.notices.info(`${n.center.name} ${arrow} ${relLabel(rel)}: ${plural(added, 'new neighbour')} drawn (${n.total} in all${left > 0 ? `; ${left} more` : ''}).`);
    } catch (err) {
      this.notices.error(messageOf(err));
    } finally {
      this.notices.loading(false);
    }
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
