import enCommon from '../../locales/en/common.js';
import enFutures from '../../locales/en/futures.js';
import type { ApiErrorMessages } from './messages.js';
import { canonicalLocale, localeFallbackChain } from './locale.js';

// Every file under src/locales/<tag>/ but index.ts is a part of a locale: common.ts (UI strings, actions,
// general entries) and one file per catalog. Adding a locale is adding its folder; Vite turns the glob
// into a literal table of lazy imports when it builds (one chunk per part). The English common and
// futures parts are built in (lookup.ts imports them): no import() of them, which would make a bundler
// split them out of the app's main chunk into chunks of their own.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.ts',
  '!../../locales/*/index.ts',
  '!../../locales/en/common.ts',
  '!../../locales/en/futures.ts',
]);
const BUILT_IN_COMMON = '../../locales/en/common.ts';
const BUILT_IN_FUTURES = '../../locales/en/futures.ts';

const PART_PATH = /\/locales\/([^/]+)\/([^/]+)\.ts$/;

function partsByLocale(paths: readonly string[]): Map<string, Map<string, string>> {
  const byLocale = new Map<string, Map<string, string>>();
  for (const path of paths) {
    const [, tag, part] = PART_PATH.exec(path) ?? [];
    if (!tag || !part) continue;
    const parts = byLocale.get(tag) ?? new Map<string, string>();
    parts.set(part, path);
    byLocale.set(tag, parts);
  }
  return byLocale;
}

/** `true` for the parts bundled with the lookup (English `common` and `futures`): nothing to load. */
export function isBuiltInPart(tag: string, part: string): boolean {
  return [BUILT_IN_COMMON, BUILT_IN_FUTURES].includes(`../../locales/${tag}/${part}.ts`);
}

/**
 * The pseudo-locale: English accented, about a third longer and bracketed (`[Ñööţ ééñööûûĝĥ ɱååŕĝîîñ]`), made from
 * the en texts when loaded. Pick it (`locale="en-XA"`) to find strings that bypass the kit and layouts that break
 * on longer languages. Not a shipped pack, so not in {@link listApiErrorLocales}.
 */
export const PSEUDO_LOCALE = 'en-XA';

let registry: Map<string, Map<string, string>> | undefined;
const getRegistry = () => (registry ??= partsByLocale([BUILT_IN_COMMON, BUILT_IN_FUTURES, ...Object.keys(loaders)]));

/**
 * The locale tags the kit ships texts for (its folders under `locales/`), sorted.
 *
 * @example listApiErrorLocales() // ['ar', 'de', 'en', 'es', 'fr', 'id', 'ja', 'ko', 'pt-BR', 'ru', 'th', 'tr', 'uk', 'vi', 'zh-CN', 'zh-TW']
 */
export function listApiErrorLocales(): string[] {
  return [...getRegistry().keys()].sort();
}

const closest = new Map<string, string | undefined>();
const MAX_CACHED_TAGS = 256;

/** The tag of the shipped locale that serves `locale` (`zh-HK` → `zh-TW`, `zh-SG` → `zh-CN`, `en-GB` → `en`), or `undefined`. */
export function closestShippedLocale(locale: string): string | undefined {
  const canonical = canonicalLocale(locale);
  if (canonical === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  if (closest.has(canonical)) return closest.get(canonical);
  const shipped = getRegistry();
  const language = canonical.split('-')[0];
  const tag = localeFallbackChain(canonical, shipped.keys()).find(
    (candidate) => shipped.has(candidate) && candidate.split('-')[0] === language,
  );
  if (closest.size >= MAX_CACHED_TAGS) closest.clear(); // arbitrary tags must not grow it forever
  closest.set(canonical, tag);
  return tag;
}

/** Loads one part (`'common'` or a catalog id) of a shipped locale; `undefined` when there is none or it fails. */
export async function loadTextPart(tag: string, part: string): Promise<Record<string, unknown> | undefined> {
  if (tag === PSEUDO_LOCALE) return loadPseudoPart(part);
  const path = getRegistry().get(tag)?.get(part);
  if (path === undefined) return undefined;
  if (path === BUILT_IN_COMMON) return enCommon;
  if (path === BUILT_IN_FUTURES) return enFutures;
  try {
    return (await loaders[path]!()).default;
  } catch {
    return undefined;
  }
}

async function loadPseudoPart(part: string): Promise<Record<string, unknown> | undefined> {
  try {
    const [english, { pseudoLocalize }] = await Promise.all([loadTextPart('en', part), import('./pseudo.js')]);
    return english && pseudoLocalize(english);
  } catch {
    return undefined;
  }
}

/**
 * Loads the kit's texts for a locale, or for the closest one it ships (`zh` → `zh-CN`, `zh-HK` → `zh-TW`): its UI
 * strings and the texts of the given catalogs (default: all). Resolves to messages ready for
 * `resolveApiError`'s `messages`, or `undefined` when no shipped locale fits; never rejects. The English
 * futures texts are built in; everything else is loaded on demand, one small chunk per locale and catalog.
 *
 * @example
 * const messages = await loadApiErrorTexts('zh-CN', ['futures']);
 * resolveApiError(2005, { locale: 'zh-CN', messages }).title; // '保证金不足'
 */
export async function loadApiErrorTexts(locale: string, catalogs?: readonly string[]): Promise<ApiErrorMessages | undefined> {
  const tag = closestShippedLocale(locale);
  if (tag === undefined) return undefined;
  const available = [
    ...(getRegistry()
      .get(tag === PSEUDO_LOCALE ? 'en' : tag)
      ?.keys() ?? []),
  ];
  const wanted = ['common', ...(catalogs ?? available.filter((part) => part !== 'common'))];
  const parts = await Promise.all(wanted.map((part) => loadTextPart(tag, part)));
  return { [tag]: Object.assign({}, ...parts.filter(Boolean)) };
}
