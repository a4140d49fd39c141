import { TEXT_LIMITS, capText } from './cap-text';
import type { ApiErrorKey } from '../catalogs/catalog';
import { getApiErrorDefinition } from '../catalogs/definition';
import type { MessageParams } from './messages';
import { actionI18nKey, createMessageLookup, errorI18nKey, type MessageLookup, type MessageOptions } from './lookup';
import { normalizeApiError, type NormalizeContext } from '../errors/normalize';
import { textDirection } from './locale';
import { isObject, read } from '../errors/safe-access';
import type { ApiError, ApiErrorActionId, ApiErrorCategory, ApiErrorSeverity, ApiErrorSource, RetryRule } from '../types';

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
  /** MEXC code, or `null` for failures without one (network, HTML error page...). */
  code: number | null;
  /** Catalog slug (`balance_insufficient`, `unknown_code`, `network_error`...). */
  key: ApiErrorKey;
  category: ApiErrorCategory;
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
  /** Stable i18n key prefix: `mexc.error.<key>` (`.title` / `.message`). */
  i18nKey: string;
  /** The locale the title actually came from (`'en'` after a fallback). */
  locale: string;
  /** Writing direction of that locale's text (`'rtl'` for Arabic, Hebrew, Persian, Urdu): the `dir` of the texts. */
  dir: 'ltr' | 'rtl';
  source: ApiErrorSource;
  /** The server's own text, as plain text: a detail, never the headline. */
  serverMessage?: string;
  httpStatus?: number;
  retryAfterMs?: number;
  /** Order id of a failed batch item. */
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

function lookupText(lookup: MessageLookup, error: ApiError, key: ApiErrorKey, field: 'title' | 'message', params: MessageParams) {
  // A code can also be worded by number ('8817': {...}): the only way to word codes outside the catalog.
  const paths =
    error.code === null
      ? [[key, field]]
      : [
          [String(error.code), field],
          [key, field],
        ];
  return lookup.find(paths, `${errorI18nKey(key)}.${field}`, params, TEXT_LIMITS[field]);
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

/** Resolves an already normalized error with a prepared lookup; used by the React layer. */
export function resolveNormalizedApiError(error: ApiError, lookup: MessageLookup, values: MessageParams = {}): ResolvedApiError {
  const definition = getApiErrorDefinition(error);
  const params: MessageParams = { ...cappedValues(values), code: error.code ?? undefined, status: error.httpStatus };
  const title = lookupText(lookup, error, definition.key, 'title', params);
  const message = lookupText(lookup, error, definition.key, 'message', params);
  const resolved: ResolvedApiError = {
    code: error.code,
    key: definition.key,
    category: definition.category,
    severity: definition.severity,
    title: title?.text ?? definition.key,
    message: message?.text ?? title?.text ?? definition.key,
    actions: definition.actions.map((id) => ({ id, label: lookup.action(id), i18nKey: actionI18nKey(id) })),
    retryable: definition.retry === 'backoff' || definition.retry === 'after_clock_sync',
    retry: definition.retry,
    i18nKey: errorI18nKey(definition.key),
    locale: title?.locale ?? lookup.locale,
    dir: textDirection(title?.locale ?? lookup.locale),
    source: error.source,
  };
  if (error.serverMessage !== undefined) resolved.serverMessage = error.serverMessage;
  if (error.httpStatus !== undefined) resolved.httpStatus = error.httpStatus;
  if (error.retryAfterMs !== undefined) resolved.retryAfterMs = error.retryAfterMs;
  if (error.orderId !== undefined) resolved.orderId = error.orderId;
  if (error.orderIdUnsafe === true) resolved.orderIdUnsafe = true;
  return resolved;
}

/**
 * Turns any failure into localized, ready-to-show texts and actions. Accepts everything
 * {@link normalizeApiError} accepts (and a `ResolvedApiError`, to re-resolve in another locale).
 * Never throws; never returns an empty title, an empty message or a raw i18n key.
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
