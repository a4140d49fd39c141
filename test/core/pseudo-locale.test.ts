// en-XA: the English texts accented, about a third longer and bracketed, so hard-coded strings and truncation show.
import { describe, expect, it } from 'vitest';
import { listApiErrorLocales, loadApiErrorTexts, resolveApiError, type LocaleMessages } from '../../src/core/index';
import { placeholdersOf } from '../../src/core/text/interpolate';
import { flatten, packOf } from '../locales/pack-strings';

const EN = flatten(packOf('en'));

describe('pseudo-locale en-XA', () => {
  it('loads every English text, pseudo’d: bracketed, no plain ASCII letter, the same placeholders', async () => {
    const messages = (await loadApiErrorTexts('en-XA')) as Record<string, LocaleMessages>;
    expect(Object.keys(messages)).toEqual(['en-XA']);
    const pseudo = flatten(messages['en-XA']!);
    expect([...pseudo.keys()].sort()).toEqual([...EN.keys()].sort());
    for (const [path, text] of pseudo) {
      expect(text, path).toMatch(/^\[.*\]$/s);
      expect(text.replace(/\{\w+\}/g, ''), path).not.toMatch(/[A-Za-z]/);
      expect(placeholdersOf(text), path).toEqual(placeholdersOf(EN.get(path)!));
    }
  });

  it('is about a third longer than English overall, to reveal truncation', async () => {
    const messages = (await loadApiErrorTexts('en-XA')) as Record<string, LocaleMessages>;
    const length = (texts: Map<string, string>) => [...texts.values()].reduce((sum, text) => sum + [...text].length, 0);
    const ratio = length(flatten(messages['en-XA']!)) / length(EN);
    expect(ratio).toBeGreaterThan(1.25);
    expect(ratio).toBeLessThan(1.6);
  });

  it('resolves in en-XA, with the English structure (actions, keys) unchanged', async () => {
    const messages = await loadApiErrorTexts('en-XA');
    const error = resolveApiError({ success: false, code: 2005, message: '余额不足' }, { locale: 'en-XA', messages });
    expect(error).toMatchObject({ locale: 'en-XA', dir: 'ltr', key: 'balance_insufficient', title: '[Ñööţ ééñööûûĝĥ ɱååŕĝîîñ]' });
    expect(error.actions[0]).toMatchObject({ id: 'transfer_funds', label: '[Ţŕååñšƒééŕ ƒûûñðš]' });
  });

  it('is a developer tool, not a shipped language', () => {
    expect(listApiErrorLocales()).not.toContain('en-XA');
  });
});
