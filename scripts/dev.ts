// npm run dev: the API as in `npm start` (without building the client) plus Vite's hot-reloading dev server.
import { createServer } from 'vite';
import { loadConfig } from '../server/config.ts';
import { boot, reportFailure, stopOnSignals } from '../server/startup/boot.ts';

const log = (line: string) => console.log(line);

try {
  const config = loadConfig();
  // The dev page lives on Vite's port and its proxy keeps that Host: the API must answer to it (server/security/).
  config.ALLOWED_HOSTS = [...config.ALLOWED_HOSTS, 'localhost:5173', '127.0.0.1:5173'];
  const running = await boot(config, log, { buildClient: false });
  // client/vite.config.ts proxies /api to PORT.
  const vite = await createServer({ configFile: 'client/vite.config.ts' });
  await vite.listen();
  stopOnSignals(running, log, () => vite.close());
  log(`\n  API: ${running.url}api/health\n  Dev page (hot reload): ${vite.resolvedUrls?.local[0] ?? 'http://localhost:5173/'}\n`);
} catch (err) {
  reportFailure(err);
}
