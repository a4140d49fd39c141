// Locale tags: canonical form, the fallback chain a lookup walks, and the writing direction of a text.
import { describe, expect, it } from 'vitest';
import { resolveApiError } from '../../src/core/index';
import { DEFAULT_LOCALE, canonicalLocale, localeFallbackChain, textDirection } from '../../src/core/text/locale';

describe('canonicalLocale', () => {
  it('canonicalizes tags and falls back to en for unusable ones', () => {
    expect(canonicalLocale('zh_cn')).toBe('zh-CN');
    expect(canonicalLocale(' ZH-hant-tw ')).toBe('zh-Hant-TW');
    expect(canonicalLocale('')).toBe(DEFAULT_LOCALE);
    expect(DEFAULT_LOCALE).toBe('en');
    expect(canonicalLocale(42)).toBe('en');
    expect(canonicalLocale('1234')).toBe('en');
  });
});

describe('localeFallbackChain', () => {
  it('goes from the exact tag through its prefixes and same-language packs to en', () => {
    expect(localeFallbackChain('zh-Hant-TW', ['zh-CN', 'fr'])).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh', 'zh-CN', 'en']);
    expect(localeFallbackChain('en-GB')).toEqual(['en-GB', 'en']);
  });
});

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['iw-IL', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur_PK', 'rtl'],
    ['pa-Arab', 'rtl'],
    ['az-Arab-IR', 'rtl'],
    ['en', 'ltr'],
    ['zh-CN', 'ltr'],
    ['ja', 'ltr'],
    ['uz-Latn', 'ltr'],
    ['ar-Latn', 'ltr'],
    ['', 'ltr'],
    [undefined, 'ltr'],
  ])('%s is %s', (locale, dir) => {
    expect(textDirection(locale)).toBe(dir);
  });

  it('is the direction of the locale a resolved text came from, not the one asked for', () => {
    // No Arabic pack is given: the text is English, so it is left to right even for an Arabic page.
    expect(resolveApiError(2005, { locale: 'ar' })).toMatchObject({ locale: 'en', dir: 'ltr' });
    const arabic = {
      ar: { futures: { balance_insufficient: { title: 'الهامش غير كافٍ', message: 'حوّل أموالًا إلى حساب العقود الآجلة.' } } },
    };
    expect(resolveApiError(2005, { locale: 'ar', messages: arabic })).toMatchObject({ locale: 'ar', dir: 'rtl' });
  });
});
