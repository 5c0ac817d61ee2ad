// Accounts in the page (issue 12): before the app is built, make sure someone may see it (a setup link, the sign-in
// page, or nothing to do when auth is off); afterwards, the header's account corner, and sign-in again over the app
// when any call answers 401. Signing in again reloads the same address, so the view resumes where it was.
import './accounts.css';
import type { ActorInfo } from '@contract/accounts.ts';
import { ApiError, onUnauthenticated } from '../api.ts';
import { currentDatasets, setDatasets } from '../state/dataset-scope.ts';
import { currentSession, onSessionChange, sessionEnded, setSession, type SessionState } from '../state/session.ts';
import { getSession } from './accounts-api.ts';
import { createAccountCorner } from './account-menu.ts';
import { createSetupPage, setupToken } from './setup-page.ts';
import { createSignInPage } from './sign-in.ts';

/**
 * The session. A server without the route (404: one from before accounts) has no access control at all, so the page
 * is the local admin's; any other failure leaves nobody signed in, and the sign-in page then says what is wrong.
 */
async function readSession(): Promise<SessionState> {
  try {
    return await getSession();
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return { auth: 'off', actor: { kind: 'local', id: 'local', name: 'local', role: 'admin' }, setupPending: false };
    return { auth: 'on', actor: null, setupPending: false };
  }
}

/** Resolves once there is an actor, showing the setup or sign-in page in `root` until then. */
export async function signedIn(root: HTMLElement): Promise<void> {
  onUnauthenticated(sessionEnded);
  let session = await readSession();
  const token = setupToken(window.location);
  if (token) {
    const firstAdmin = session.setupPending;
    await new Promise<ActorInfo>((done) => root.replaceChildren(createSetupPage({ token, firstAdmin, done })));
    // The token is spent: drop it from the address and the history, and open the app at its start.
    window.history.replaceState(null, '', '/');
    session = await readSession();
  }
  while (session.auth === 'on' && session.actor === null) {
    const note = session.setupPending ? 'The admin password has not been set yet: open the one-time link the server printed when it started.' : undefined;
    await new Promise<ActorInfo>((resolve) => root.replaceChildren(createSignInPage({ note, signedIn: resolve })));
    session = await readSession();
  }
  setSession(session);
  keepGuestScope(session.actor);
  const guest = session.actor?.kind === 'guest';
  onSessionChange((next) => {
    if (next.actor === null && next.auth === 'on') showSignInOver(guest);
  });
}

/** A guest sees only the link's datasets: a scope outside them (an old address, the curated default) is narrowed. */
function keepGuestScope(actor: ActorInfo | null): void {
  const allowed = actor?.kind === 'guest' ? actor.datasets : undefined;
  if (!allowed || allowed.length === 0) return;
  const kept = currentDatasets().filter((d) => allowed.includes(d));
  if (kept.length !== currentDatasets().length || kept.length === 0) setDatasets(kept.length > 0 ? kept : allowed);
}

/** The session ended under the app: sign in over it; the reload then rebuilds the view from the unchanged address. */
function showSignInOver(guest: boolean): void {
  if (document.querySelector('.auth-page.over')) return;
  const page = createSignInPage({
    note: guest ? 'This guest link no longer works (it was revoked or has expired). Sign in if you have an account.' : 'Your session has ended. Sign in again to carry on where you were.',
    signedIn: () => window.location.reload(),
  });
  page.classList.add('over');
  document.body.append(page);
}

/** The header's account corner (name and role, or the guest banner); empty until signed in. */
export function createAccountSlot(): HTMLElement {
  const actor = currentSession().actor;
  const slot = document.createElement('div');
  slot.className = 'account-slot';
  if (actor) slot.append(createAccountCorner(actor));
  return slot;
}
