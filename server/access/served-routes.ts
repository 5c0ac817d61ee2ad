// Which (method, path) pairs a router actually serves, read from its stack. The access middleware uses it to tell a
// route missing from ACCESS_TABLE (403: deny by default) from an address nothing serves (left to the 404), and
// tests/api/access-table.test.ts compares it with the table, so a new route without a row fails a test.
import type { Router } from 'express';
import { match } from 'path-to-regexp';

export interface ServedRoute { method: string; path: string }

interface Layer { route?: { path: string | string[]; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } }

/** Every route of `router` and of the routers mounted in it without a path (as createApp mounts them). */
export function servedRoutes(router: Router): ServedRoute[] {
  const out: ServedRoute[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const method of Object.keys(layer.route.methods)) for (const path of paths) out.push({ method: method.toUpperCase(), path });
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack);
      }
    }
  };
  walk((router as unknown as { stack: Layer[] }).stack);
  return out;
}

export type PathMatcher = (path: string) => Record<string, string> | undefined;

/** An Express-style pattern -> a matcher giving the decoded params, or undefined when the path does not match. */
export function pathMatcher(pattern: string): PathMatcher {
  const m = match(pattern, { decode: (v) => { try { return decodeURIComponent(v); } catch { return v; } } });
  return (path) => {
    const r = m(path);
    return r ? (r.params as Record<string, string>) : undefined;
  };
}
