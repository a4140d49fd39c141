import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCALE,
  MAX_SERVER_MESSAGE_LENGTH,
  actionI18nKey,
  apiErrorRetryRule,
  canonicalLocale,
  createMessageLookup,
  errorI18nKey,
  getApiErrorDefinition,
  interpolate,
  localeFallbackChain,
  placeholdersOf,
  redactSecrets,
  toPlainServerText,
  uiI18nKey,
} from '../../src/core/index';
import { zhCN } from '../../src/locales/zh-CN';

describe('locale helpers', () => {
  it('canonicalizes tags and falls back to en for unusable ones', () => {
    expect(canonicalLocale('zh_cn')).toBe('zh-CN');
    expect(canonicalLocale(' ZH-hant-tw ')).toBe('zh-Hant-TW');
    expect(canonicalLocale('')).toBe(DEFAULT_LOCALE);
    expect(canonicalLocale(42)).toBe('en');
    expect(canonicalLocale('1234')).toBe('en');
  });

  it('builds the fallback chain: exact, prefixes, same-language packs, en', () => {
    expect(localeFallbackChain('zh-Hant-TW', ['zh-CN', 'fr'])).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh', 'zh-CN', 'en']);
    expect(localeFallbackChain('en-GB')).toEqual(['en-GB', 'en']);
  });
});

describe('text helpers', () => {
  it('interpolates known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Code {code}: {missing}', { code: 2005 })).toBe('Code 2005: {missing}');
    expect(placeholdersOf('{b} {a} {b}')).toEqual(['a', 'b']);
  });

  it('builds the stable i18n keys', () => {
    expect(errorI18nKey('balance_insufficient')).toBe('mexc.error.balance_insufficient');
    expect(actionI18nKey('transfer_funds')).toBe('mexc.action.transfer_funds');
    expect(uiI18nKey('dismiss')).toBe('mexc.ui.dismiss');
  });

  it('redacts keys, signatures and bearer tokens', () => {
    const text = redactSecrets(`apiKey=mx0vglAAAABBBBCCCC signature: ${'ab'.repeat(32)} Authorization=Bearer abc.def`);
    expect(text).not.toMatch(/mx0vgl|abab|abc\.def/);
    expect(text).toContain('apiKey=[redacted]');
  });

  it('turns any server text into one clean line of at most 500 characters', () => {
    expect(toPlainServerText('  a\n\tb\u202e c  ')).toBe('a b c');
    expect(toPlainServerText('<p>x</p>')).toBe('x');
    expect(toPlainServerText('   ')).toBeUndefined();
    expect(toPlainServerText('y'.repeat(600))!.length).toBe(MAX_SERVER_MESSAGE_LENGTH);
  });
});

describe('definitions and lookups', () => {
  it('maps failures without a code to their fallback definition', () => {
    expect(getApiErrorDefinition({ code: null, source: 'http', httpStatus: 502 }).key).toBe('http_server_error');
    expect(getApiErrorDefinition({ code: null, source: 'http', httpStatus: 404 }).key).toBe('http_error');
    expect(getApiErrorDefinition({ code: 8817, source: 'api' }).key).toBe('unknown_code');
    expect(apiErrorRetryRule({ code: 513 })).toBe('after_clock_sync');
  });

  it('looks up UI strings and action labels in the requested locale', () => {
    const lookup = createMessageLookup({ locale: 'zh-CN', messages: { 'zh-CN': zhCN } });
    expect(lookup.locale).toBe('zh-CN');
    expect(lookup.ui('codeBadge', { code: 2005 })).toBe(zhCN.ui.codeBadge.replace('{code}', '2005'));
    expect(lookup.action('deposit')).toBe(zhCN.actions.deposit);
    expect(createMessageLookup().ui('dismiss')).toBe('Dismiss');
  });
});
