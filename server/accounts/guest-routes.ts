// Guest links: GET/POST /api/guest-links, DELETE /api/guest-links/:id (admin), and GET /guest/:token (not under
// /api), which a student opens: it sets the sg_guest cookie and opens the app, or says plainly that the link is over.
import { Router, type RequestHandler } from 'express';
import { CreatedGuestLink, GuestLinkIdParams, GuestLinkList, NewGuestLink } from '../contract/accounts.ts';
import type { TeamStore } from '../store/team-store.ts';
import { parsed, validate } from '../http/validate.ts';
import { respond } from '../http/respond.ts';
import { NotFoundError } from '../http/errors.ts';
import { actorOf } from '../access/actor.ts';
import type { AccountsSettings } from './settings.ts';
import { GUEST_COOKIE, setCookie } from './cookies.ts';
import { createGuestLink, guestLinkByToken, listGuestLinks, revokeGuestLink } from './guest-links.ts';
import { originOf } from './routes.ts';

export function guestLinkRoutes(store: TeamStore): Router {
  return Router()
    .get('/guest-links', (_req, res) => {
      respond(res, GuestLinkList, { links: listGuestLinks(store) });
    })
    .post('/guest-links', validate('body', NewGuestLink), (req, res) => {
      const actor = actorOf(req)!;
      const { link, token } = createGuestLink(store, parsed(res, 'body', NewGuestLink), `${actor.name} (${actor.id})`);
      respond(res, CreatedGuestLink, { ...link, url: `${originOf(req)}/guest/${token}` }, 201);
    })
    .delete('/guest-links/:id', validate('params', GuestLinkIdParams), (_req, res) => {
      const { id } = parsed(res, 'params', GuestLinkIdParams);
      if (!revokeGuestLink(store, id)) throw new NotFoundError(`No guest link with id '${id}'. It may have been made on another server.`);
      res.status(204).end();
    });
}

const OVER: Record<'revoked' | 'expired' | 'unknown', [number, string]> = {
  revoked: [410, 'This guest link has been withdrawn by the person who shared it.'],
  expired: [410, 'This guest link has expired.'],
  unknown: [404, 'This is not a guest link Scamgraph knows. Check that the whole address was copied.'],
};

/** A plain page (no script, so the Content-Security-Policy has nothing to allow) that says what happened. */
function page(title: string, text: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>`
    + `<body><main><h1>${title}</h1><p>${text}</p><p>Ask your teacher or the admin for a new link, or <a href="/">sign in</a> if you have an account.</p></main></body></html>`;
}

export function guestEntry(store: TeamStore, settings: AccountsSettings): RequestHandler {
  return (req, res) => {
    const token = String(req.params.token ?? '');
    const found = guestLinkByToken(store, token);
    if (found.state !== 'live') {
      const [status, text] = OVER[found.state];
      res.status(status).type('html').send(page('Guest link not available', text));
      return;
    }
    const expires = found.link.expiresAt ? new Date(found.link.expiresAt) : undefined;
    setCookie(res, GUEST_COOKIE, token, { secure: settings.cookieSecure, expires });
    // 303: the address with the token is not kept in the history as the page people see.
    res.redirect(303, '/');
  };
}
