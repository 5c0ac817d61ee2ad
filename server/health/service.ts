// Is the database there? Asked fresh each time, so health recovers by itself when Neo4j comes back.
// The reason names what really happened (paused past the deadline, refused credentials, restarting after a crash).
import type { Health } from '../contract/health.ts';
import { readOnce, type Db } from '../db/run.ts';
import { errorCode, unavailableReason } from '../db/errors.ts';
import { clockTime, type SupervisionProbe, type SupervisionStatus } from './supervision.ts';

/** Short: health must answer while the database is away (its client deadline is this plus the grace in db/run.ts). */
export const HEALTH_TIMEOUT_MS = 3_000;

export async function checkHealth(db: Db, supervision?: SupervisionProbe): Promise<Health> {
  const supervisor = supervision?.();
  try {
    const [row] = await readOnce({ ...db, timeoutMs: HEALTH_TIMEOUT_MS }, 'health');
    return { status: 'ok', database: { reachable: true, nodes: (row?.nodes as number) ?? 0, ...restartNote(supervisor) } };
  } catch (err) {
    return { status: 'unavailable', database: { reachable: false, reason: reasonFor(err, supervisor), ...restartNote(supervisor) } };
  }
}

function restartNote(s: SupervisionStatus | undefined): Pick<Health['database'], 'restarted'> {
  if (!s?.lastExit) return {};
  const { at, how } = s.lastExit;
  const note = s.state === 'running' ? `restarted after an unexpected exit at ${clockTime(at)} (${how})` : `unexpected exit at ${clockTime(at)} (${how})`;
  return { restarted: { at: at.toISOString(), note } };
}

function reasonFor(err: unknown, s: SupervisionStatus | undefined): string {
  // The supervisor knows more than the socket does: "refused connection" is the symptom, the crash is the cause.
  if (s?.state === 'stopped' && s.message) return s.message;
  if (s?.state === 'restarting' && s.lastExit) return `the local Neo4j exited unexpectedly at ${clockTime(s.lastExit.at)} (${s.lastExit.how}) and is restarting`;
  const known = unavailableReason(err);
  if (known) return known;
  const code = errorCode(err);
  return `Neo4j answered with an error${code ? ` (${code})` : ''}: see the server log`;
}
