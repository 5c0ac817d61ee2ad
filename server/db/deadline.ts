// A client-side deadline on a whole database call: the server's own timeout cannot stop work inside one row
// (a regex that backtracks, a reduce over a billion items) and a database that never answers would hold the
// caller forever. Past the deadline the caller gets DeadlineError at once; `onExpire` cleans up behind it.

export class DeadlineError extends Error {
  readonly code = 'deadline';
  constructor(readonly what: string, readonly ms: number) {
    super(`${what} ran past its ${formatMs(ms)} deadline and was ended`);
  }
}

export const formatMs = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);

/**
 * Runs `work` with an AbortSignal that fires at the deadline. `settled` (when given) receives the work's own end,
 * which may come later than the caller's: bounded concurrency waits on it, so abandoned work still counts.
 */
export function withDeadline<T>(what: string, ms: number, work: (signal: AbortSignal) => Promise<T>, onExpire: () => void = () => {}, settled?: (done: Promise<unknown>) => void): Promise<T> {
  const controller = new AbortController();
  const running = work(controller.signal);
  settled?.(running.then(() => {}, () => {}));
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new DeadlineError(what, ms));
      reject(new DeadlineError(what, ms));
      try { onExpire(); } catch { /* cleanup is best effort; the caller already has its answer */ }
    }, ms);
    timer.unref();
  });
  return Promise.race([running, expired]).finally(() => clearTimeout(timer));
}
