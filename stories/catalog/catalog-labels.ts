// The catalog page's own labels. The kit's packs only hold texts for traders, so a docs page keeps its
// strings here: one entry per locale, every entry complete; a locale without an entry gets English.
import type { GeneralKey } from '../../src/core/catalogs/index';
import { pseudoLocalize } from '../../src/core/text/pseudo';
import { PSEUDO_LOCALE } from '../../src/core/text/registry';
import type { CatalogSection } from './catalog-rows';

/** Forms of a counted phrase by plural category (`Intl.PluralRules`); `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every label of the catalog in one locale. `{name}` marks a value filled in when shown. */
export interface CatalogLabels {
  /** Writing direction of these labels, set on each of them so they read right inside a page of either direction. */
  dir: 'ltr' | 'rtl';
  searchLabel: string;
  searchPlaceholder: string;
  /** Status line without a search: `{count}` rows in all. */
  rowCount: PluralForms;
  /** Status line with a search: `{count}` matches of `{query}`. */
  resultCount: PluralForms;
  /** Shown instead of rows when nothing matches `{query}`. */
  noResults: string;
  /**
   * Caption of each section's table. Futures: `{official}`, `{wild}` and `{variant}` rows; order: `{reason}`
   * rows; general: `{fallback}` rows.
   */
  captions: Record<CatalogSection, string>;
  columns: { code: string; key: string; category: string; severity: string; retry: string; actions: string };
  /** Header of a text column: `{language}` is the language's name in this locale (its tag follows). */
  textColumn: string;
  /** Badge of the code cell, by kind of row (official codes and order reasons carry none). */
  badges: { wild: string; variant: string; fallback: string };
  /** Names the stable i18n key prefix of an entry's texts, `{key}` (`mexc.futures.balance_insufficient`). */
  i18nKey: string;
  /** Quotes MEXC's own description of a code, `{doc}`, in `{language}` (the language's name in this locale). */
  mexcDescription: string;
  /** Says which server text, `{pattern}`, a variant needs. */
  variantWhen: string;
  /** Says which failures, `{case}`, a general entry covers. */
  fallbackWhen: string;
  /** Which failures each general entry covers. */
  fallbackCases: Record<GeneralKey, string>;
  /** Under a text that came from another locale: `{requested}` had none, `{found}` was used. */
  textFallback: string;
}

// One file per locale under ./labels/ (`labels/<tag>.ts`, every entry complete), found when Vite builds; the
// pseudo-locale en-XA is made from English as the kit makes its own.
const files = import.meta.glob<CatalogLabels>('./labels/*.ts', { eager: true, import: 'default' });
const byTag: Record<string, CatalogLabels> = Object.fromEntries(
  Object.entries(files).map(([path, labels]) => [/labels\/([^/]+)\.ts$/.exec(path)![1]!, labels]),
);
const en = byTag.en!;

/** Labels by locale tag. Adding a language is adding one complete file under ./labels/. */
export const catalogLabelPacks: Readonly<Record<string, CatalogLabels>> = {
  ...byTag,
  [PSEUDO_LOCALE]: { ...pseudoLocalize(en), dir: 'ltr' },
};
/** `tag` in its canonical form (`zh-cn` → `zh-CN`), or as given when it is not a valid tag. */
export function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

/** The labels for `locale` and the tag they are in: the same tag, else the same language (`zh-TW` → `zh-CN`), else English. */
export function catalogLabelsFor(locale: string): { locale: string; labels: CatalogLabels } {
  const wanted = canonicalTag(locale);
  const language = wanted.split('-')[0];
  const tags = Object.keys(catalogLabelPacks);
  const tag = tags.find((each) => each === wanted) ?? tags.find((each) => each.split('-')[0] === language) ?? 'en';
  return { locale: tag, labels: catalogLabelPacks[tag] ?? en };
}

/** `template` with each `{name}` replaced by `values[name]` (unknown names are left as they are). */
export function fillIn(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The form of `forms` for `count` in `locale`, filled in with `count` and `values`. */
export function plural(forms: PluralForms, count: number, locale: string, values: Readonly<Record<string, string | number>> = {}): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return fillIn(form, { ...values, count });
}

/** Name of `tag`'s language in `displayLocale` (`中文（中国）`); the bare tag when none is known. */
export function languageName(tag: string, displayLocale: string): string {
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
