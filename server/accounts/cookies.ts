// The two cookies: sg_session (a signed-in account) and sg_guest (a guest link). HttpOnly so page scripts never see
// them, SameSite=Strict so another site's page cannot send them, Secure behind TLS (COOKIE_SECURE=1).
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'sg_session';
export const GUEST_COOKIE = 'sg_guest';

/** The value of cookie `name` on the request, if any (a small parser: the app has no cookie middleware). */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    const value = part.slice(at + 1).trim();
    try { return decodeURIComponent(value); } catch { return undefined; }
  }
  return undefined;
}

export function setCookie(res: Response, name: string, value: string, { secure, expires }: { secure: boolean; expires?: Date }): void {
  res.cookie(name, value, { httpOnly: true, sameSite: 'strict', path: '/', secure, expires });
}

export function clearCookie(res: Response, name: string, secure: boolean): void {
  res.clearCookie(name, { httpOnly: true, sameSite: 'strict', path: '/', secure });
}
