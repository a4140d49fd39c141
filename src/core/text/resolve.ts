import type { ApiErrorCatalogEntry } from '../catalogs/define.js';
import { getApiErrorDefinition } from '../catalogs/index.js';
import { normalizeApiError, type NormalizeContext } from '../errors/normalize.js';
import { isObject, read } from '../errors/safe-access.js';
import { isRetryable } from '../retry.js';
import type { ApiError, ApiErrorActionId, ApiErrorCategory, ApiErrorSeverity, ApiErrorSource, RetryRule } from '../types.js';
import { TEXT_LIMITS, capText } from './cap-text.js';
import { actionI18nKey, errorI18nKey } from './keys.js';
import { textDirection } from './locale.js';
import { createMessageLookup, type MessageLookup, type MessageOptions } from './lookup.js';
import type { MessageParams } from './messages.js';

/** A suggested next step, ready to render as a button. */
export interface ResolvedApiErrorAction {
  /** What the app's `onAction` receives. */
  id: ApiErrorActionId;
  /** Localized button label. */
  label: string;
  /** Stable i18n key of the label: `mexc.action.<id>`. */
  i18nKey: string;
}

/** Everything a UI needs to show one failure, in one language. */
export interface ResolvedApiError {
  /** The code space of `code` (`'futures'`, `'order'`), as on the `ApiError`. */
  catalog: string;
  /** The code, or `null` for failures without one (network, HTML error page...). */
  code: number | null;
  /** Slug of the entry that describes it (`balance_insufficient`, `post_only_cancel`, `network_error`...). */
  key: string;
  /** What the failure is about. */
  category: ApiErrorCategory;
  /** How bad it is for the trader. */
  severity: ApiErrorSeverity;
  /** Short localized headline. */
  title: string;
  /** Localized explanation and what to do. */
  message: string;
  /** Suggested next steps, most useful first. */
  actions: ResolvedApiErrorAction[];
  /** `true` when sending the same request again can succeed without the trader changing anything. */
  retryable: boolean;
  /** The retry rule behind `retryable`. */
  retry: RetryRule;
  /** Stable i18n key prefix of the texts: `mexc.<catalog>.<key>` (then `.title` / `.message`). */
  i18nKey: string;
  /** The locale the title actually came from (`'en'` after a fallback). */
  locale: string;
  /** Writing direction of that locale's text (`'rtl'` for Arabic, Hebrew, Persian, Urdu): the `dir` of the texts. */
  dir: 'ltr' | 'rtl';
  /** Where the failure came from. */
  source: ApiErrorSource;
  /** The server's own text, as plain text: a detail, never the headline. */
  serverMessage?: string;
  /** HTTP status of the response, when there was one. */
  httpStatus?: number;
  /** Delay the server asked for, in milliseconds. */
  retryAfterMs?: number;
  /** Order id of a failed batch item or order record. */
  orderId?: string;
  /** `true` when the item's order id was a number too large to read exactly (see `ApiError.orderIdUnsafe`). */
  orderIdUnsafe?: true;
}

/** Options of {@link resolveApiError}. */
export interface ResolveApiErrorOptions extends MessageOptions {
  /** Extra `{name}` values for the texts (the kit fills `{code}` and `{status}` itself). */
  values?: MessageParams;
  /** HTTP status and `Retry-After` of the response, when the input is a bare body. */
  context?: NormalizeContext;
}

type Field = 'title' | 'message';

function lookupText(
  lookup: MessageLookup,
  error: ApiError,
  entry: ApiErrorCatalogEntry,
  field: Field,
  params: MessageParams,
  only?: string,
) {
  // A code can also be worded by number, scoped to its catalog (`futures: { '8817': {...} }`).
  const paths = [[entry.catalog, entry.key, field]];
  if (error.code !== null) paths.unshift([error.catalog, String(error.code), field]);
  // A catalog whose texts are not loaded in any locale still shows its code in words, never a slug.
  if (entry.catalog !== 'general') paths.push(['general', 'unknown_code', field]);
  return lookup.find(paths, `${errorI18nKey(entry.catalog, entry.key)}.${field}`, params, TEXT_LIMITS[field], only);
}

/**
 * The title and message of one failure from ONE locale: the first of the fallback chain that words both, so a
 * partly translated app (its `t` answers a title but not the message) never shows two languages in one toast.
 */
function lookupTexts(lookup: MessageLookup, error: ApiError, entry: ApiErrorCatalogEntry, params: MessageParams) {
  for (const tag of lookup.chain) {
    const title = lookupText(lookup, error, entry, 'title', params, tag);
    const message = title && lookupText(lookup, error, entry, 'message', params, tag);
    if (title && message) return { title, message };
  }
  // nothing words both (an entry with no text at all): whatever each field finds
  return { title: lookupText(lookup, error, entry, 'title', params), message: lookupText(lookup, error, entry, 'message', params) };
}

/** The app's `{name}` values, each text cut to {@link TEXT_LIMITS}`.value` (numbers pass as they are). */
function cappedValues(values: MessageParams): MessageParams {
  const capped: Record<string, string | number | undefined> = {};
  try {
    for (const [name, value] of Object.entries(values))
      capped[name] = typeof value === 'string' ? capText(value, TEXT_LIMITS.value) : value;
  } catch {
    // a hostile container (a getter that throws): the texts keep their placeholders visible
  }
  return capped;
}

/** Resolves an already normalized error with a prepared lookup; the React layer's way in. */
export function resolveNormalizedApiError(error: ApiError, lookup: MessageLookup, values: MessageParams = {}): ResolvedApiError {
  const entry = getApiErrorDefinition(error);
  // codes and statuses are identifiers, written as they are (never `2,005`); the app's numbers follow the locale
  const params: MessageParams = {
    ...cappedValues(values),
    code: error.code === null ? undefined : String(error.code),
    status: error.httpStatus === undefined ? undefined : String(error.httpStatus),
  };
  const { title, message } = lookupTexts(lookup, error, entry, params);
  const locale = title?.locale ?? lookup.locale;
  const resolved: ResolvedApiError = {
    catalog: error.catalog,
    code: error.code,
    key: entry.key,
    category: entry.category,
    severity: entry.severity,
    title: title?.text ?? entry.key,
    message: message?.text ?? title?.text ?? entry.key,
    actions: entry.actions.map((id) => ({ id, label: lookup.action(id, locale), i18nKey: actionI18nKey(id) })),
    retryable: isRetryable(entry.retry),
    retry: entry.retry,
    i18nKey: errorI18nKey(entry.catalog, entry.key),
    locale,
    dir: textDirection(locale),
    source: error.source,
  };
  if (error.serverMessage !== undefined) resolved.serverMessage = error.serverMessage;
  if (error.httpStatus !== undefined) resolved.httpStatus = error.httpStatus;
  if (error.retryAfterMs !== undefined) resolved.retryAfterMs = error.retryAfterMs;
  if (error.orderId !== undefined) resolved.orderId = error.orderId;
  if (error.orderIdUnsafe) resolved.orderIdUnsafe = true;
  return resolved;
}

/**
 * Turns any failure into localized, ready-to-show texts and actions. Accepts everything
 * {@link normalizeApiError} accepts (and a `ResolvedApiError`, to re-resolve in another locale).
 * Never throws; never returns an empty title, an empty message or a raw i18n key. The English futures
 * texts are built in; for other locales or catalogs pass their texts in `messages`
 * (`await loadApiErrorTexts('zh-CN')`, or `import zhCN from 'mexc-error-kit/locales/zh-CN'`).
 *
 * @example
 * const error = resolveApiError({ success: false, code: 2005, message: '余额不足' });
 * error.title;            // 'Not enough margin'
 * error.actions[0].id;    // 'transfer_funds'
 *
 * resolveApiError(2005, { locale: 'zh-CN', messages: { 'zh-CN': zhCN } }).title; // '保证金不足'
 */
export function resolveApiError(input: unknown, options: ResolveApiErrorOptions = {}): ResolvedApiError {
  const error = normalizeApiError(input, read(options, 'context') as NormalizeContext | undefined);
  try {
    const values = read(options, 'values');
    return resolveNormalizedApiError(error, createMessageLookup(options), isObject(values) ? ({ ...values } as MessageParams) : {});
  } catch {
    // Hostile options (a Proxy whose keys throw, say): fall back to English without them.
    return resolveNormalizedApiError(error, createMessageLookup());
  }
}
