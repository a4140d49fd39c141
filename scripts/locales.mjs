// The one list of shipped locales: the folders under src/locales/. The build entries, the package
// aliases, the size budgets and the Storybook toolbar are derived from it; adding a locale is adding
// its folder (an index.ts, a common.ts and one file per catalog).
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const localesDir = resolve(import.meta.dirname, '../src/locales');

/** The shipped locale tags, sorted. */
export function listLocales() {
  return readdirSync(localesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(resolve(localesDir, entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort();
}
