// Plays a tour on the shared canvas: which step is wanted, which is drawn, and the step graphs fetched so far.
import type { StepGraph, TourDetail } from '@contract/tours.ts';
import { messageOf } from '../../api.ts';
import { getStepGraph, getTour } from '../classroom-api.ts';
import { drawStep, type StepCanvas } from './render-step.ts';

export interface PlayerEvents {
  /** The wanted step changed (its text can show at once). */
  changed(): void;
  /** The canvas now shows step `index`. */
  drawn(index: number): void;
  error(message: string): void;
}

export class TourPlayer {
  tour: TourDetail | undefined;
  /** The step asked for; the counter and the narration follow it at once. */
  wanted = 0;
  /** The step on the canvas, once drawn (-1 before the first). */
  drawn = -1;
  /** Large labels, for presenting to a room. */
  big = false;
  private drawing: Promise<void> | undefined;
  private readonly graphs = new Map<number, Promise<StepGraph>>();

  constructor(private readonly canvas: StepCanvas, private readonly events: PlayerEvents) {}

  async open(id: string): Promise<TourDetail> {
    const tour = await getTour(id);
    this.tour = tour;
    this.graphs.clear();
    this.wanted = 0;
    this.drawn = -1;
    return tour;
  }

  get count(): number {
    return this.tour?.steps.length ?? 0;
  }

  get busy(): boolean {
    return this.drawing !== undefined;
  }

  go(index: number): void {
    if (!this.tour) return;
    const next = Math.max(0, Math.min(this.count - 1, index));
    if (next === this.wanted && this.drawn === next) return;
    this.wanted = next;
    this.events.changed();
    this.pump();
  }

  next(): void { this.go(this.wanted + 1); }
  previous(): void { this.go(this.wanted - 1); }

  private graph(index: number): Promise<StepGraph> {
    const id = this.tour!.id;
    let graph = this.graphs.get(index);
    if (!graph) {
      graph = getStepGraph(id, index);
      graph.catch(() => this.graphs.delete(index));
      this.graphs.set(index, graph);
    }
    return graph;
  }

  /** One drawing at a time; keys pressed meanwhile only move `wanted`, and steps skipped over are never drawn. */
  private pump(): void {
    if (this.drawing || !this.tour) return;
    const tour = this.tour;
    this.drawing = (async () => {
      while (this.tour === tour && this.drawn !== this.wanted) {
        const index = this.wanted;
        const graph = await this.graph(index);
        if (index !== this.wanted) continue;
        await drawStep(this.canvas, graph, tour.steps[index]!, this.big);
        this.drawn = index;
      }
    })()
      .catch((err: unknown) => this.events.error(messageOf(err)))
      .finally(() => {
        this.drawing = undefined;
        if (this.drawn >= 0) this.events.drawn(this.drawn);
        // Fetch ahead, so the next step appears without a wait.
        if (this.tour === tour && this.wanted + 1 < this.count) void this.graph(this.wanted + 1).catch(() => undefined);
      });
  }
}
