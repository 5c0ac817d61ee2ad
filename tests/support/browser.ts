// Launches the headless Chromium the end-to-end tests drive; a missing browser is an error, never a silent skip.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** WebGL through SwiftShader (no GPU here), for tests of the large-view renderer; otherwise the GPU is off. */
  webgl?: boolean;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    // Skipping would let CI go green without ever opening the page, so both CI and local runs fail loudly.
    const where = process.env.CI === 'true' ? 'in CI' : 'on this machine';
    throw new Error(`chromium missing ${where} (looked for ${CHROMIUM_PATH}): run \`apt-get install chromium\` or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      ...(options.webgl ? ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'] : ['--disable-gpu']),
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
