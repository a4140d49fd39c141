// The catalog page's own labels. The kit's packs only hold texts for traders, so a docs page keeps its
// strings here: one entry per locale, every entry complete; a locale without an entry gets English.
import type { GeneralKey } from '../../src/core/catalogs/index';
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

const en: CatalogLabels = {
  dir: 'ltr',
  searchLabel: 'Search by code, key or text',
  searchPlaceholder: 'e.g. 2005, balance, clock',
  rowCount: { one: '{count} row', other: '{count} rows' },
  resultCount: { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
  noResults: 'No code, key or text matches “{query}”.',
  captions: {
    futures:
      'MEXC futures API codes (catalog futures): {official} official, {wild} seen in the wild, {variant} told apart by the server’s text',
    order: 'Order-record reasons, the errorCode of an order (catalog order): {reason}',
    general: 'Failures without a known code (catalog general): {fallback}',
  },
  columns: { code: 'Code', key: 'Key', category: 'Category', severity: 'Severity', retry: 'Retry', actions: 'Actions' },
  textColumn: 'Title and message: {language}',
  badges: { wild: 'seen in the wild', variant: 'by server text', fallback: 'fallback' },
  i18nKey: 'i18n key: {key}',
  mexcDescription: 'MEXC ({language}): “{doc}”',
  variantWhen: 'When the server’s text matches {pattern}',
  fallbackWhen: 'When: {case}',
  fallbackCases: {
    unknown_code: 'a code the kit does not know (example: 99999)',
    network_error: 'no answer: network failure',
    timeout: 'the client gave up waiting',
    aborted: 'request cancelled on purpose',
    http_error: 'HTTP error page without a code (example: 404)',
    http_forbidden: 'HTTP 403 without a code',
    http_rate_limited: 'HTTP 429 without a code',
    http_server_error: 'HTTP 5xx without a code (example: 502)',
    websocket_error: 'an rs.error frame on the WebSocket',
    unknown_error: 'anything else',
  },
  textFallback: '(no {requested} text: {found} fallback)',
};

const zhCN: CatalogLabels = {
  dir: 'ltr',
  searchLabel: '按错误码、键名或文字搜索',
  searchPlaceholder: '例如 2005、balance、时间',
  rowCount: { other: '共 {count} 行' },
  resultCount: { other: '“{query}”的结果：{count} 条' },
  noResults: '没有与“{query}”匹配的错误码、键名或文字。',
  captions: {
    futures: 'MEXC 合约 API 错误码（目录 futures）：{official} 个官方错误码，{wild} 个实际出现的错误码，{variant} 个按服务器文字区分',
    order: '委托记录原因，即委托的 errorCode（目录 order）：{reason} 个',
    general: '没有已知错误码的失败（目录 general）：{fallback} 个',
  },
  columns: { code: '错误码', key: '键名', category: '类别', severity: '严重程度', retry: '重试', actions: '操作' },
  textColumn: '标题和说明：{language}',
  badges: { wild: '实际出现', variant: '按服务器文字', fallback: '兜底' },
  i18nKey: 'i18n 键名：{key}',
  mexcDescription: 'MEXC 原文（{language}）：“{doc}”',
  variantWhen: '服务器文字匹配 {pattern} 时',
  fallbackWhen: '适用于：{case}',
  fallbackCases: {
    unknown_code: '工具包不认识的错误码（例如 99999）',
    network_error: '没有响应：网络故障',
    timeout: '客户端等待超时',
    aborted: '请求被主动取消',
    http_error: '没有错误码的 HTTP 错误页（例如 404）',
    http_forbidden: '没有错误码的 HTTP 403',
    http_rate_limited: '没有错误码的 HTTP 429',
    http_server_error: '没有错误码的 HTTP 5xx（例如 502）',
    websocket_error: 'WebSocket 上的 rs.error 消息',
    unknown_error: '其他所有情况',
  },
  textFallback: '（没有 {requested} 文本：使用 {found}）',
};

/** Labels by locale tag. Adding a language is adding one complete entry. */
export const catalogLabelPacks: Readonly<Record<string, CatalogLabels>> = { en, 'zh-CN': zhCN };

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
