import { canonicalLocale, localeFallbackChain } from './locale';
import type { LocaleMessages } from './messages';

type PackModule = { default: LocaleMessages };

// Each pack is its own chunk: an app pays only for the languages it loads.
const LOADERS: Readonly<Record<string, () => Promise<PackModule>>> = {
  en: () => import('../../locales/en'),
  'zh-CN': () => import('../../locales/zh-CN'),
};

/** Locale tags the kit ships a pack for. */
export const apiErrorLocales: readonly string[] = Object.keys(LOADERS);

/** The tag of the shipped pack that serves `locale` (`zh-TW` → `zh-CN`), or `undefined`. */
export function closestShippedLocale(locale: string): string | undefined {
  const language = canonicalLocale(locale).split('-')[0];
  return localeFallbackChain(locale, apiErrorLocales).find((tag) => tag in LOADERS && tag.split('-')[0] === language);
}

/**
 * Loads the kit's pack for a locale, or for the closest one it ships (`zh` and `zh-TW` → `zh-CN`).
 * Resolves to `undefined` when none fits, or when loading fails; never rejects.
 *
 * @example
 * const zh = await loadApiErrorLocale('zh-CN');
 * resolveApiError(2005, { locale: 'zh-CN', messages: zh && { 'zh-CN': zh } });
 */
export async function loadApiErrorLocale(locale: string): Promise<LocaleMessages | undefined> {
  const tag = closestShippedLocale(locale);
  if (!tag) return undefined;
  try {
    return (await LOADERS[tag]!()).default;
  } catch {
    return undefined;
  }
}
