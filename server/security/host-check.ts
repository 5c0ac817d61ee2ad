// Item 13, DNS rebinding: a page on attacker.example whose name is re-pointed at 127.0.0.1 reaches this server
// with `Host: attacker.example`. Only the configured names are served, so such a page reads nothing.
import type { RequestHandler } from 'express';
import { hostMatcher, parseHost, type HostRules } from './hosts.ts';
import { SecurityRefusal } from './refusal.ts';

export function hostCheck(rules: HostRules): RequestHandler {
  const allowed = hostMatcher(rules);
  return (req, _res, next) => {
    const raw = req.headers.host;
    const host = raw === undefined ? undefined : parseHost(raw);
    if (host && allowed(host, req.socket.localPort)) return next();
    const shown = raw === undefined ? 'none' : JSON.stringify(raw.slice(0, 100));
    next(new SecurityRefusal(421, 'host_not_allowed',
      `This server does not answer to the host name ${raw === undefined ? '(none given)' : shown}. Open it by a name it is configured for (localhost by default); an operator can add names with ALLOWED_HOSTS.`,
      `host: ${shown} is not an allowed host`));
  };
}
