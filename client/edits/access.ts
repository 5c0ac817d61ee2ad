// Who the editing controls are for. A stand-in for client/state/session.ts (slice B) until it is merged: it reads
// GET /api/session once, and when the server has no sessions yet (AUTH off, 404) the page acts as the local admin.
import { ActorInfo, actorCan, type Capability } from '@contract/accounts.ts';

const LOCAL: ActorInfo = { kind: 'local', id: 'local', name: 'local', role: 'admin' };
let actor: ActorInfo | undefined;
const listeners = new Set<() => void>();

export function currentActor(): ActorInfo | undefined {
  return actor;
}

export function can(capability: Capability): boolean {
  return actorCan(actor, capability);
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function loadSession(): Promise<void> {
  try {
    const response = await fetch('/api/session', { headers: { accept: 'application/json' } });
    if (response.status === 404) actor = LOCAL;
    else {
      const body = (await response.json().catch(() => undefined)) as { actor?: unknown } | undefined;
      const parsed = ActorInfo.safeParse(body?.actor);
      actor = parsed.success ? parsed.data : undefined;
    }
  } catch {
    actor = undefined;
  }
  for (const listener of listeners) listener();
}
