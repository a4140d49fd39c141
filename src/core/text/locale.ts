/** The locale every lookup ends with; its pack ships with the kit. */
export const DEFAULT_LOCALE = 'en';

// canonicalLocale is asked about the same few tags on every resolve: remember its answers (a pure function of a
// string), within bounds so that arbitrary tags cannot grow the cache forever.
const MAX_CACHED_TAGS = 256;
const MAX_CACHED_TAG_LENGTH = 64;
const canonicalTags = new Map<string, string>();

/** `zh_cn`, `ZH-cn` → `zh-CN`; anything unusable → `en`. */
export function canonicalLocale(locale: unknown): string {
  if (typeof locale !== 'string') return DEFAULT_LOCALE;
  if (locale.length > MAX_CACHED_TAG_LENGTH) return canonicalTag(locale);
  let canonical = canonicalTags.get(locale);
  if (canonical === undefined) {
    canonical = canonicalTag(locale);
    if (canonicalTags.size >= MAX_CACHED_TAGS) canonicalTags.clear();
    canonicalTags.set(locale, canonical);
  }
  return canonical;
}

function canonicalTag(locale: string): string {
  const parts = locale.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const language = parts[0];
  if (!language || !/^[a-z]{2,8}$/i.test(language)) return DEFAULT_LOCALE;
  return [
    language.toLowerCase(),
    ...parts.slice(1).map((part) => {
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    }),
  ].join('-');
}

/** The script a tag is most likely written in (`zh-HK` → `Hant`, `zh-CN` → `Hans`), per CLDR's likely subtags. */
function likelyScript(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}

/**
 * Where to look for a string, in order: the exact tag (`zh-Hant-TW`), each shorter prefix (`zh-Hant`,
 * `zh`), any other available tag of the same language, same script first (`zh-HK` → `zh-TW` before `zh-CN`),
 * and finally `en`.
 */
export function localeFallbackChain(locale: unknown, available: Iterable<string> = []): string[] {
  const canonical = canonicalLocale(locale);
  const chain: string[] = [];
  const parts = canonical.split('-');
  for (let length = parts.length; length > 0; length--) chain.push(parts.slice(0, length).join('-'));
  const language = parts[0]!;
  const script = likelyScript(canonical);
  const sameLanguage = [...available].map(canonicalLocale).filter((tag) => tag.split('-')[0] === language && !chain.includes(tag));
  // same script first: zh-HK and zh-Hant read zh-TW (Traditional) before zh-CN (Simplified)
  sameLanguage.sort((a, b) => Number(likelyScript(b) === script) - Number(likelyScript(a) === script));
  for (const tag of sameLanguage) if (!chain.includes(tag)) chain.push(tag);
  if (!chain.includes(DEFAULT_LOCALE)) chain.push(DEFAULT_LOCALE);
  return chain;
}

// Languages written right to left (ISO 639 codes), when the tag names no script.
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

/**
 * The writing direction of text in `locale`: `'rtl'` for Arabic, Hebrew, Persian, Urdu (and any tag
 * with a right-to-left script subtag, such as `pa-Arab`), `'ltr'` otherwise. Set it as `dir` on an
 * element whose text is in that locale, so punctuation and digits land right inside a page of the
 * other direction.
 */
export function textDirection(locale: unknown): 'ltr' | 'rtl' {
  const [language = '', ...subtags] = canonicalLocale(locale).split('-');
  const script = subtags.find((part) => part.length === 4);
  if (script !== undefined) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
