// createApp({ driver, config }) -> an Express app serving the API and the built client. It never listens.
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_USER_QUERY_CONCURRENCY, type Config } from './config.ts';
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
import { xrefRoutes } from './xref/routes.ts';
import { xrefAfterImport } from './xref/after-import.ts';
import { interopRoutes } from './interop/routes.ts';
import { historyOf } from './audit/store.ts';
import { completeScope } from './datasets/complete-scope.ts';
import { UserSlots } from './db/user-slots.ts';
import { DEFAULT_MAX_RESULT_BYTES, type UserCypherLimits } from './db/user-cypher.ts';
import type { SupervisionProbe } from './health/supervision.ts';
import { openTeamStore, type TeamStore } from './store/team-store.ts';
import { editRoutes } from './edits/routes.ts';
import { reviewRoutes } from './review/routes.ts';
import { crossSiteCheck, hostCheck, rateLimits, securityHeaders, securityRules, type SecurityConfig } from './security/index.ts';
import { accountsSettings, trustProxyValue, type AccountsConfig } from './accounts/settings.ts';
import { accountRoutes } from './accounts/routes.ts';
import { guestEntry, guestLinkRoutes } from './accounts/guest-routes.ts';
import { authenticate } from './access/authenticate.ts';
import { enforceAccess } from './access/enforce.ts';
import { guestScope } from './access/guest-scope.ts';
import { measureRoutes } from './measures/routes.ts';

export const CLIENT_DIST = fileURLToPath(new URL('../client/dist/', import.meta.url));

export interface AppDeps {
  driver: Driver;
  /** AUTH defaults to 'on': a caller that wants no sign-in (tests, benchmarks, one person on loopback) says AUTH: 'off'. */
  config: Pick<Config, 'QUERY_TIMEOUT_MS' | 'NEO4J_DATABASE' | 'SAVED_QUERIES_DIR'> & SecurityConfig & AccountsConfig
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
    slots: new UserSlots({ inFlight: config.USER_QUERY_CONCURRENCY ?? DEFAULT_USER_QUERY_CONCURRENCY, queue: config.USER_QUERY_QUEUE ?? 32, queueWaitMs: config.USER_QUERY_QUEUE_WAIT_MS ?? 3_000 }),
    maxResultBytes: config.RESULT_MAX_BYTES ?? DEFAULT_MAX_RESULT_BYTES,
  };
}

export function createApp({ driver, config, clientDir = CLIENT_DIST, toursDir, supervision, teamStore = openTeamStore(':memory:') }: AppDeps): Express {
  const db: Db = { driver, database: config.NEO4J_DATABASE, timeoutMs: config.QUERY_TIMEOUT_MS, userCypher: userCypherLimits(config) };
  // Loaded once; an invalid header throws here, naming the file, so the server does not start with it.
  const library = new QueryLibrary(config.SAVED_QUERIES_DIR);
  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy, the client's address (rate limits) and scheme (links) come from X-Forwarded-*.
  app.set('trust proxy', trustProxyValue(config.TRUST_PROXY));
  const accounts = accountsSettings(config);
  // Network guards (server/security/): host names, then headers on every answer; on /api, the cross-site check
  // before any body is read, and the rate limits.
  const security = securityRules(config);
  app.use(hostCheck(security.hosts), securityHeaders());
  app.use('/api', crossSiteCheck(security.hosts), rateLimits(security.limits));
  app.use(express.json({ limit: '1mb' }));

  const api = express.Router();
  // Who is asking (session, guest link, or the local admin when AUTH=off), then the access table (server/access/),
  // then a guest's datasets and tours: all before any route runs.
  api.use(authenticate(teamStore, accounts), enforceAccess(api), guestScope(db));
  // Before every read: a dataset whose import or rollback is unfinished is refused, never half-shown.
  api.use(completeScope());
  api.use(accountRoutes(teamStore, accounts), guestLinkRoutes(teamStore));
  api.use(healthRoutes(db, supervision), searchRoutes(db), graphRoutes(db), pathRoutes(db), queryRoutes(db, library));
  // Classroom mode: tours are loaded (and checked against the query library) here, at boot.
  api.use(tourRoutes(db, library, { dir: toursDir }), datasetRoutes(db, xrefAfterImport(db, teamStore)));
  // Cross-referencing: candidates and decisions live in the team store; "same" writes a SAME_AS link to the graph.
  api.use(xrefRoutes(db, teamStore));
  // Issue 14: degree, betweenness, closeness, PageRank and communities by the database (GDS) for big graphs.
  api.use(measureRoutes(db));
  // Editing the evidence, its audit trail and four-eyes review (issue 12), recorded in the team store.
  api.use(editRoutes(db, teamStore), reviewRoutes(db, teamStore));
  // Issue 13: whole datasets in and out, every format (server/interop/).
  // scamgraph-json carries the published changes of what it holds (the audit trail, server/audit/).
  api.use(interopRoutes(db, { historyOf: (ids) => historyOf(teamStore, ids), afterImport: xrefAfterImport(db, teamStore) }));
  api.use(notFoundRoute);
  app.use('/api', api);
  // The API router, so tests/api/access-table.test.ts can compare what it serves with ACCESS_TABLE.
  app.locals.apiRouter = api;
  // A guest link opens the app as a read-only guest (server/accounts/guest-routes.ts).
  app.get('/guest/:token', guestEntry(teamStore, accounts));

  if (existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    // The view lives in the URL; any non-API path opens the app.
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(errorMiddleware);
  return app;
}
