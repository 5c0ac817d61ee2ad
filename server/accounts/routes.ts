// HTTP for sessions and accounts: GET/POST/DELETE /session, POST /session/password, POST /accounts/setup,
// GET/POST /accounts, PATCH /accounts/:id, POST /accounts/:id/reset. The access table says who may call each.
import { Router, type Request, type Response } from 'express';
import { AccountIdParams, AccountList, AccountPatch, LoginRequest, NewAccount, PasswordChange, ResetLink, SessionInfo, SetupRequest, SignedIn, UserSummary } from '../contract/accounts.ts';
import type { TeamStore } from '../store/team-store.ts';
import { parsed, validate } from '../http/validate.ts';
import { respond } from '../http/respond.ts';
import { actorOf } from '../access/actor.ts';
import { sessionHashOf } from '../access/authenticate.ts';
import type { AccountsSettings } from './settings.ts';
import { clearCookie, GUEST_COOKIE, readCookie, SESSION_COOKIE, setCookie } from './cookies.ts';
import { loginLimits } from './login-limit.ts';
import { closeSession, openSession } from './sessions.ts';
import { setupLink } from './setup-links.ts';
import { actorOfUser, addAccount, changePassword, completeSetup, patchAccount, resetLinkFor, setupPending, signIn } from './service.ts';
import { listUsers, toSummary, type UserRow } from './users.ts';

/** Where links point: the address the admin used (behind a proxy, TRUST_PROXY makes protocol and host the public ones). */
export function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

export function accountRoutes(store: TeamStore, settings: AccountsSettings): Router {
  const signInAs = (res: Response, user: UserRow) => {
    const session = openSession(store, user.id, settings.times);
    setCookie(res, SESSION_COOKIE, session.token, { secure: settings.cookieSecure, expires: session.expiresAt });
    respond(res, SignedIn, { actor: actorOfUser(user) });
  };
  return Router()
    .get('/session', (req, res) => {
      respond(res, SessionInfo, { auth: settings.auth, actor: actorOf(req) ?? null, setupPending: settings.auth === 'on' && setupPending(store) });
    })
    .post('/session', ...loginLimits(settings.login), validate('body', LoginRequest), async (_req, res) => {
      const { name, password } = parsed(res, 'body', LoginRequest);
      signInAs(res, await signIn(store, name, password));
    })
    .delete('/session', (req, res) => {
      const token = readCookie(req, SESSION_COOKIE);
      if (token) closeSession(store, token);
      clearCookie(res, SESSION_COOKIE, settings.cookieSecure);
      clearCookie(res, GUEST_COOKIE, settings.cookieSecure);
      res.status(204).end();
    })
    .post('/session/password', validate('body', PasswordChange), async (req, res) => {
      const { current, next } = parsed(res, 'body', PasswordChange);
      await changePassword(store, actorOf(req), sessionHashOf(req), current, next);
      res.status(204).end();
    })
    .post('/accounts/setup', loginLimits(settings.login)[0]!, validate('body', SetupRequest), async (_req, res) => {
      const { token, password } = parsed(res, 'body', SetupRequest);
      signInAs(res, await completeSetup(store, token, password));
    })
    .get('/accounts', (_req, res) => {
      respond(res, AccountList, { accounts: listUsers(store).map(toSummary) });
    })
    .post('/accounts', validate('body', NewAccount), async (_req, res) => {
      respond(res, UserSummary, await addAccount(store, parsed(res, 'body', NewAccount)), 201);
    })
    .patch('/accounts/:id', validate('params', AccountIdParams), validate('body', AccountPatch), (_req, res) => {
      respond(res, UserSummary, patchAccount(store, parsed(res, 'params', AccountIdParams).id, parsed(res, 'body', AccountPatch)));
    })
    .post('/accounts/:id/reset', validate('params', AccountIdParams), (req, res) => {
      const { token, expiresAt } = resetLinkFor(store, parsed(res, 'params', AccountIdParams).id);
      respond(res, ResetLink, { link: setupLink(originOf(req), token), expiresAt });
    });
}
