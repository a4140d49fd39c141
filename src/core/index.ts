// mexc-error-kit/core: framework-free. Nothing here imports React, react-query or the DOM.
// Every runtime export is a promise (see test/public-api.test.ts); helpers stay internal.
export type { ApiError, ApiErrorActionId, ApiErrorCatalogId, ApiErrorCategory, ApiErrorSeverity, ApiErrorSource, RetryRule } from './types';
export type { ApiErrorCatalog, ApiErrorCatalogEntry } from './catalogs/define';
export { getApiErrorDefinition, listApiErrorCatalogs } from './catalogs/index';
export { normalizeApiError, normalizeApiErrors, type NormalizeContext } from './errors/normalize';
export { MexcApiError, normalizeApiResponse, unwrapApiResponse, type ResponseLike } from './errors/response';
export { redactSecrets } from './errors/redact';
export { resolveApiError, type ResolveApiErrorOptions, type ResolvedApiError, type ResolvedApiErrorAction } from './text/resolve';
export type { MessageOptions } from './text/lookup';
export type {
  ApiErrorMessages,
  ApiErrorText,
  ApiErrorUiText,
  CatalogTexts,
  CommonTexts,
  LocaleMessages,
  LocaleOverrides,
  MessageParams,
  PluralText,
  Text,
  TranslateFunction,
} from './text/messages';
export { listApiErrorLocales, loadApiErrorTexts } from './text/registry';
export {
  apiErrorRetryDelay,
  isRetryableApiError,
  shouldRetryApiError,
  type RequestOperation,
  type RetryDelayOptions,
  type RetryOptions,
} from './retry';
export { createToastStore, type ToastStore } from './toasts/store';
export { dismissApiError, showApiError } from './toasts/default-store';
export type { ApiErrorToastState, PauseReason, ShowApiErrorOptions, ToastDurations, ToasterSnapshot, ToastOptions } from './toasts/types';
