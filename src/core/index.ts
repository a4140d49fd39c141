// mexc-error-kit/core: framework-free. Nothing here imports React, react-query or the DOM.
export type { ApiError, ApiErrorActionId, ApiErrorCategory, ApiErrorSeverity, ApiErrorSource, RetryRule } from './types';
export {
  apiErrorCatalog,
  apiErrorFallbacks,
  findApiErrorDefinition,
  type ApiErrorCodeKey,
  type ApiErrorDefinition,
  type ApiErrorFallbackKey,
  type ApiErrorKey,
} from './catalogs/catalog';
export { getApiErrorDefinition } from './catalogs/definition';
export { normalizeApiError, normalizeApiErrors, type NormalizeContext } from './errors/normalize';
export { MexcApiError, normalizeApiResponse, unwrapApiResponse, type ResponseLike } from './errors/response';
export { MAX_SERVER_MESSAGE_LENGTH, redactSecrets, toPlainServerText } from './errors/plain-text';
export {
  resolveApiError,
  resolveNormalizedApiError,
  type ResolveApiErrorOptions,
  type ResolvedApiError,
  type ResolvedApiErrorAction,
} from './text/resolve';
export {
  actionI18nKey,
  createMessageLookup,
  errorI18nKey,
  uiI18nKey,
  type FoundText,
  type MessageLookup,
  type MessageOptions,
} from './text/lookup';
export type {
  ApiErrorMessages,
  ApiErrorText,
  ApiErrorUiText,
  LocaleMessages,
  LocaleOverrides,
  MessageParams,
  TranslateFunction,
} from './text/messages';
export { DEFAULT_LOCALE, canonicalLocale, localeFallbackChain } from './text/locale';
export { interpolate, placeholdersOf } from './text/interpolate';
export { apiErrorLocales, loadApiErrorLocale } from './text/load-locale';
export {
  MAX_RETRIES,
  apiErrorRetryDelay,
  apiErrorRetryRule,
  isRetryableApiError,
  shouldRetryApiError,
  type RequestOperation,
  type RetryDelayOptions,
  type RetryOptions,
} from './retry';
export {
  apiErrorToastStore,
  createToastStore,
  dismissApiError,
  showApiError,
  type ToastStore,
  type ToastStoreOptions,
} from './toasts/store';
export {
  DEFAULT_TOASTER_ID,
  type ApiErrorToastState,
  type PauseReason,
  type ShowApiErrorOptions,
  type ToastDurations,
  type ToasterSnapshot,
  type ToastResolver,
} from './toasts/types';
