// The toolbar combinations every story runs in as a test (see vitest.config.ts). Each play function
// must pass in each of them, so it finds elements by role and the text of the current locale.
//   - English light left-to-right and English dark right-to-left: every theme and direction, with axe.
//   - The locale sweep: every other shipped locale and the pseudo-locale en-XA, once each (not multiplied by
//     theme × direction), in its own writing direction, themes alternating. axe runs in the sweep for the
//     right-to-left and pseudo locales (mirroring, longer texts); elsewhere it checks the same DOM and colours
//     as in English, so the sweep skips it (`a11y.manual`) to keep `npm test` well under the CI budget.
//   MEK_STORY_MATRIX=quick  English light left-to-right, and Arabic dark right-to-left (a fast local loop)
import { listLocales } from './locales.mjs';

const PSEUDO_LOCALE = 'en-XA';
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);
const isRtl = (tag) => RTL_LANGUAGES.has(tag.split('-')[0]);

/** `{ locale, theme, dir, a11y? }` globals, one per story-test instance; the locales are the folders under src/locales/. */
export function storyMatrix(mode = process.env.MEK_STORY_MATRIX) {
  const others = listLocales().filter((tag) => tag !== 'en');
  const base = [
    { locale: 'en', theme: 'light', dir: 'ltr' },
    { locale: 'en', theme: 'dark', dir: 'rtl' },
  ];
  if (mode === 'quick') {
    const rtl = others.find(isRtl) ?? others[0];
    return [base[0], ...(rtl ? [{ locale: rtl, theme: 'dark', dir: 'rtl' }] : [])];
  }
  const sweep = [...others, PSEUDO_LOCALE].map((locale, index) => {
    const globals = { locale, theme: index % 2 ? 'dark' : 'light', dir: isRtl(locale) ? 'rtl' : 'ltr' };
    return isRtl(locale) || locale === PSEUDO_LOCALE ? globals : { ...globals, a11y: { manual: true } };
  });
  return [...base, ...sweep];
}
