import { describe, expect, it } from 'vitest';
import {
  apiErrorCatalog,
  apiErrorLocales,
  loadApiErrorLocale,
  placeholdersOf,
  resolveApiError,
  type LocaleMessages,
} from '../../src/core/index';
import { en } from '../../src/locales/en';
import { zhCN } from '../../src/locales/zh-CN';
import zhSeed from '../fixtures/mexc-contract-error-codes.zh-CN.json';
import { ERROR_KEYS, flatten } from './pack-strings';

const PACKS: Record<string, LocaleMessages> = { en, 'zh-CN': zhCN };

describe.each(Object.entries(PACKS))('locale %s', (tag, pack) => {
  it('has a non-empty title and message for every error key and nothing else', () => {
    const keys = Object.keys(pack).filter((key) => key !== 'actions' && key !== 'ui');
    expect(keys.sort()).toEqual([...ERROR_KEYS].sort());
    for (const key of ERROR_KEYS) {
      const text = pack[key];
      expect(text.title.trim(), key).not.toBe('');
      expect(text.message.trim(), key).not.toBe('');
      expect(text.title.length, key).toBeLessThanOrEqual(48);
    }
  });

  it('uses exactly the placeholders of the English pack, string by string', () => {
    const reference = flatten(en);
    for (const [path, text] of flatten(pack)) {
      expect(placeholdersOf(text), `${tag} ${path}`).toEqual(placeholdersOf(reference.get(path) ?? ''));
    }
  });

  it('contains plain text only', () => {
    for (const [path, text] of flatten(pack)) expect(text, path).not.toMatch(/<[a-z/]|\*\*|&[a-z]+;/i);
  });

  it('resolves every official code to a title, a message and, for errors, at least one labelled action', () => {
    for (const entry of apiErrorCatalog) {
      const error = resolveApiError(entry.code, { locale: tag, messages: { [tag]: pack } });
      expect(error.locale).toBe(tag);
      expect(error.title).toBe(pack[entry.key].title);
      expect(error.message).toBe(pack[entry.key].message);
      if (entry.code !== 0) expect(error.actions.length, String(entry.code)).toBeGreaterThan(0);
      for (const action of error.actions) expect(action.label).toBe(pack.actions[action.id]);
    }
  });
});

describe('zh-CN pack', () => {
  it('is written for traders rather than copied from MEXC’s own Chinese table', () => {
    const official = new Map(zhSeed.map((row) => [row.code, row.description]));
    const copied = apiErrorCatalog.filter((entry) => official.get(entry.code) === zhCN[entry.key].message);
    expect(copied).toEqual([]);
    expect(zhCN.balance_insufficient.title).toMatch(/保证金/);
  });

  it('differs from English in every error text (nothing left untranslated)', () => {
    for (const key of ERROR_KEYS) expect(zhCN[key].message, key).not.toBe(en[key].message);
  });
});

describe('loadApiErrorLocale', () => {
  it('loads each shipped pack lazily, and the closest one for a related tag', async () => {
    expect(apiErrorLocales).toEqual(['en', 'zh-CN']);
    expect(await loadApiErrorLocale('zh-CN')).toBe(zhCN);
    expect(await loadApiErrorLocale('zh-Hant-TW')).toBe(zhCN);
    expect(await loadApiErrorLocale('en-GB')).toBe(en);
  });

  it('resolves to undefined for a language it does not ship', async () => {
    expect(await loadApiErrorLocale('fr')).toBeUndefined();
  });
});
