import { describe, expect, it, vi } from 'vitest';
import { resolveApiError, type LocaleOverrides } from '../../src/core/index';
import zhCN from '../../src/locales/zh-CN/index';

const BODY_2005 = { success: false, code: 2005, message: '余额不足' };

describe('resolveApiError', () => {
  it('turns the 2005 body into an English title, message and ordered actions', () => {
    const error = resolveApiError(BODY_2005);
    expect(error).toMatchObject({
      catalog: 'futures',
      code: 2005,
      key: 'balance_insufficient',
      category: 'balance',
      severity: 'error',
      title: 'Not enough margin',
      retryable: false,
      i18nKey: 'mexc.futures.balance_insufficient',
      locale: 'en',
      source: 'api',
      serverMessage: '余额不足',
    });
    expect(error.message).not.toContain('余额不足');
    expect(error.actions.map((a) => a.id).slice(0, 2)).toEqual(['transfer_funds', 'reduce_size']);
    expect(error.actions[0]).toEqual({ id: 'transfer_funds', label: 'Transfer funds', i18nKey: 'mexc.action.transfer_funds' });
  });

  it('speaks zh-CN when given the pack, and falls back from zh and zh-TW to it', () => {
    const messages = { 'zh-CN': zhCN };
    const zh = resolveApiError(BODY_2005, { locale: 'zh-CN', messages });
    expect(zh).toMatchObject({ title: zhCN.futures.balance_insufficient.title, locale: 'zh-CN' });
    expect(zh.actions[0]!.label).toBe(zhCN.actions.transfer_funds);
    expect(resolveApiError(2005, { locale: 'zh', messages }).title).toBe(zhCN.futures.balance_insufficient.title);
    expect(resolveApiError(2005, { locale: 'zh_tw', messages }).locale).toBe('zh-CN');
  });

  it('falls back to English for a locale it has no pack for', () => {
    expect(resolveApiError(2005, { locale: 'zh-CN' })).toMatchObject({ title: 'Not enough margin', locale: 'en' });
    expect(resolveApiError(2005, { locale: 'xx-YY' }).locale).toBe('en');
    expect(resolveApiError(2005, { locale: '' }).title).toBe('Not enough margin');
  });

  it('applies per-locale overrides field by field; empty overrides fall back', () => {
    const overrides: LocaleOverrides = {
      futures: { balance_insufficient: { message: '请先划转 USDT 到合约账户。' } },
      actions: { transfer_funds: '去划转' },
    };
    const error = resolveApiError(2005, { locale: 'zh-CN', messages: [{ 'zh-CN': zhCN }, { 'zh-CN': overrides }] });
    expect(error.message).toBe('请先划转 USDT 到合约账户。');
    expect(error.title).toBe(zhCN.futures.balance_insufficient.title);
    expect(error.actions[0]!.label).toBe('去划转');

    const empty = resolveApiError(2005, { messages: { en: { futures: { balance_insufficient: { title: '  ', message: '' } } } } });
    expect(empty.title).toBe('Not enough margin');
    expect(empty.message.length).toBeGreaterThan(20);
  });

  it('lets a team word codes by number, outside the catalog too, in that code’s catalog only', () => {
    const messages = { en: { futures: { '9876': { title: 'Order book moved' }, '2005': { title: 'Top up your margin' } } } };
    const error = resolveApiError({ code: 9876, message: 'x' }, { messages });
    expect(error).toMatchObject({ key: 'unknown_code', title: 'Order book moved' });
    expect(error.message).toBe(resolveApiError(9876).message);
    expect(resolveApiError(2005, { messages }).title).toBe('Top up your margin');
    // the same number in the order code space is another failure
    expect(resolveApiError({ orderId: '1', state: 4, errorCode: 2005 }, { messages }).title).not.toBe('Top up your margin');
    expect(resolveApiError(9876, { messages: { en: { order: { '9876': { title: 'Order book moved' } } } } }).title).not.toBe(
      'Order book moved',
    );
  });

  it('gives 8817 and a maintenance 500 their own texts, in English and in zh-CN', () => {
    const zh = { locale: 'zh-CN', messages: { 'zh-CN': zhCN } };
    expect(resolveApiError(8817)).toMatchObject({
      key: 'risk_limit_change_retired',
      title: 'Risk limit is now automatic',
      retryable: false,
    });
    expect(resolveApiError(8817, zh).title).toBe(zhCN.futures.risk_limit_change_retired.title);
    for (const [body, options, ordersWord] of [
      [{ success: false, code: 500, message: 'System maintenance' }, {}, /order/i],
      [{ success: false, code: 500, message: '系统维护中' }, zh, /委托/],
    ] as const) {
      const maintenance = resolveApiError(body, options);
      expect(maintenance).toMatchObject({ key: 'maintenance', category: 'system', retry: 'backoff', retryable: true });
      expect(maintenance.title).not.toBe(resolveApiError(500, options).title);
      // it says to wait; it does not say the order's outcome is unknown
      expect(`${maintenance.title} ${maintenance.message}`).not.toMatch(ordersWord);
      expect(maintenance.actions.map((action) => action.id)).toEqual(['retry_later']);
    }
    expect(resolveApiError({ success: false, code: 500, message: 'System maintenance' }).title).toBe('Exchange under maintenance');
  });

  it('shows the number of an unknown code in every locale', () => {
    expect(resolveApiError({ code: 424242 }).key).toBe('unknown_code');
    expect(`${resolveApiError(424242).title} ${resolveApiError(424242).message}`).toContain('424242');
    const zh = resolveApiError(424242, { locale: 'zh-CN', messages: { 'zh-CN': zhCN } });
    expect(`${zh.title} ${zh.message}`).toContain('424242');
    expect(resolveApiError(424242)).toMatchObject({ catalog: 'futures', i18nKey: 'mexc.general.unknown_code' });
  });

  it('asks the app’s t first with stable keys and params, and falls back when t has nothing', () => {
    const t = vi.fn((key: string) => (key === 'mexc.futures.balance_insufficient.title' ? 'Margin too low' : key));
    const error = resolveApiError(2005, { t });
    expect(error.title).toBe('Margin too low');
    expect(error.message).toMatch(/margin/i);
    expect(error.actions[0]!.label).toBe('Transfer funds');
    // codes reach t as they are written, never as a number to format (`2,005`)
    expect(t).toHaveBeenCalledWith('mexc.futures.balance_insufficient.message', expect.objectContaining({ code: '2005' }));
    expect(t).toHaveBeenCalledWith('mexc.action.transfer_funds', {});
  });

  it('survives a t that throws', () => {
    const error = resolveApiError(2005, {
      t: () => {
        throw new Error('i18n not ready');
      },
    });
    expect(error.title).toBe('Not enough margin');
  });

  it('interpolates {name} placeholders', () => {
    const error = resolveApiError(2005, {
      messages: { en: { futures: { balance_insufficient: { message: 'Need {amount} USDT more (code {code}).' } } } },
      values: { amount: 12.5 },
    });
    expect(error.message).toBe('Need 12.5 USDT more (code 2005).');
    expect(resolveApiError('', { context: { httpStatus: 502 } }).message).toContain('502');
  });

  it('resolves failures without a code by their source', () => {
    expect(resolveApiError(new TypeError('Failed to fetch')).key).toBe('network_error');
    expect(resolveApiError('<html><title>403</title></html>', { context: { httpStatus: 403 } }).key).toBe('http_forbidden');
    expect(resolveApiError('', { context: { httpStatus: 429 } })).toMatchObject({ key: 'http_rate_limited', retryable: true });
    expect(resolveApiError({ channel: 'rs.error', data: 'x' }).key).toBe('websocket_error');
    expect(resolveApiError(undefined).key).toBe('unknown_error');
  });

  it('re-resolves a resolved error in another locale', () => {
    const en = resolveApiError(BODY_2005);
    const zh = resolveApiError(en, { locale: 'zh-CN', messages: { 'zh-CN': zhCN } });
    expect(zh).toMatchObject({ code: 2005, title: zhCN.futures.balance_insufficient.title, serverMessage: '余额不足' });
  });
});
