// Environment -> validated config. One clear message per bad variable; nothing else reads process.env.
import { z } from 'zod';
import { hostEntryProblem } from './security/hosts.ts';

const Port = z.coerce.number().int().min(1).max(65535);

/** `a.example,b.example:8080,[::1]:3000` -> the entries, each checked by server/security/hosts.ts. */
const AllowedHosts = z.string().transform((text, ctx) => {
  const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
  for (const entry of entries) {
    const problem = hostEntryProblem(entry);
    if (problem) ctx.addIssue({ code: 'custom', message: `"${entry}" ${problem}` });
  }
  return entries.map((e) => e.toLowerCase());
});

export const ConfigSchema = z.object({
  PORT: Port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** When set, use this database (bolt://, neo4j://, neo4j+s:// for Aura) and start no local one. */
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must start with bolt://, neo4j://, bolt+s:// or neo4j+s://').optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  /** Local default documented in the README; Neo4j requires at least 8 characters. */
  NEO4J_PASSWORD: z.string().min(8, 'Neo4j requires at least 8 characters').default('scamgraph-local'),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_BOLT_PORT: Port.default(7687),
  NEO4J_DATA_DIR: z.string().min(1).default('.neo4j'),
  NEO4J_HEAP: z.string().regex(/^\d+[mg]$/, 'like 1g or 768m').default('1g'),
  NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).default(512),
  /** Per-request timeout for API queries, in ms: a slow query ends with a 504 and a message. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Where "Save as query" writes new library queries (one .cypher file each, with its header). */
  SAVED_QUERIES_DIR: z.string().min(1).default('saved-queries'),
  /** User Cypher (ad-hoc, saved-query runs, "Save as query") runs this many at once, so it cannot starve search. */
  USER_QUERY_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  /** How many more may wait for a slot, and for how long (ms), before a 503 with Retry-After. */
  USER_QUERY_QUEUE: z.coerce.number().int().min(0).max(1000).default(32),
  USER_QUERY_QUEUE_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(3_000),
  /** A user query's result is cut off (truncated, with a message) past this many bytes of JSON. */
  RESULT_MAX_BYTES: z.coerce.number().int().min(1024).max(256 * 2 ** 20).default(16 * 2 ** 20),
  /** Seed the curated graph when the database holds none of it. */
  SEED_ON_START: z.enum(['auto', 'never']).default('auto'),
  // On a network (issue 11; server/security/). Beyond loopback, sign-in is always on (server/security/exposure.ts).
  /** Extra host names the server answers to (comma-separated `name` or `name:port`); loopback is always allowed. */
  ALLOWED_HOSTS: AllowedHosts.default([]),
  /** Length of a rate-limit window, in seconds. */
  RATE_LIMIT_WINDOW_S: z.coerce.number().int().min(1).max(3600).default(60),
  /** User Cypher and saved-query runs per client per window; generous, since one person clicking never gets near it. */
  RATE_LIMIT_QUERIES: z.coerce.number().int().min(1).default(600),
  /** Imports, "Save as query" and tour saves per client per window. */
  RATE_LIMIT_WRITES: z.coerce.number().int().min(1).default(300),
  // Teams (issue 12; server/accounts/, server/store/).
  /** The team store (accounts, sessions, audit trail, proposals): an SQLite file kept apart from the graph. */
  TEAM_STORE_FILE: z.string().min(1).default('.scamgraph/team.sqlite'),
  /** `off` (loopback only): no sign-in, everything is done as the local admin. `on`: accounts and sessions. */
  AUTH: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  /** `1` marks the session cookie Secure (sent over HTTPS only): set it when a TLS reverse proxy serves Scamgraph. */
  COOKIE_SECURE: z.enum(['0', '1'], { error: 'must be 1 (HTTPS only) or 0' }).default('0'),
  /** A session ends after this many hours without a request (fractions allowed)... */
  SESSION_IDLE_HOURS: z.coerce.number().positive().max(24 * 365).default(12),
  /** ...and this many days after sign-in, whatever happens. */
  SESSION_MAX_DAYS: z.coerce.number().positive().max(365).default(7),
  /** Sign-in attempts per client address, and per account name, in LOGIN_WINDOW_S seconds; then a 429 with Retry-After. */
  LOGIN_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_ATTEMPTS_PER_NAME: z.coerce.number().int().min(1).default(10),
  LOGIN_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(900),
  /**
   * Express `trust proxy`: behind a reverse proxy, which hops to believe for the client's address and scheme
   * (X-Forwarded-For/-Proto), so rate limits count people, not the proxy. `0` (default) trusts none; a number of hops,
   * or addresses/subnets (`loopback`, `10.0.0.0/8`), as Express takes them.
   */
  TRUST_PROXY: z.string().min(1).default('0'),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`config: ${problems.join('; ')}`);
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset", as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
}
