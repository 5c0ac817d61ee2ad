// Process entry for `npm start`: boot everything, print the URL, stop cleanly on Ctrl-C.
import { loadConfig } from './config.ts';
import { boot, reportFailure, stopOnSignals, type Running } from './startup/boot.ts';

const log = (line: string) => console.log(line);
let running: Running | undefined;

/** The supervisor gave up on the local Neo4j (second death within a minute): serving on without it helps nobody. */
function databaseLost(message: string): void {
  console.error(`\nneo4j-local: ${message}\n\n  Scamgraph is stopping: the local Neo4j keeps dying.\n`);
  void (running?.close() ?? Promise.resolve()).catch(() => {}).finally(() => process.exit(1));
}

try {
  running = await boot(loadConfig(), log, { onDatabaseLost: databaseLost });
  stopOnSignals(running, log);
  log(`\n  Scamgraph is running: ${running.url}\n  Database: ${running.database.uri}${running.database.local ? ' (local, embedded, restarted if it exits unexpectedly)' : ''}\n  Stop with Ctrl-C.\n`);
  // As Jupyter prints its token: the first admin's password is set from this link (one use, 24 hours).
  if (running.setupLink) log(`  Set the admin password: ${running.setupLink}\n  (account "admin"; the link works once, for 24 hours; a new one is printed at each start until it is used)\n`);
} catch (err) {
  reportFailure(err);
}
