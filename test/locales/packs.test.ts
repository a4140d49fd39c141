// Every shipped pack words everything the kit can show: every key English has, plural forms for its own
// language's rules, the same placeholders, plain text, and texts that resolve for every code of every catalog.
import { describe, expect, it } from 'vitest';
import { resolveApiError, type ResolveApiErrorOptions } from '../../src/core/index';
import { placeholdersOf } from '../../src/core/text/interpolate';
import { pluralForm } from '../../src/core/text/plural';
import enSeed from '../fixtures/mexc-contract-error-codes.json';
import zhSeed from '../fixtures/mexc-contract-error-codes.zh-CN.json';
import { ENTRIES, LOCALES, errorText, flatten, forms, packOf, texts } from './pack-strings';

const EN = texts(packOf('en'));
const OFFICIAL = new Set([...enSeed, ...zhSeed].map((row) => row.description));

/** What resolves to an entry: its code (an order record for `order`); `undefined` for the codeless `general` ones. */
function inputFor(catalog: string, code: number): unknown {
  if (catalog === 'order') return { orderId: '1', state: 4, errorCode: code };
  return catalog === 'futures' ? { success: false, code, message: 'x' } : undefined;
}

describe.each(LOCALES)('pack %s', (tag) => {
  const pack = packOf(tag);
  const own = texts(pack);
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;

  it('has every text English has, and no other', () => {
    expect([...own.keys()].sort()).toEqual([...EN.keys()].sort());
  });

  it('has a non-empty title and message for every entry of every catalog, titles short enough for a toast', () => {
    for (const { catalog, key } of ENTRIES) {
      const text = errorText(pack, catalog, key);
      expect(text, `${catalog}.${key}`).toBeDefined();
      for (const field of ['title', 'message'] as const) {
        for (const form of forms(text![field])) expect(form.trim(), `${catalog}.${key}.${field}`).not.toBe('');
      }
      for (const form of forms(text!.title)) expect(form.length, `${catalog}.${key}`).toBeLessThanOrEqual(48);
    }
  });

  it('words plural texts with exactly the plural forms of its language', () => {
    for (const [path, english] of EN) {
      if (typeof english === 'string') continue;
      const text = own.get(path)!;
      if (typeof text === 'string') expect(categories, `${path} is one string`).toEqual(['other']);
      else expect(Object.keys(text).sort(), path).toEqual([...categories].sort());
    }
  });

  it('uses exactly the placeholders of the English text, and no form uses one English lacks', () => {
    for (const [path, text] of own) {
      const english = forms(EN.get(path) ?? '').flatMap(placeholdersOf);
      const used = forms(text).map(placeholdersOf);
      expect([...new Set(used.flat())].sort(), `${tag} ${path}`).toEqual([...new Set(english)].sort());
    }
  });

  it('contains plain text only', () => {
    for (const [path, text] of flatten(pack)) expect(text, path).not.toMatch(/<[a-z/]|\*\*|&[a-z]+;/i);
  });

  it('explains every failure in its own words, never with a description copied from MEXC’s tables', () => {
    for (const { catalog, key } of ENTRIES) {
      for (const form of forms(errorText(pack, catalog, key)!.message)) expect(OFFICIAL.has(form), `${catalog}.${key}`).toBe(false);
    }
  });

  it('resolves every code of every catalog to its texts and, for failures, labelled actions', () => {
    const options: ResolveApiErrorOptions = { locale: tag, messages: { [tag]: pack } };
    for (const { catalog, code, key, category } of ENTRIES) {
      const input = inputFor(catalog, code);
      if (input === undefined) continue;
      const error = resolveApiError(input, options);
      const text = errorText(pack, catalog, key)!;
      expect(error, `${catalog}.${key}`).toMatchObject({ catalog, key, locale: tag });
      expect(error.title).toBe(pluralForm(text.title, tag, undefined).replace('{code}', String(code)));
      expect(error.message).toBe(pluralForm(text.message, tag, undefined).replace('{code}', String(code)));
      if (category !== 'success' && key !== 'normal') expect(error.actions.length, `${catalog}.${key}`).toBeGreaterThan(0);
      for (const action of error.actions) expect(action.label).toBe(pack.actions[action.id]);
    }
  });
});

describe.each(LOCALES.filter((tag) => !tag.startsWith('en')))('pack %s is translated', (tag) => {
  it('differs from English in every error message (nothing left untranslated)', () => {
    const pack = packOf(tag);
    for (const { catalog, key } of ENTRIES) {
      expect(errorText(pack, catalog, key)!.message, `${catalog}.${key}`).not.toEqual(errorText(packOf('en'), catalog, key)!.message);
    }
  });
});
