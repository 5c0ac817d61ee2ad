// Environment -> validated config. One clear message per bad variable; nothing else reads process.env.
import { z } from 'zod';

const Port = z.coerce.number().int().min(1).max(65535);

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
