// Plural texts: one string per plural category of the locale (Intl.PluralRules), chosen by {count}.
import { describe, expect, it } from 'vitest';
import { resolveApiError } from '../../src/core/index';
import { createMessageLookup } from '../../src/core/text/lookup';
import { isPluralText, pluralForm } from '../../src/core/text/plural';
import type { PluralText } from '../../src/core/index';
import en from '../../src/locales/en/index';
import zhCN from '../../src/locales/zh-CN/index';

const ERRORS = { one: '{count} error', other: '{count} errors' };
/** Russian: 1, 21 → one; 2–4, 22 → few; 0, 5–20 → many; fractions → other. */
const RU_OVERFLOW = { one: 'ещё {count} ошибка', few: 'ещё {count} ошибки', many: 'ещё {count} ошибок', other: 'ещё ошибок: {count}' };
const RU = { ru: { ui: { overflowTitle: RU_OVERFLOW } } };

describe('pluralForm', () => {
  it.each([
    [1, '{count} error'],
    [0, '{count} errors'],
    [2, '{count} errors'],
    [1.5, '{count} errors'],
    ['1', '{count} error'],
  ])('picks the English form for %s', (count, form) => {
    expect(pluralForm(ERRORS, 'en', count)).toBe(form);
  });

  it.each([
    [1, 'one'],
    [21, 'one'],
    [2, 'few'],
    [4, 'few'],
    [22, 'few'],
    [0, 'many'],
    [5, 'many'],
    [11, 'many'],
    [1.5, 'other'],
  ] as const)('picks the Russian %s form by Intl.PluralRules: %s', (count, category) => {
    expect(pluralForm(RU_OVERFLOW, 'ru', count)).toBe(RU_OVERFLOW[category]);
  });

  it('uses other when there is no count, the count is not a number, or the form is missing', () => {
    expect(pluralForm(ERRORS, 'en', undefined)).toBe('{count} errors');
    expect(pluralForm(ERRORS, 'en', 'many')).toBe('{count} errors');
    expect(pluralForm(ERRORS, 'en', Number.NaN)).toBe('{count} errors');
    expect(pluralForm({ one: 'ещё {count} ошибка', other: 'ещё ошибок: {count}' }, 'ru', 5)).toBe('ещё ошибок: {count}');
  });

  it('treats a tag Intl cannot read like English, and a plain string as it is', () => {
    expect(pluralForm(ERRORS, 'not a tag!', 1)).toBe('{count} error');
    expect(pluralForm(ERRORS, 'not a tag!', 3)).toBe('{count} errors');
    expect(pluralForm('{count} errors', 'en', 1)).toBe('{count} errors');
  });

  it('recognizes a plural text by its other form', () => {
    expect(isPluralText(ERRORS)).toBe(true);
    expect(isPluralText({ one: 'x' })).toBe(false);
    expect(isPluralText('x')).toBe(false);
    expect(isPluralText(null)).toBe(false);
  });
});

describe('plural texts through a lookup', () => {
  it('word the overflow title in English: one and other', () => {
    const { one, other } = en.ui.overflowTitle as PluralText;
    expect(one).toBeDefined();
    expect(one).not.toBe(other);
    const lookup = createMessageLookup();
    expect(lookup.ui('overflowTitle', { count: 1 })).toBe(one!.replace('{count}', '1'));
    expect(lookup.ui('overflowTitle', { count: 9898 })).toBe(other.replace('{count}', '9,898'));
  });

  it('word it in Russian with one, few and many from a custom messages layer', () => {
    const lookup = createMessageLookup({ locale: 'ru', messages: RU });
    expect(lookup.ui('overflowTitle', { count: 1 })).toBe('ещё 1 ошибка');
    expect(lookup.ui('overflowTitle', { count: 3 })).toBe('ещё 3 ошибки');
    expect(lookup.ui('overflowTitle', { count: 7 })).toBe('ещё 7 ошибок');
    expect(lookup.ui('overflowTitle', { count: 21 })).toBe('ещё 21 ошибка');
  });

  it('choose the form by the rules of the locale the text came from', () => {
    // The Russian page falls back to English for what the layer lacks: English rules for English text.
    expect(createMessageLookup({ locale: 'ru', messages: RU }).ui('repeatCount', { count: 3 })).toBe('×3');
    const english = en.ui.overflowTitle as PluralText;
    expect(createMessageLookup({ locale: 'ru' }).ui('overflowTitle', { count: 21 })).toBe(english.other.replace('{count}', '21'));
    // Chinese has one form for every count.
    const zh = createMessageLookup({ locale: 'zh-CN', messages: { 'zh-CN': zhCN } });
    expect(zh.ui('overflowTitle', { count: 1 })).toMatch(/\p{Script=Han}/u);
    expect(zh.ui('overflowTitle', { count: 1 }).replace('1', 'N')).toBe(zh.ui('overflowTitle', { count: 5 }).replace('5', 'N'));
  });

  it('apply to error texts given a count value', () => {
    const messages = {
      en: {
        futures: { rate_limited: { title: { one: 'Slow down: {count} request refused', other: 'Slow down: {count} requests refused' } } },
      },
    };
    expect(resolveApiError(510, { messages, values: { count: 1 } }).title).toBe('Slow down: 1 request refused');
    expect(resolveApiError(510, { messages, values: { count: 4 } }).title).toBe('Slow down: 4 requests refused');
    expect(resolveApiError(510, { messages }).title).toBe('Slow down: {count} requests refused');
  });
});
