// createApp({ driver, config }) -> an Express app serving the API and the built client. It never listens.
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.ts';
import type { Db } from './db/run.ts';
import { errorMiddleware, notFoundRoute } from './http/error-middleware.ts';
import { healthRoutes } from './health/routes.ts';
import { searchRoutes } from './search/routes.ts';
import { graphRoutes } from './graph/routes.ts';
import { queryRoutes } from './queries/routes.ts';
import { pathRoutes } from './paths/routes.ts';
import { QueryLibrary } from './queries/library.ts';
import { tourRoutes } from './tours/routes.ts';
import { datasetRoutes } from './datasets/routes.ts';
import { interopRoutes } from './interop/routes.ts';
import { completeScope } from './datasets/complete-scope.ts';
import { UserSlots } from './db/user-slots.ts';
import { DEFAULT_MAX_RESULT_BYTES, type UserCypherLimits } from './db/user-cypher.ts';
import type { SupervisionProbe } from './health/supervision.ts';
import { openTeamStore, type TeamStore } from './store/team-store.ts';
import { crossSiteCheck, hostCheck, rateLimits, securityHeaders, securityRules, type SecurityConfig } from './security/index.ts';

export const CLIENT_DIST = fileURLToPath(new URL('../client/dist/', import.meta.url));

export interface AppDeps {
  driver: Driver;
  config: Pick<Config, 'QUERY_TIMEOUT_MS' | 'NEO4J_DATABASE' | 'SAVED_QUERIES_DIR'> & SecurityConfig
    & Partial<Pick<Config, 'USER_QUERY_CONCURRENCY' | 'USER_QUERY_QUEUE' | 'USER_QUERY_QUEUE_WAIT_MS' | 'RESULT_MAX_BYTES'>>;
  /** Folder of the built client; omitted or missing means API only. */
  clientDir?: string;
  /** Where teachers' tours are saved; omitted means ./saved-tours. */
  toursDir?: string;
  /** The local Neo4j's supervisor, so health can report a restart; absent for a remote database. */
  supervision?: SupervisionProbe;
  /** The team store (accounts, audit, proposals; server/store/); omitted means a fresh one in memory, as tests want. */
  teamStore?: TeamStore;
}

/** User Cypher's own bounded concurrency and result cap; defaults as in server/config.ts. */
function userCypherLimits(config: AppDeps['config']): UserCypherLimits {
  return {
    slots: new UserSlots({ inFlight: config.USER_QUERY_CONCURRENCY ?? 4, queue: config.USER_QUERY_QUEUE ?? 32, queueWaitMs: config.USER_QUERY_QUEUE_WAIT_MS ?? 3_000 }),
    maxResultBytes: config.RESULT_MAX_BYTES ?? DEFAULT_MAX_RESULT_BYTES,
  };
}

export function createApp({ driver, config, clientDir = CLIENT_DIST, toursDir, supervision, teamStore = openTeamStore(':memory:') }: AppDeps): Express {
  const db: Db = { driver, database: config.NEO4J_DATABASE, timeoutMs: config.QUERY_TIMEOUT_MS, userCypher: userCypherLimits(config) };
  // Loaded once; an invalid header throws here, naming the file, so the server does not start with it.
  const library = new QueryLibrary(config.SAVED_QUERIES_DIR);
  const app = express();
  app.disable('x-powered-by');
  // Network guards (server/security/): host names, then headers on every answer; on /api, the cross-site check
  // before any body is read, and the rate limits.
  const security = securityRules(config);
  app.use(hostCheck(security.hosts), securityHeaders());
  app.use('/api', crossSiteCheck(security.hosts), rateLimits(security.limits));
  app.use(express.json({ limit: '1mb' }));

  const api = express.Router();
  // Before every read: a dataset whose import or rollback is unfinished is refused, never half-shown.
  api.use(completeScope(db));
  api.use(healthRoutes(db, supervision), searchRoutes(db), graphRoutes(db), pathRoutes(db), queryRoutes(db, library));
  // Classroom mode: tours are loaded (and checked against the query library) here, at boot.
  api.use(tourRoutes(db, library, { dir: toursDir }), datasetRoutes(db));
  // Issue 13: whole datasets in and out, every format (server/interop/).
  api.use(interopRoutes(db));
  api.use(notFoundRoute);
  app.use('/api', api);

  if (existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    // The view lives in the URL; any non-API path opens the app.
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(errorMiddleware);
  return app;
}
