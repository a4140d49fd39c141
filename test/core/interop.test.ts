// The kit's packs inside i18next and react-intl, under the keys the kit asks an app's `t` for: the same texts come
// out as the kit's own lookup gives, plurals and placeholders included, with no console noise from react-intl.
import i18next from 'i18next';
import { createIntl } from 'react-intl';
import { describe, expect, it, vi } from 'vitest';
import {
  resolveApiError,
  toI18nextResources,
  toReactIntlMessages,
  type LocaleMessages,
  type TranslateFunction,
} from '../../src/core/index';
import en from '../../src/locales/en/index';
import zhCN from '../../src/locales/zh-CN/index';
import { texts } from '../locales/pack-strings';

const MARGIN = { success: false, code: 2005, message: '余额不足' };

async function i18nextWith(packs: Record<string, LocaleMessages>) {
  const instance = i18next.createInstance();
  await instance.init({
    resources: toI18nextResources(packs),
    lng: 'zh-CN',
    fallbackLng: false,
    ns: ['mexcErrors'],
    defaultNS: 'mexcErrors',
  });
  return instance;
}

describe('toI18nextResources', () => {
  it('puts every text in the mexcErrors namespace under the key the kit asks t for', async () => {
    const i18n = await i18nextWith({ en, 'zh-CN': zhCN });
    const resolved = resolveApiError(MARGIN, { locale: 'zh-CN', messages: { 'zh-CN': zhCN } });
    expect(i18n.t(`${resolved.i18nKey}.title`)).toBe(resolved.title);
    expect(i18n.t(resolved.actions[0]!.i18nKey)).toBe(resolved.actions[0]!.label);
    expect(i18n.t('mexc.ui.dismiss', { lng: 'en' })).toBe('Dismiss');
    expect(i18n.t('mexc.order.post_only_cancel.title', { lng: 'en' })).toBe(en.order.post_only_cancel.title);
  });

  it('turns {name} into i18next’s {{name}} and plural texts into _one/_other keys', async () => {
    const i18n = await i18nextWith({ en });
    expect(i18n.t('mexc.ui.codeBadge', { lng: 'en', code: '2005' })).toBe('Code 2005');
    expect(i18n.t('mexc.ui.overflowTitle', { lng: 'en', count: 1 })).toBe('1 more notification');
    expect(i18n.t('mexc.ui.overflowTitle', { lng: 'en', count: 7 })).toBe('7 more notifications');
  });

  it('gives the kit, as its t, the same toast it resolves from its own packs', async () => {
    const i18n = await i18nextWith({ 'zh-CN': zhCN });
    const t: TranslateFunction = (key, values) => i18n.t(key, { ...values, defaultValue: '' });
    const viaI18next = resolveApiError(MARGIN, { locale: 'zh-CN', t });
    const viaPack = resolveApiError(MARGIN, { locale: 'zh-CN', messages: { 'zh-CN': zhCN } });
    expect({ ...viaI18next, locale: 'zh-CN' }).toEqual(viaPack);
  });
});

describe('toReactIntlMessages', () => {
  it('flattens a pack to one ICU message per key, every text of the pack', () => {
    const messages = toReactIntlMessages(zhCN);
    expect(Object.keys(messages)).toHaveLength(texts(zhCN).size); // a plural text is one message
    expect(messages['mexc.futures.balance_insufficient.title']).toBe(zhCN.futures.balance_insufficient.title);
    expect(messages['mexc.action.transfer_funds']).toBe(zhCN.actions.transfer_funds);
  });

  it('formats with react-intl as the kit does: placeholders, plurals, apostrophes and # kept literal', () => {
    const errors: unknown[] = [];
    const intl = createIntl({ locale: 'en', messages: toReactIntlMessages(en), onError: (error) => errors.push(error) });
    expect(intl.formatMessage({ id: 'mexc.ui.codeBadge' }, { code: '2005' })).toBe('Code 2005');
    expect(intl.formatMessage({ id: 'mexc.ui.overflowTitle' }, { count: 1 })).toBe('1 more notification');
    expect(intl.formatMessage({ id: 'mexc.ui.overflowTitle' }, { count: 1200 })).toBe('1,200 more notifications');
    const tricky = toReactIntlMessages({ ui: { dismiss: "Don't {code}", overflowTitle: { one: '# {count} #1', other: "it's {count}" } } });
    const plain = createIntl({ locale: 'en', messages: tricky, onError: (error) => errors.push(error) });
    expect(plain.formatMessage({ id: 'mexc.ui.dismiss' }, { code: 'x' })).toBe("Don't x");
    expect(plain.formatMessage({ id: 'mexc.ui.overflowTitle' }, { count: 1 })).toBe('# 1 #1');
    expect(plain.formatMessage({ id: 'mexc.ui.overflowTitle' }, { count: 2 })).toBe("it's 2");
    expect(errors).toEqual([]);
  });

  it('lets a partly translated react-intl app pass t with no MISSING_TRANSLATION noise, and one language per toast', () => {
    const onError = vi.fn();
    // the app translated two texts itself, in a language the kit has no pack for
    const appMessages = { 'mexc.futures.balance_insufficient.title': 'Za mało depozytu', 'mexc.action.deposit': 'Wpłać' };
    const intl = createIntl({ locale: 'pl', messages: appMessages, onError });
    // the documented t: ask react-intl only for keys it has
    const t: TranslateFunction = (key, values) => (key in intl.messages ? intl.formatMessage({ id: key }, values) : undefined);
    const error = resolveApiError(MARGIN, { locale: 'pl', t });
    expect(onError).not.toHaveBeenCalled();
    // only the title is Polish: the toast stays English as a whole rather than mix
    expect(error).toMatchObject({ locale: 'en', title: 'Not enough margin' });
    expect(error.actions.map((action) => action.label)).not.toContain('Wpłać');
  });
});
