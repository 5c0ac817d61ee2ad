// Undo and redo of every change to the view, kept as snapshots: simple, and right whatever made the change.
import { sameSnapshot } from './snapshot.ts';
import type { Snapshot } from './types.ts';

/** Enough steps for an afternoon's work without holding every snapshot of a long session. */
const MAX_STEPS = 200;
/** Changes arrive in bursts (a node, then its edges, then a layout); wait for the burst to end. */
const SETTLE_MS = 180;

export type HistoryEvent = 'commit' | 'move';

export interface HistoryHost {
  capture(): Snapshot;
  restore(snap: Snapshot): void;
  /** No request pending and no layout moving nodes: the view is worth recording. */
  idle(): boolean;
  /** Told when a change starts or stops waiting to be recorded, so the page can show it (tests wait on it). */
  pendingChanged?(pending: boolean): void;
}

export class ViewHistory {
  private entries: Snapshot[] = [];
  private index = -1;
  private timer: number | undefined;
  private restoring = false;
  private readonly listeners = new Set<(event: HistoryEvent, snap: Snapshot) => void>();

  constructor(private readonly host: HistoryHost) {
    this.entries = [host.capture()];
    this.index = 0;
  }

  get current(): Snapshot {
    return this.entries[this.index] ?? this.host.capture();
  }

  /** Which recorded step the view is at; shown on the Undo button so tests can wait for a step to be recorded. */
  get position(): number { return this.index; }
  get canUndo(): boolean { return this.index > 0; }
  get canRedo(): boolean { return this.index < this.entries.length - 1; }
  get isRestoring(): boolean { return this.restoring; }
  get pending(): boolean { return this.timer !== undefined; }

  /** Records the view once it has settled; many calls in a burst make one step. */
  schedule(): void {
    if (this.restoring) return;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      if (this.host.idle()) this.commit();
      else this.schedule();
      this.host.pendingChanged?.(this.pending);
    }, SETTLE_MS);
    this.host.pendingChanged?.(true);
  }

  /** Records the view now, if it differs from the current step. */
  commit(): void {
    if (this.restoring) return;
    window.clearTimeout(this.timer);
    this.timer = undefined;
    this.host.pendingChanged?.(false);
    const snap = this.host.capture();
    if (sameSnapshot(this.entries[this.index], snap)) return;
    this.entries.splice(this.index + 1);
    this.entries.push(snap);
    if (this.entries.length > MAX_STEPS) this.entries.shift();
    this.index = this.entries.length - 1;
    this.emit('commit', snap);
  }

  undo(): boolean {
    this.flush();
    if (!this.canUndo) return false;
    this.goTo(this.index - 1);
    return true;
  }

  redo(): boolean {
    this.flush();
    if (!this.canRedo) return false;
    this.goTo(this.index + 1);
    return true;
  }

  /** Moves to the step equal to a snapshot (e.g. Back in the browser); false when no step matches. */
  jumpTo(match: (snap: Snapshot) => boolean): boolean {
    this.flush();
    for (let distance = 0; distance < this.entries.length; distance += 1) {
      for (const i of [this.index - distance, this.index + distance]) {
        const snap = this.entries[i];
        if (snap && match(snap)) {
          this.goTo(i);
          return true;
        }
      }
    }
    return false;
  }

  /** Runs changes that must not be recorded as steps of their own (restoring, rebuilding a link). */
  quietly(work: () => void): void {
    const was = this.restoring;
    this.restoring = true;
    try {
      work();
    } finally {
      this.restoring = was;
    }
  }

  on(listener: (event: HistoryEvent, snap: Snapshot) => void): void {
    this.listeners.add(listener);
  }

  /** A change still waiting to settle is recorded before moving, so undo never skips it. */
  private flush(): void {
    if (this.timer !== undefined && this.host.idle()) this.commit();
  }

  private goTo(i: number): void {
    const snap = this.entries[i];
    if (!snap) return;
    this.index = i;
    this.quietly(() => this.host.restore(snap));
    this.emit('move', snap);
  }

  private emit(event: HistoryEvent, snap: Snapshot): void {
    for (const listener of this.listeners) listener(event, snap);
  }
}
