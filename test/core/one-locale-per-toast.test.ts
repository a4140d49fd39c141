// A toast's texts come from one locale: a partly translated app (its `t` or its overrides word some texts of a
// language the kit lacks) never shows a title in one language and the message or buttons in another. Numbers in
// the texts are written the way that locale writes them.
import { describe, expect, it } from 'vitest';
import { resolveApiError } from '../../src/core/index';
import { createMessageLookup } from '../../src/core/text/lookup';
import zhCN from '../../src/locales/zh-CN/index';

const MARGIN = { success: false, code: 2005, message: '余额不足' };

describe('one locale per toast', () => {
  it('drops a lone title from t in a language the kit lacks: title, message and buttons all fall back together', () => {
    const t = (key: string) => (key === 'mexc.futures.balance_insufficient.title' ? 'Za mało depozytu' : undefined);
    const error = resolveApiError(MARGIN, { locale: 'pl', t });
    expect(error.locale).toBe('en');
    expect(error.title).toBe('Not enough margin');
    expect(error.message).toMatch(/margin/i);
    expect(error.actions[0]!.label).toBe('Transfer funds');
  });

  it('uses t’s texts when t words both, with the buttons in the same language where t or a pack has them', () => {
    const polish: Record<string, string> = {
      'mexc.futures.balance_insufficient.title': 'Za mało depozytu',
      'mexc.futures.balance_insufficient.message': 'Przelej środki na konto kontraktowe.',
      'mexc.action.transfer_funds': 'Przelej środki',
    };
    const error = resolveApiError(MARGIN, { locale: 'pl', t: (key) => polish[key] });
    expect(error).toMatchObject({ locale: 'pl', title: 'Za mało depozytu', message: 'Przelej środki na konto kontraktowe.' });
    expect(error.actions[0]!.label).toBe('Przelej środki');
  });

  it('mixes t and the locale’s own pack freely: both are the same language', () => {
    const t = (key: string) => (key === 'mexc.futures.balance_insufficient.title' ? '请先补充保证金' : undefined);
    const error = resolveApiError(MARGIN, { locale: 'zh-CN', t, messages: { 'zh-CN': zhCN } });
    expect(error).toMatchObject({ locale: 'zh-CN', title: '请先补充保证金', message: zhCN.futures.balance_insufficient.message });
    expect(error.actions[0]!.label).toBe(zhCN.actions.transfer_funds);
  });

  it('ignores an override that words only the title in a locale with no pack, rather than mix it with English', () => {
    const messages = { fr: { futures: { balance_insufficient: { title: 'Marge insuffisante' } } } };
    expect(resolveApiError(MARGIN, { locale: 'fr', messages })).toMatchObject({ locale: 'en', title: 'Not enough margin' });
  });

  it('words UI strings in the toast’s locale when asked, else along the chain', () => {
    const lookup = createMessageLookup({ locale: 'zh-CN', messages: { 'zh-CN': zhCN } });
    expect(lookup.ui('dismiss')).toBe(zhCN.ui.dismiss);
    expect(lookup.ui('dismiss', {}, 'en')).toBe('Dismiss');
    expect(lookup.ui('dismiss', {}, 'de')).toBe(zhCN.ui.dismiss); // no German: the chain decides
  });
});

describe('numbers in texts', () => {
  it('writes the app’s numbers as the locale does, and codes and statuses as they are', () => {
    const messages = {
      de: { futures: { balance_insufficient: { title: 'Fehlen {amount} USDT', message: 'Code {code}, HTTP {status}.' } } },
    };
    const error = resolveApiError(MARGIN, { locale: 'de', messages, values: { amount: 1234.5 }, context: { httpStatus: 200 } });
    expect(error.title).toBe('Fehlen 1.234,5 USDT');
    expect(error.message).toBe('Code 2005, HTTP 200.');
  });

  it('formats counts with Intl.NumberFormat and picks the plural form with Intl.PluralRules of the same locale', () => {
    const lookup = createMessageLookup({ locale: 'zh-CN', messages: { 'zh-CN': zhCN } });
    expect(lookup.ui('overflowTitle', { count: 12000 })).toContain(new Intl.NumberFormat('zh-CN').format(12000));
    expect(createMessageLookup().ui('overflowTitle', { count: 1 })).toBe('1 more notification');
    expect(createMessageLookup().ui('overflowTitle', { count: 1000 })).toBe('1,000 more notifications');
  });

  it('keeps an unformattable number readable', () => {
    const messages = { de: { futures: { balance_insufficient: { title: 'Wert {amount}', message: 'x' } } } };
    expect(resolveApiError(MARGIN, { locale: 'de', messages, values: { amount: Number.NaN } }).title).toBe('Wert NaN');
  });
});
