// Builds the bench page's script and the app's layout worker into strings with esbuild (vite's own bundler),
// at bench time: nothing built is kept, and sigma.js never reaches the app's bundle.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

async function bundle(entry: string): Promise<string> {
  const out = await build({ entryPoints: [fileURLToPath(new URL(entry, import.meta.url))], bundle: true, format: 'iife', write: false, minify: true, target: 'es2022', logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

export const benchPageScript = (): Promise<string> => bundle('./main.ts');
export const layoutWorkerScript = (): Promise<string> => bundle('../../../client/layout-worker/worker.ts');
