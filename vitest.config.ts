import path from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { packageAliases } from './scripts/package-aliases.mjs';
import { storyMatrix } from './scripts/story-matrix.mjs';

// What addon-vitest reads as the stories' initial globals (its `initialGlobals` option, per instance).
const INITIAL_GLOBALS_KEY = 'storybook/test-initial-globals';
// What addon-vitest reads to decide whether axe runs: it overwrites the `a11y.manual` global with it, so an
// instance without axe has to say so here too.
const RUN_CONFIG_KEY = 'storybook/test-provided';

// Nothing here may depend on the machine's speed: tests await conditions (findBy*, waitFor) with a
// generous ceiling, and the browser instances run one group at a time instead of all at once.
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
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      // Type tests: `*.test-d.tsx` files checked by tsc (expectTypeOf, @ts-expect-error), never run.
      {
        extends: true,
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, only: true, include: ['test/types/**/*.test-d.{ts,tsx}'], tsconfig: './test/types/tsconfig.json' },
          sequence: { groupOrder: 0 },
        },
      },
      // Every story is a test (render + play function + axe), once per locale × theme × direction. The
      // instances share one Vite server; each group runs after the one before, two Chromium pages at most.
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(import.meta.dirname, '.storybook') })],
        test: {
          name: 'stories',
          // The story files of an instance share one page instead of a fresh iframe each: every file
          // re-imported the preview, the kit and the demo (measured on two instances: 66 s → 41 s of CPU). Stories
          // need no isolation from each other: each renders into its own root, and the preview's beforeEach
          // empties the kit's shared store.
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          browser: {
            enabled: true,
            headless: true,
            // system Chromium (see scripts/ensure-chromium.mjs), not a Playwright download
            provider: playwright({ launchOptions: { executablePath: findChromium(), args: chromiumArgs } }),
            instances: storyMatrix().map((globals, index) => ({
              browser: 'chromium' as const,
              name: `stories:${globals.locale}-${globals.theme}-${globals.dir}`,
              provide: { [INITIAL_GLOBALS_KEY]: globals, [RUN_CONFIG_KEY]: { a11y: globals.a11y?.manual !== true } },
              sequence: { groupOrder: 1 + Math.floor(index / 2) },
            })),
          },
        },
      },
    ],
  },
});
