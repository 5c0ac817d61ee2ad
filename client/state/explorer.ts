// What exploring does: showing a picked entity, expanding a node page by page, and revealing an entity named in the panel.
import { getNeighbourhood, messageOf } from '../api.ts';
import type { GraphView } from '../cy/graph-view.ts';
import type { GraphNode } from '@contract/graph.ts';
import { plural } from '../wording.ts';
import type { GraphPart, GraphStore } from './graph-store.ts';

/** Neighbours fetched per expansion: enough to be useful, few enough to stay legible. */
export const PAGE_SIZE = 50;

export interface Notices {
  info(message: string): void;
  error(message: string): void;
  loading(on: boolean): void;
}

export class Explorer {
  private readonly inflight = new Map<string, Promise<void>>();

  constructor(
    private readonly view: GraphView,
    private readonly store: GraphStore,
    private readonly notices: Notices,
  ) {}

  /** A search pick: draw the entity, select it, and show its first page of neighbours. */
  async show(node: GraphNode): Promise<void> {
    this.store.addNode(node);
    this.view.addLoose(node);
    this.view.select(node.id);
    if (this.store.paging(node.id) === undefined) await this.expand(node.id);
  }

  /** Fetches the next page of a node's neighbours; concurrent requests for one node share a fetch. */
  expand(id: string): Promise<void> {
    const running = this.inflight.get(id);
    if (running) return running;
    const job = this.loadNextPage(id).finally(() => this.inflight.delete(id));
    this.inflight.set(id, job);
    return job;
  }

  /** Brings an entity named in the panel onto the canvas, linked to whatever it touches there. */
  async reveal(id: string): Promise<void> {
    if (this.view.has(id)) {
      this.view.select(id);
      return;
    }
    await this.withLoading(async () => {
      const n = await getNeighbourhood(id, { limit: 100 });
      this.store.absorb(n);
      const links = n.edges.filter((e) => (e.source === id && this.view.has(e.target)) || (e.target === id && this.view.has(e.source)));
      const first = links[0];
      const anchor = first ? (first.source === id ? first.target : first.source) : undefined;
      if (anchor) {
        await this.view.addAround(anchor, [n.center], links, this.store.node);
      } else {
        this.view.addLoose(n.center);
        this.notices.info(`${n.center.name} has no link to anything on the canvas yet; expand it to see its neighbours.`);
      }
      this.view.select(id);
    });
  }

  /**
   * Draws a query's graph beside what is shown (merge) or instead of it (replace). Returns how many nodes
   * were new. Anchoring on a node already drawn, or one placed beside the drawing, keeps seen nodes still.
   */
  async showGraph(part: GraphPart, mode: 'merge' | 'replace'): Promise<number> {
    let added = 0;
    await this.withLoading(async () => {
      if (mode === 'replace') {
        this.view.clear();
        this.store.clear();
      }
      this.store.absorbGraph(part);
      const first = part.nodes[0];
      if (!first) return;
      const fresh = part.nodes.filter((n) => !this.view.has(n.id)).length;
      let anchor = part.nodes.find((n) => this.view.has(n.id))?.id;
      if (!anchor && !this.view.isEmpty) {
        this.view.addLoose(first);
        anchor = first.id;
      }
      await this.view.addAround(anchor ?? first.id, part.nodes, part.edges, this.store.node);
      added = fresh;
      this.notices.info(`Query result: ${plural(fresh, 'new node')} drawn${mode === 'replace' ? ' on a cleared canvas' : ''}.`);
    });
    return added;
  }

  /** Takes a deleted element off the canvas and out of the store. */
  remove(id: string): void {
    this.view.remove(id);
    this.store.remove(id);
  }

  clear(): void {
    this.view.clear();
    this.store.clear();
    this.notices.info('Canvas cleared.');
  }

  private async loadNextPage(id: string): Promise<void> {
    const page = this.store.paging(id);
    if (page && page.loaded >= page.total) {
      this.notices.info(`All ${plural(page.total, 'neighbour')} of ${this.store.nameOf(id)} are already shown.`);
      return;
    }
    const skip = page?.loaded ?? 0;
    await this.withLoading(async () => {
      const n = await getNeighbourhood(id, { limit: PAGE_SIZE, skip });
      this.store.absorbPage(n, skip);
      if (!this.view.has(id)) this.view.addLoose(n.center);
      const added = await this.view.addAround(id, n.nodes, n.edges, this.store.node);
      const left = this.store.remaining(id) ?? 0;
      const more = left > 0 ? `; ${left} more available` : '';
      this.notices.info(`${n.center.name}: ${plural(added, 'new neighbour')} drawn (${n.total} in all${more}).`);
    });
  }

  private async withLoading(work: () => Promise<void>): Promise<void> {
    this.notices.loading(true);
    try {
      await work();
    } catch (err) {
      this.notices.error(messageOf(err));
    } finally {
      this.notices.loading(false);
    }
  }
}
