// Process entry for `npm start`: boot everything, print the URL, stop cleanly on Ctrl-C.
import { loadConfig } from './config.ts';
import { boot, reportFailure, stopOnSignals } from './startup/boot.ts';

const log = (line: string) => console.log(line);

try {
  const running = await boot(loadConfig(), log);
  stopOnSignals(running, log);
  log(`\n  Scamgraph is running: ${running.url}\n  Database: ${running.database.uri}${running.database.local ? ' (local, embedded)' : ''}\n  Stop with Ctrl-C.\n`);
} catch (err) {
  reportFailure(err);
}
