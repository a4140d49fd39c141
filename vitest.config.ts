import path from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { packageAliases } from './scripts/package-aliases.mjs';

const STORY_MATRIX = [
  { theme: 'light', dir: 'ltr' },
  { theme: 'dark', dir: 'ltr' },
  { theme: 'light', dir: 'rtl' },
  { theme: 'dark', dir: 'rtl' },
];

export default defineConfig({
  plugins: [react()],
  resolve: { alias: packageAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
          setupFiles: ['./vitest.setup.ts'],
        },
      },
      // Every story is a test (render + play function + axe), once per theme × direction.
      ...STORY_MATRIX.map(({ theme, dir }) => ({
        extends: true as const,
        plugins: [storybookTest({ configDir: path.join(import.meta.dirname, '.storybook') })],
        define: { __MEK_STORY_GLOBALS__: JSON.stringify({ theme, dir }) },
        test: {
          name: `stories:${theme}-${dir}`,
          browser: {
            enabled: true,
            headless: true,
            // system Chromium (see scripts/ensure-chromium.mjs), not a Playwright download
            provider: playwright({ launchOptions: { executablePath: findChromium(), args: chromiumArgs } }),
            instances: [{ browser: 'chromium' as const }],
          },
        },
      })),
    ],
  },
});
