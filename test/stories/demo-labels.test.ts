// Every labels file of the trading dashboard demo (stories/demo/dashboard/labels/<tag>.ts) and of the error
// catalog page (stories/catalog/labels/<tag>.ts) words everything English does: the same keys, non-empty strings,
// the same placeholders, and plural forms for its own language.
import { describe, expect, it } from 'vitest';
import type { LocaleMessages } from '../../src/core/index';
import { placeholdersOf } from '../../src/core/text/interpolate';
import { textDirection } from '../../src/core/text/locale';
import { canonicalTag, type CatalogLabels } from '../../stories/catalog/catalog-labels';
import { demoLabelPacks, demoLabelsFor, fillIn, plural, splitAt, type DemoLabels } from '../../stories/demo/dashboard/demo-labels';
import { forms, texts } from '../locales/pack-strings';

type Labels = DemoLabels | CatalogLabels;
const byTag = (files: Record<string, Labels>) =>
  new Map(Object.entries(files).map(([path, labels]) => [/labels\/([^/]+)\.ts$/.exec(path)![1]!, labels]));
const SETS = {
  demo: byTag(import.meta.glob<DemoLabels>('../../stories/demo/dashboard/labels/*.ts', { eager: true, import: 'default' })),
  catalog: byTag(import.meta.glob<CatalogLabels>('../../stories/catalog/labels/*.ts', { eager: true, import: 'default' })),
};

/** Every text of a labels file by path (`form.placed`, `orders.cancelled`), plural forms kept together; `dir` left out. */
function textsOf(labels: Labels) {
  const { dir: _dir, ...rest } = labels;
  return texts(rest as unknown as LocaleMessages);
}

describe.each(Object.entries(SETS))('%s labels', (set, files) => {
  const EN = textsOf(files.get('en')!);
  const FILES = [...files];

  it('has an English file', () => {
    expect(files.has('en')).toBe(true);
    expect(EN.size).toBeGreaterThan(20);
  });

  describe.each(FILES)(`${set} labels %s`, (tag, labels) => {
    const own = textsOf(labels);
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;

    it('is named by a canonical locale tag and has the direction of its language', () => {
      expect(canonicalTag(tag)).toBe(tag);
      expect(labels.dir).toBe(textDirection(tag));
    });

    it('has every label English has, and no other', () => {
      expect([...own.keys()].sort()).toEqual([...EN.keys()].sort());
    });

    it('has no empty label', () => {
      for (const [path, text] of own) for (const form of forms(text)) expect(form.trim(), path).not.toBe('');
    });

    it('words counted labels with exactly the plural forms of its language', () => {
      for (const [path, english] of EN) {
        if (typeof english === 'string') continue;
        const text = own.get(path);
        expect(typeof text, `${path} must have plural forms`).toBe('object');
        expect(Object.keys(text as object).sort(), path).toEqual([...categories].sort());
      }
    });

    it('uses exactly the placeholders of the English label, and no form uses one English lacks', () => {
      for (const [path, text] of own) {
        const english = forms(EN.get(path) ?? '').flatMap(placeholdersOf);
        const used = forms(text).flatMap(placeholdersOf);
        expect([...new Set(used)].sort(), `${tag} ${path}`).toEqual([...new Set(english)].sort());
      }
    });
  });
});

describe('demoLabelsFor', () => {
  it('gives English for a locale without a file, and the pseudo-locale made from English', () => {
    expect(demoLabelsFor('xx').locale).toBe('en');
    const pseudo = demoLabelsFor('en-XA');
    expect(pseudo.locale).toBe('en-XA');
    expect(pseudo.labels.title).toMatch(/^\[.+\]$/);
    expect(pseudo.labels.dir).toBe('ltr');
    expect(Object.keys(demoLabelPacks)).toContain('en-XA');
  });

  it('fills in values and counts', () => {
    const { labels } = demoLabelsFor('en');
    expect(fillIn(labels.form.placed, { orderId: '1' })).toBe('Order 1 placed.');
    expect(plural(labels.orders.cancelled, 3, 'en', { cancelled: 1 })).toBe('Cancelled 1 of 3 orders.');
    expect(splitAt(labels.notes.route, 'route')).toEqual(['Demo: here the app would open ', '.']);
  });
});
