// The catalog page's own labels. The kit's packs only hold texts for traders, so a docs page keeps its
// strings here: one entry per locale, every entry complete; a locale without an entry gets English.
import { canonicalLocale, localeFallbackChain, type ApiErrorFallbackKey } from 'mexc-error-kit';
import type { RowKind } from './catalog-rows';

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
  /** Table caption: `{official}`, `{wild}` and `{fallback}` rows. */
  caption: string;
  columns: { code: string; key: string; category: string; severity: string; retry: string; actions: string };
  /** Header of a text column: `{language}` is the language's name in this locale (its tag follows). */
  textColumn: string;
  /** Badge of the code cell, by kind of row (official codes carry none). */
  badges: Record<Exclude<RowKind, 'official'>, string>;
  /** Quotes MEXC's own English description of a code, `{doc}`. */
  mexcDescription: string;
  /** Says which failures, `{case}`, a fallback covers. */
  fallbackWhen: string;
  /** Which failures each fallback covers. */
  fallbackCases: Record<ApiErrorFallbackKey, string>;
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
  caption: 'MEXC futures error catalog: {official} official codes, {wild} seen in the wild, {fallback} fallbacks',
  columns: { code: 'Code', key: 'Key', category: 'Category', severity: 'Severity', retry: 'Retry', actions: 'Actions' },
  textColumn: 'Title and message: {language}',
  badges: { wild: 'seen in the wild', fallback: 'fallback' },
  mexcDescription: 'MEXC: “{doc}”',
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
  caption: 'MEXC 合约错误目录：{official} 个官方错误码，{wild} 个实际出现的错误码，{fallback} 个兜底项',
  columns: { code: '错误码', key: '键名', category: '类别', severity: '严重程度', retry: '重试', actions: '操作' },
  textColumn: '标题和说明：{language}',
  badges: { wild: '实际出现', fallback: '兜底' },
  mexcDescription: 'MEXC 原文：“{doc}”',
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

/** The labels for `locale` and the tag they are in: the closest entry (`zh-TW` → `zh-CN`), else English. */
export function catalogLabelsFor(locale: string): { locale: string; labels: CatalogLabels } {
  const found = localeFallbackChain(locale, Object.keys(catalogLabelPacks)).find((tag) => catalogLabelPacks[tag]);
  const tag = found ?? canonicalLocale('en');
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
