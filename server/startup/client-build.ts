// Builds the client with Vite when client/dist is missing or older than the client's sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLIENT_DIR = fileURLToPath(new URL('../../client/', import.meta.url));
const CONTRACT_DIR = fileURLToPath(new URL('../contract/', import.meta.url));
const BUILT_INDEX = path.join(CLIENT_DIR, 'dist', 'index.html');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function clientIsStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const built = statSync(BUILT_INDEX).mtimeMs;
  return Math.max(newestSource(CLIENT_DIR), newestSource(CONTRACT_DIR)) > built;
}

export async function ensureClientBuilt(log: (line: string) => void): Promise<void> {
  if (!clientIsStale()) return;
  log('client: building the page with Vite…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(CLIENT_DIR, 'vite.config.ts'), logLevel: 'warn' });
  log(`client: built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
