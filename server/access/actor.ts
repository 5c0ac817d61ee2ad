// The actor of a request: set once by the authentication middleware, read by routes that record who did what.
import type { Request } from 'express';
import type { ActorInfo } from '../contract/accounts.ts';

export type Actor = ActorInfo;

/** Authentication off (AUTH=off, loopback only): one person at a laptop, who may do everything. */
export const LOCAL_ADMIN: Actor = Object.freeze({ kind: 'local', id: 'local', name: 'local', role: 'admin' });

const ACTOR = Symbol('scamgraph.actor');
type WithActor = Request & { [ACTOR]?: Actor };

export function setActor(req: Request, actor: Actor): void {
  (req as WithActor)[ACTOR] = actor;
}

/** The request's actor, or undefined when nobody is signed in (the access table decides whether that is allowed). */
export function actorOf(req: Request): Actor | undefined {
  return (req as WithActor)[ACTOR];
}
