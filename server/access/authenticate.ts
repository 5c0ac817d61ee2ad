// Who is asking: the session cookie's account, or a guest link's guest, or the local admin when AUTH=off.
// Sets the actor only; enforce.ts decides what the actor may do.
import type { RequestHandler } from 'express';
import type { AccountsSettings } from '../accounts/settings.ts';
import type { TeamStore } from '../store/team-store.ts';
import { GUEST_COOKIE, readCookie, SESSION_COOKIE } from '../accounts/cookies.ts';
import { sessionUser } from '../accounts/sessions.ts';
import { guestLinkByToken } from '../accounts/guest-links.ts';
import { LOCAL_ADMIN, setActor, type Actor } from './actor.ts';

const SESSION_HASH = Symbol('scamgraph.sessionHash');

/** The store hash of the request's session, so a password change can keep it and end the others. */
export function sessionHashOf(req: object): string | undefined {
  return (req as { [SESSION_HASH]?: string })[SESSION_HASH];
}

export function authenticate(store: TeamStore, settings: AccountsSettings): RequestHandler {
  return (req, _res, next) => {
    if (settings.auth === 'off') {
      setActor(req, LOCAL_ADMIN);
      return next();
    }
    const token = readCookie(req, SESSION_COOKIE);
    const session = token ? sessionUser(store, token, settings.times) : undefined;
    if (session) {
      const { user, hash } = session;
      (req as { [SESSION_HASH]?: string })[SESSION_HASH] = hash;
      setActor(req, { kind: 'user', id: user.id, name: user.name, role: user.role });
      return next();
    }
    const guestToken = readCookie(req, GUEST_COOKIE);
    const guest = guestToken ? guestLinkByToken(store, guestToken) : undefined;
    if (guest?.state === 'live') {
      const actor: Actor = { kind: 'guest', id: `guest:${guest.link.id}`, name: guest.link.label, role: 'viewer', datasets: guest.link.datasets, tours: guest.link.tours };
      setActor(req, actor);
    }
    next();
  };
}
