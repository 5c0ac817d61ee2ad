// What /api/health may say about the local Neo4j's supervisor (server/startup/supervise.ts), as plain data, so
// health needs no import from startup and a remote database (no supervisor) simply has none.

export interface SupervisionStatus {
  /** running: up (perhaps after a restart); restarting: it died and is starting again; stopped: the supervisor gave up. */
  state: 'running' | 'restarting' | 'stopped';
  /** The last unexpected exit that was followed by a restart attempt. */
  lastExit?: { at: Date; how: string };
  /** Set when state is 'stopped': why the supervisor gave up, in words for people. */
  message?: string;
}

export type SupervisionProbe = () => SupervisionStatus;

/** "23:41": the wall-clock minute people will match against their own log and memory. */
export function clockTime(at: Date): string {
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}
