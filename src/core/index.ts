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
} from './catalog';
export { getApiErrorDefinition } from './definition';
export { normalizeApiError, normalizeApiErrors, type NormalizeContext } from './normalize';
export { MexcApiError, normalizeApiResponse, unwrapApiResponse, type ResponseLike } from './response';
export { MAX_SERVER_MESSAGE_LENGTH, redactSecrets, toPlainServerText } from './plain-text';
export {
  resolveApiError,
  resolveNormalizedApiError,
  type ResolveApiErrorOptions,
  type ResolvedApiError,
  type ResolvedApiErrorAction,
} from './resolve';
export {
  actionI18nKey,
  createMessageLookup,
  errorI18nKey,
  uiI18nKey,
  type FoundText,
  type MessageLookup,
  type MessageOptions,
} from './message-lookup';
export type {
  ApiErrorMessages,
  ApiErrorText,
  ApiErrorUiText,
  LocaleMessages,
  LocaleOverrides,
  MessageParams,
  TranslateFunction,
} from './messages';
export { DEFAULT_LOCALE, canonicalLocale, localeFallbackChain } from './locale';
export { interpolate, placeholdersOf } from './interpolate';
export { apiErrorLocales, loadApiErrorLocale } from './load-locale';
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
} from './toast-store';
export {
  DEFAULT_TOASTER_ID,
  type ApiErrorToastState,
  type PauseReason,
  type ShowApiErrorOptions,
  type ToastDurations,
  type ToasterSnapshot,
  type ToastResolver,
} from './toast-types';
