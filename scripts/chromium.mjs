// Where to find a Chromium for Vitest browser mode (Storybook story tests), plus its launch flags.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Flags for headless Chromium in containers/CI (no sandbox as root, no background network). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright's downloaded Chromium, if `npx playwright install chromium` put one there. */
function playwrightChromium() {
  try {
    // `playwright` is CommonJS, so a synchronous require works from ESM.
    return require('playwright').chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Absolute path of a usable Chromium, or undefined. Order: $CHROMIUM_PATH, system, Playwright's. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  const own = playwrightChromium();
  return own && existsSync(own) ? own : undefined;
}
