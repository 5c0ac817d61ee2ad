// Bounded concurrency for Cypher that people write: a few in flight, a short queue, and a clear "busy" beyond.
// A slot is freed when the database work has really ended, not when its caller gave up at the deadline, so
// abandoned CPU-heavy queries still count and can never take more than `inFlight` of the shared connections.

export class SlotsFullError extends Error {
  readonly code = 'busy';
  constructor(readonly running: number, readonly waiting: number, readonly retryAfterSeconds: number) {
    super(`user queries: ${running} running and ${waiting} waiting, the most allowed`);
  }
}

export interface SlotOptions {
  inFlight: number;
  queue: number;
  /** How long a queued query waits for a slot before it is told to come back. */
  queueWaitMs: number;
}

export class UserSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly options: SlotOptions) {}

  get busy(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * Runs `work` in a slot. `work` calls `hold(done)` with a promise that settles when its database work has
   * ended; the slot stays taken until then (and at least until `work` itself settles).
   */
  async run<T>(work: (hold: (done: Promise<unknown>) => void) => Promise<T>): Promise<T> {
    await this.acquire();
    const held: Promise<unknown>[] = [];
    const result = work((done) => held.push(done));
    void result.then(() => {}, () => {}).then(() => Promise.all(held)).finally(() => this.release());
    return result;
  }

  private acquire(): Promise<void> {
    const { inFlight, queue, queueWaitMs } = this.options;
    if (this.running < inFlight) {
      this.running++;
      return Promise.resolve();
    }
    const retryAfter = Math.max(1, Math.ceil(queueWaitMs / 1000));
    if (this.waiting.length >= queue) return Promise.reject(new SlotsFullError(this.running, this.waiting.length, retryAfter));
    return new Promise<void>((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(wake);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(new SlotsFullError(this.running, this.waiting.length, retryAfter));
      }, queueWaitMs);
      timer.unref();
      this.waiting.push(wake);
    });
  }

  /** The freed slot passes straight to the next in the queue, so the count never dips below what is running. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
