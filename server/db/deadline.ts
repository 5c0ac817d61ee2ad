// A client-side deadline on one database call. Neo4j's own transaction timeout cannot fire while Neo4j is paused
// (SIGSTOP) or its socket has gone silent, and the driver waits on such a socket forever; this is the wall behind it.
import { DatabaseDeadlineError } from './errors.ts';

/** Neo4j's own timeout gets the first word: the client deadline only fires when Neo4j cannot answer at all. */
export const DEADLINE_GRACE_MS = 2_000;

export function deadlineFor(timeoutMs: number): number {
  return timeoutMs + DEADLINE_GRACE_MS;
}

/**
 * Settles with `work`, or rejects with DatabaseDeadlineError after `ms`. `onExpire` releases what the work holds
 * (a session); it is not awaited, since closing a session on a silent socket waits as long as the socket does.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, onExpire: () => unknown = () => {}): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      // A late answer or failure of the abandoned work is of no interest any more; keep it from going unhandled.
      work.catch(() => {});
      void Promise.resolve().then(onExpire).catch(() => {});
      reject(new DatabaseDeadlineError(ms));
    }, ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
