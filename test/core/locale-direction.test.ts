import { describe, expect, it } from 'vitest';
import { textDirection } from '../../src/core/text/locale';
import { resolveApiError } from '../../src/core/index';

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
    const arabic = { ar: { balance_insufficient: { title: 'الهامش غير كافٍ' } } };
    expect(resolveApiError(2005, { locale: 'ar', messages: arabic })).toMatchObject({ locale: 'ar', dir: 'rtl' });
  });
});
