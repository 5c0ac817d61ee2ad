// Item 14, CSRF: any web page can make the browser POST to 127.0.0.1 (a text/plain form or fetch needs no
// preflight). State-changing requests must therefore come from a page of ours, or from no page at all.
//
// - Sec-Fetch-Site (set by the browser, not forgeable by a page) of cross-site or same-site is refused; same-site
//   counts because another port on localhost is the same site but not our page.
// - An Origin that is not an allowed host is refused, including `null` (sandboxed frames, files opened from disk).
// - Neither header: not a browser (curl, scripts, the tests), which a victim's browser cannot be made to be;
//   every browser that fetches or posts a form cross-site sends Origin. Those keep working as before.
// - A request with a body must say `application/json`: that content type cannot be sent cross-site without a
//   CORS preflight, which this server never grants, so it holds even for a browser that sent neither header.
import type { RequestHandler } from 'express';
import { hostMatcher, parseHost, type HostPort, type HostRules } from './hosts.ts';
import { SecurityRefusal } from './refusal.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originHost(origin: string): HostPort | undefined {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const host = parseHost(url.host);
    return host && { name: host.name, port: host.port ?? (url.protocol === 'https:' ? 443 : 80) };
  } catch {
    return undefined; // "null" and anything unparsable
  }
}

function refuse(detail: string): SecurityRefusal {
  return new SecurityRefusal(403, 'cross_site',
    'Refused: this request came from another web site. Changes are accepted only from Scamgraph\'s own page (or from a script such as curl, which sends no Origin).',
    detail);
}

export function crossSiteCheck(rules: HostRules): RequestHandler {
  const allowed = hostMatcher(rules);
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const site = req.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') return next(refuse(`sec-fetch-site: ${site}`));
    const origin = req.headers.origin;
    if (origin !== undefined) {
      const host = originHost(origin);
      if (!host || !allowed(host, req.socket.localPort)) return next(refuse(`origin: ${JSON.stringify(origin.slice(0, 100))} is not an allowed host`));
    }
    const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    if (hasBody && !req.is('application/json')) {
      const type = req.headers['content-type'];
      return next(new SecurityRefusal(415, 'unsupported_media_type',
        'The API reads JSON only: send the body with the header Content-Type: application/json.',
        `content-type: ${type === undefined ? 'none' : JSON.stringify(type.slice(0, 100))}, expected application/json`));
    }
    next();
  };
}
