// The toolbar combinations every story runs in as a test (see vitest.config.ts). Each play function
// must pass in each of them, so it finds elements by role and the text of the current locale.
//   MEK_STORY_MATRIX=quick  English light left-to-right, and one other locale dark right-to-left (a fast
//                           local loop that still meets every locale-independent axis once)
import { listLocales } from './locales.mjs';

const THEMES = ['light', 'dark'];
const DIRECTIONS = ['ltr', 'rtl'];

/** `{ locale, theme, dir }` globals, one per story-test instance; the locales are the folders under src/locales/. */
export function storyMatrix(mode = process.env.MEK_STORY_MATRIX) {
  const locales = ['en', ...listLocales().filter((tag) => tag !== 'en')];
  if (mode === 'quick') {
    const other = locales.find((tag) => tag !== 'en');
    return [{ locale: 'en', theme: 'light', dir: 'ltr' }, ...(other ? [{ locale: other, theme: 'dark', dir: 'rtl' }] : [])];
  }
  return locales.flatMap((locale) => THEMES.flatMap((theme) => DIRECTIONS.map((dir) => ({ locale, theme, dir }))));
}
