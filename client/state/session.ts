// Who is using the page (issue 12): the session the server reports, what its role may do, and who wants to know
// when it changes. Every role-gated control asks can() here, which reads the contract's own capability map, so the
// page hides exactly what the server would refuse.
import { actorCan, type ActorInfo, type Capability } from '@contract/accounts.ts';

export interface SessionState {
  auth: 'on' | 'off';
  /** null: nobody signed in (auth on), or the session has just ended. */
  actor: ActorInfo | null;
  /** The first admin has no password yet (the printed setup link has not been used). */
  setupPending: boolean;
  /** Why the actor was dropped, when a call answered 401 mid-session; the sign-in page says so. */
  ended?: 'expired';
}

type Listener = (state: SessionState) => void;
const listeners = new Set<Listener>();

// Until GET /api/session answers nothing is allowed, so no gated control flashes into view.
let state: SessionState = { auth: 'on', actor: null, setupPending: false };

export function currentSession(): SessionState {
  return state;
}

export function currentActor(): ActorInfo | null {
  return state.actor;
}

/** Whether the actor may use `capability` (public ones are open to anyone, guests may only read). */
export function can(capability: Capability): boolean {
  return actorCan(state.actor ?? undefined, capability);
}

/** A guest sees only the datasets of the link; everyone else may choose any (the server refuses the rest anyway). */
export function guestMaySee(dataset: string): boolean {
  const actor = state.actor;
  return actor?.kind !== 'guest' || (actor.datasets ?? []).includes(dataset);
}

export function setSession(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener(state);
}

/** A call answered 401: the session expired or was revoked. The actor is forgotten; the URL is left as it is. */
export function sessionEnded(): void {
  if (state.auth === 'off' || (state.actor === null && state.ended)) return;
  setSession({ ...state, actor: null, ended: 'expired' });
}

/** Calls `listener` on every change; returns the unsubscribe. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Hides `element` unless the actor can use `capability`, now and after every session change. Hidden means gone
 * (a data attribute the stylesheet turns into display:none), not disabled: a viewer should not see a Cypher editor.
 * The element carries its capability (data-needs), so one listener re-checks whatever is in the page, and controls
 * rebuilt with each list (a Delete per dataset) leave no listener behind.
 */
export function gate<E extends HTMLElement>(element: E, capability: Capability): E {
  element.dataset.needs = capability;
  applyGate(element);
  return element;
}

function applyGate(element: HTMLElement): void {
  const capability = element.dataset.needs as Capability | undefined;
  if (!capability || can(capability)) element.removeAttribute('data-denied');
  else element.setAttribute('data-denied', capability);
}

if (typeof document !== 'undefined') {
  onSessionChange(() => document.querySelectorAll<HTMLElement>('[data-needs]').forEach(applyGate));
}
