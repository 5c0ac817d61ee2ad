// A check that must pass before a request sees any rows (today: "every dataset in scope is complete",
// server/datasets/complete-scope.ts), carried with the request instead of run as a query of its own.
//
// Why: run on its own, the check was a database round trip before every read, 1.6 ms of the API's overhead on a
// 100k-node graph (docs/benchmarks.md, the overhead profile). Here it rides with the request's first read: both
// statements go into one transaction, pipelined in one round trip, and the read's rows are used only once the
// check has passed. Anything else a request runs (a write, a user's Cypher, a second read) waits for the check
// first, or runs it on its own when no read came first, so no call can act on a scope the check would refuse.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface ReadGuard {
  /** A named query (cypher/<query>.cypher) whose rows `check` judges. */
  query: string;
  params: Record<string, unknown>;
  /** Throws (a typed error the HTTP layer maps) when the request must not go on. */
  check(rows: Record<string, unknown>[]): void;
}

/** One request's guard, and once someone has taken it, how it ended. */
export interface PendingGuard {
  readonly guard: ReadGuard;
  outcome?: Promise<void>;
}

const requests = new AsyncLocalStorage<PendingGuard>();

/** Runs `next` (and everything it starts) under `guard`. */
export function underReadGuard<T>(guard: ReadGuard, next: () => T): T {
  return requests.run({ guard }, next);
}

/** The current request's guard, if it has one. */
export function currentGuard(): PendingGuard | undefined {
  return requests.getStore();
}

/**
 * Marks the guard as taken by the caller, who promises to settle the returned deferred once the check has passed
 * or failed. Returns undefined when someone took it already (then await `outcome`).
 */
export function takeGuard(pending: PendingGuard): { resolve(): void; reject(err: unknown): void } | undefined {
  if (pending.outcome) return undefined;
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  pending.outcome = new Promise<void>((res, rej) => { resolve = res; reject = rej; });
  // The caller that took the guard awaits the check in its own transaction; this only keeps a failure nobody
  // else waits on from counting as an unhandled rejection.
  pending.outcome.catch(() => {});
  return { resolve, reject };
}
