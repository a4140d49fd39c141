// End-to-end test of the trading-dashboard demo against the BUILT static Storybook, as a user would run
// it: `storybook build`, then `scripts/serve-static.mjs` on 127.0.0.1. Run with `npm run test:e2e`.
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const PORT = 6106;
const executablePath = findChromium();

export default defineConfig({
  testDir: './test/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  // Ceilings, not expectations: assertions wait for conditions, and a busy machine may be slow to get there.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // the system Chromium (see scripts/chromium.mjs), not a Playwright download
        launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: `npx storybook build -o storybook-static --quiet && node scripts/serve-static.mjs storybook-static ${PORT}`,
    url: `http://127.0.0.1:${PORT}/iframe.html`,
    reuseExistingServer: false,
    timeout: 900_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
