// Keeps the local Neo4j alive for `npm start`: an unexpected exit is logged and restarted once; a second one
// within a minute means something is wrong that restarting will not fix (disk full, store damage, OOM), so it stops.
import { clockTime, type SupervisionStatus } from '../health/supervision.ts';
import type { LocalNeo4j } from '../neo4j-local/local-neo4j.ts';

export const RESTART_WINDOW_MS = 60_000;

/** previous: the moment the window counted from (the last exit, or the restart that followed it). */
export type RestartDecision = { action: 'restart' } | { action: 'give-up'; previous: Date };

/**
 * The decision alone, on an injected clock, so it is tested without killing anything. "Within a minute" counts
 * from the later of the previous exit and the restart being ready: a restart that itself took a minute on a loaded
 * machine must not make a Neo4j that dies again at once look healthy.
 */
export class RestartPolicy {
  private since: number | undefined;
  constructor(private readonly windowMs = RESTART_WINDOW_MS) {}

  onExit(now: number): RestartDecision {
    const previous = this.since;
    this.since = now;
    if (previous !== undefined && now - previous < this.windowMs) return { action: 'give-up', previous: new Date(previous) };
    return { action: 'restart' };
  }

  onRestarted(now: number): void {
    this.since = Math.max(this.since ?? now, now);
  }
}

export interface SuperviseOptions {
  /** Starts a fresh local Neo4j on the same data folder and port. */
  restart: () => Promise<LocalNeo4j>;
  log: (line: string) => void;
  /** The supervisor gave up; `message` says why, for the console. The caller stops the process. */
  onGiveUp: (message: string) => void;
  now?: () => number;
  /** How close two unexpected exits must be to stop the restarts; a minute unless a test needs it wider. */
  restartWindowMs?: number;
  /** Named in the give-up message, so the operator knows where to look. */
  logsDir?: string;
}

function windowWords(ms: number): string {
  return ms === 60_000 ? 'a minute' : `${Math.round(ms / 1000)} s`;
}

export interface Supervisor {
  status(): SupervisionStatus;
  /** The Neo4j running now (its pid changes with each restart). */
  current(): LocalNeo4j;
  stop(): Promise<void>;
}

export function superviseLocalNeo4j(first: LocalNeo4j, opts: SuperviseOptions): Supervisor {
  const now = opts.now ?? Date.now;
  const policy = new RestartPolicy(opts.restartWindowMs);
  const status: SupervisionStatus = { state: 'running' };
  let current = first;
  let stopped = false;
  let restarting: Promise<void> = Promise.resolve();
  const where = opts.logsDir ? ` See ${opts.logsDir} (launcher.log, neo4j.log, debug.log).` : '';

  const giveUp = (message: string) => {
    status.state = 'stopped';
    status.message = message;
    // Not logged here: onGiveUp's caller prints it once, as the last word before it stops.
    opts.onGiveUp(message);
  };

  const onExit = (how: string) => {
    if (stopped) return;
    const at = new Date(now());
    const decision = policy.onExit(at.getTime());
    if (decision.action === 'give-up') {
      giveUp(`Neo4j exited unexpectedly again (${how}) at ${clockTime(at)}, less than ${windowWords(opts.restartWindowMs ?? RESTART_WINDOW_MS)} after it was restarted at ${clockTime(decision.previous)} (after an unexpected exit at ${clockTime(status.lastExit!.at)}), so it is not restarted again and Scamgraph stops.${where} Fix the cause, then run npm start again.`);
      return;
    }
    status.state = 'restarting';
    status.lastExit = { at, how };
    opts.log(`neo4j-local: Neo4j exited unexpectedly (${how}) at ${clockTime(at)}; restarting it`);
    restarting = opts.restart().then(
      (next) => {
        current = next;
        if (stopped) return next.stop();
        status.state = 'running';
        policy.onRestarted(now());
        next.onUnexpectedExit(onExit);
        opts.log(`neo4j-local: restarted after an unexpected exit at ${clockTime(at)}`);
      },
      (err: unknown) => giveUp(`Neo4j exited unexpectedly (${how}) at ${clockTime(at)} and could not be restarted: ${err instanceof Error ? err.message : String(err)}.${where}`),
    );
  };
  first.onUnexpectedExit(onExit);

  return {
    status: () => ({ ...status }),
    current: () => current,
    async stop() {
      stopped = true;
      await restarting;
      await current.stop();
    },
  };
}
