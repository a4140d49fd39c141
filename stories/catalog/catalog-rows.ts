import {
  apiErrorCatalog,
  apiErrorFallbacks,
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

/**
 * A failure that lands on each fallback, so its texts come through `resolveApiError` like a real one.
 * Typed over every fallback key: a fallback added to the kit must get an input here.
 */
const FALLBACK_INPUTS: Readonly<Record<ApiErrorFallbackKey, ApiError>> = {
  unknown_code: { code: 99999, source: 'api' },
  network_error: { code: null, source: 'network' },
  timeout: { code: null, source: 'timeout' },
  aborted: { code: null, source: 'aborted' },
  http_error: { code: null, source: 'http', httpStatus: 404 },
  http_forbidden: { code: null, source: 'http', httpStatus: 403 },
  http_rate_limited: { code: null, source: 'http', httpStatus: 429 },
  http_server_error: { code: null, source: 'http', httpStatus: 502 },
  websocket_error: { code: null, source: 'websocket' },
  unknown_error: { code: null, source: 'unknown' },
};

/** `official`: in MEXC's table; `wild`: sent by real servers, not in the table; `fallback`: no known code. */
export type RowKind = 'official' | 'wild' | 'fallback';

export interface LocalizedTexts {
  /** The locale asked for (column). */
  requested: string;
  /** The locale the title actually came from: the `lang` of the texts. */
  locale: string;
  /** Writing direction of that locale: the `dir` of the texts. */
  dir: 'ltr' | 'rtl';
  title: string;
  message: string;
  actionLabels: readonly string[];
}

export interface CatalogRow {
  key: ApiErrorKey;
  code: number | null;
  kind: RowKind;
  /** MEXC's official English description (official codes only, else empty). */
  doc: string;
  /** For a fallback, its key (the failures it covers are described by the page's labels); else `null`. */
  fallbackKey: ApiErrorFallbackKey | null;
  category: ApiErrorCategory;
  severity: ApiErrorSeverity;
  retry: RetryRule;
  actions: readonly ApiErrorActionId[];
  texts: LocalizedTexts[];
  /** Lower-cased, language-independent text the search box matches against (texts of every locale included). */
  haystack: string;
}

/** Texts of `input` in `locale` through the real resolver. */
function resolveTexts(input: ApiError, key: ApiErrorKey, locale: string): LocalizedTexts {
  const resolved = resolveApiError(input, { locale, messages: MESSAGES });
  if (resolved.key !== key) throw new Error(`catalog row ${key}: its input resolves to ${resolved.key}`);
  return {
    requested: locale,
    locale: resolved.locale,
    dir: resolved.dir,
    title: resolved.title,
    message: resolved.message,
    actionLabels: resolved.actions.map((action) => action.label),
  };
}

function toRow(
  definition: ApiErrorDefinition<ApiErrorKey>,
  kind: RowKind,
  input: ApiError,
  locales: readonly string[],
  fallbackKey: ApiErrorFallbackKey | null = null,
): CatalogRow {
  const { key, doc, category, severity, retry, actions } = definition;
  const code = kind === 'fallback' ? null : definition.code;
  const texts = locales.map((locale) => resolveTexts(input, key, locale));
  const haystack = [
    code ?? '',
    key,
    kind,
    category,
    severity,
    retry,
    doc,
    ...actions,
    ...texts.flatMap((text) => [text.title, text.message, ...text.actionLabels]),
  ]
    .join('\n')
    .toLowerCase();
  return { key, code, kind, doc, fallbackKey, category, severity, retry, actions, texts, haystack };
}

/** Every catalog entry (official codes, then those seen in the wild), then every fallback; texts in `locales`. */
export function buildRows(locales: readonly string[]): CatalogRow[] {
  return [
    ...apiErrorCatalog.map((definition) =>
      toRow(definition, definition.official ? 'official' : 'wild', { code: definition.code, source: 'api' }, locales),
    ),
    ...Object.values(apiErrorFallbacks).map((definition) =>
      toRow(definition, 'fallback', FALLBACK_INPUTS[definition.key], locales, definition.key),
    ),
  ];
}

/** How many rows of each kind. */
export function countByKind(rows: readonly CatalogRow[]): Record<RowKind, number> {
  const counts: Record<RowKind, number> = { official: 0, wild: 0, fallback: 0 };
  for (const row of rows) counts[row.kind] += 1;
  return counts;
}
