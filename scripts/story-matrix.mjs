// The toolbar combinations every story runs in as a test (see vitest.config.ts). Each play function
// must pass in each of them, so it finds elements by role and the text of the current locale.
//   MEK_STORY_MATRIX=quick  only en-light-ltr (a fast local loop)
const LOCALES = ['en', 'zh-CN'];
const THEMES = ['light', 'dark'];
const DIRECTIONS = ['ltr', 'rtl'];

/** `{ locale, theme, dir }` globals, one per story-test instance. */
export function storyMatrix(mode = process.env.MEK_STORY_MATRIX) {
  const all = LOCALES.flatMap((locale) => THEMES.flatMap((theme) => DIRECTIONS.map((dir) => ({ locale, theme, dir }))));
  return mode === 'quick' ? all.slice(0, 1) : all;
}
