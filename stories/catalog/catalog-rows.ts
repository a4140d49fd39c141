import {
  apiErrorCatalog,
  apiErrorFallbacks,
  createMessageLookup,
  errorI18nKey,
  resolveApiError,
  type ApiError,
  type ApiErrorActionId,
  type ApiErrorCategory,
  type ApiErrorDefinition,
  type ApiErrorFallbackKey,
  type ApiErrorKey,
  type ApiErrorMessages,
  type ApiErrorSeverity,
  type RetryRule,
} from 'mexc-error-kit';
import { zhCN } from 'mexc-error-kit/locales/zh-CN';

/** Packs handed to the resolver, exactly as an app would pass them. */
const MESSAGES: ApiErrorMessages = { 'zh-CN': zhCN };

/** Where a row's texts come from: the input to resolve (if any) and, for fallbacks, which failures get it. */
interface RowSource {
  input?: ApiError;
  when: string;
}

/**
 * A matching input for each fallback, so its texts come through `resolveApiError` like a real failure.
 * A fallback missing here (added to the kit later) is still listed, read straight from the packs.
 */
const FALLBACK_INPUTS: Partial<Record<ApiErrorFallbackKey, Required<RowSource>>> = {
  unknown_code: { input: { code: 99999, source: 'api' }, when: 'a code the kit does not know (example: 99999)' },
  network_error: { input: { code: null, source: 'network' }, when: 'no answer: network failure' },
  timeout: { input: { code: null, source: 'timeout' }, when: 'the client gave up waiting' },
  aborted: { input: { code: null, source: 'aborted' }, when: 'request cancelled on purpose' },
  http_error: { input: { code: null, source: 'http', httpStatus: 404 }, when: 'HTTP error page without a code (example: 404)' },
  http_forbidden: { input: { code: null, source: 'http', httpStatus: 403 }, when: 'HTTP 403 without a code' },
  http_rate_limited: { input: { code: null, source: 'http', httpStatus: 429 }, when: 'HTTP 429 without a code' },
  http_server_error: { input: { code: null, source: 'http', httpStatus: 502 }, when: 'HTTP 5xx without a code (example: 502)' },
  websocket_error: { input: { code: null, source: 'websocket' }, when: 'an rs.error frame on the WebSocket' },
  unknown_error: { input: { code: null, source: 'unknown' }, when: 'anything else' },
};

export type RowKind = 'official' | 'wild' | 'fallback';

/** How each kind is named in the code cell's badge and matched by the search box. */
export const KIND_LABELS: Readonly<Record<RowKind, string>> = {
  official: 'official',
  wild: 'seen in the wild',
  fallback: 'fallback',
};

export interface LocalizedTexts {
  /** The locale asked for (column). */
  requested: string;
  /** The locale the title actually came from (`lang` of the cell). */
  locale: string;
  title: string;
  message: string;
  actionLabels: readonly string[];
}

export interface CatalogRow {
  key: ApiErrorKey;
  code: number | null;
  kind: RowKind;
  /** MEXC's official English description (official codes only). */
  doc: string;
  /** For fallbacks: which failures get this entry. */
  when: string;
  category: ApiErrorCategory;
  severity: ApiErrorSeverity;
  retry: RetryRule;
  actions: readonly ApiErrorActionId[];
  texts: LocalizedTexts[];
  /** Lower-cased text the search box matches against. */
  haystack: string;
}

/** Texts through the real resolver, or `undefined` when `input` does not land on `key`. */
function textsFromResolver(input: ApiError, key: ApiErrorKey, locale: string): LocalizedTexts | undefined {
  const resolved = resolveApiError(input, { locale, messages: MESSAGES });
  if (resolved.key !== key) return undefined;
  return {
    requested: locale,
    locale: resolved.locale,
    title: resolved.title,
    message: resolved.message,
    actionLabels: resolved.actions.map((action) => action.label),
  };
}

/** Straight from the packs (through the kit's lookup and fallback chain), for a fallback without an input. */
function textsFromPacks(definition: ApiErrorDefinition<ApiErrorKey>, locale: string): LocalizedTexts {
  const lookup = createMessageLookup({ locale, messages: MESSAGES });
  const i18nKey = errorI18nKey(definition.key);
  const title = lookup.find([[definition.key, 'title']], `${i18nKey}.title`, {});
  const message = lookup.find([[definition.key, 'message']], `${i18nKey}.message`, {});
  return {
    requested: locale,
    locale: title?.locale ?? lookup.locale,
    title: title?.text ?? definition.key,
    message: message?.text ?? title?.text ?? definition.key,
    actionLabels: definition.actions.map((id) => lookup.action(id)),
  };
}

function toRow(
  definition: ApiErrorDefinition<ApiErrorKey>,
  kind: RowKind,
  { input, when }: RowSource,
  locales: readonly string[],
): CatalogRow {
  const { key, doc, category, severity, retry, actions } = definition;
  const code = kind === 'fallback' ? null : definition.code;
  const texts = locales.map(
    (locale) => (input && textsFromResolver(input, key, locale)) ?? textsFromPacks(definition, locale),
  );
  const haystack = [
    code ?? '',
    key,
    category,
    severity,
    retry,
    doc,
    when,
    KIND_LABELS[kind],
    ...actions,
    ...texts.flatMap((text) => [text.title, text.message, ...text.actionLabels]),
  ]
    .join('\n')
    .toLowerCase();
  return { key, code, kind, doc, when, category, severity, retry, actions, texts, haystack };
}

/** Every catalog entry (official codes, then those seen in the wild), then every fallback; texts in `locales`. */
export function buildRows(locales: readonly string[]): CatalogRow[] {
  return [
    ...apiErrorCatalog.map((definition) =>
      toRow(definition, definition.official ? 'official' : 'wild', { input: { code: definition.code, source: 'api' }, when: '' }, locales),
    ),
    ...Object.values(apiErrorFallbacks).map((definition) =>
      toRow(definition, 'fallback', FALLBACK_INPUTS[definition.key] ?? { when: 'failures without a known code' }, locales),
    ),
  ];
}

/** How many rows of each kind. */
export function countByKind(rows: readonly CatalogRow[]): Record<RowKind, number> {
  const counts: Record<RowKind, number> = { official: 0, wild: 0, fallback: 0 };
  for (const row of rows) counts[row.kind] += 1;
  return counts;
}

/** English name of a locale with its tag, e.g. `English (en)`; the bare tag when none is known. */
export function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale);
    return name && name !== locale ? `${name} (${locale})` : locale;
  } catch {
    return locale;
  }
}

/** Text of the search box's status line. */
export function countText(count: number, total: number, query: string): string {
  if (query === '') return `${total} rows`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`;
}
