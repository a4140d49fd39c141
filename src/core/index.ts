// mexc-error-kit/core: framework-free. Nothing here imports React, react-query or the DOM.
// Every runtime export is a promise (see test/public-api.test.ts); helpers stay internal.
export type {
  ApiError,
  ApiErrorActionId,
  ApiErrorCatalogId,
  ApiErrorCategory,
  ApiErrorSeverity,
  ApiErrorSource,
  RetryRule,
} from './types.js';
export type { ApiErrorCatalog, ApiErrorCatalogEntry } from './catalogs/define.js';
export { getApiErrorDefinition, listApiErrorCatalogs } from './catalogs/index.js';
export { normalizeApiError, normalizeApiErrors, type NormalizeContext } from './errors/normalize.js';
export { MexcApiError, normalizeApiResponse, unwrapApiResponse, type ResponseLike } from './errors/response.js';
export { redactSecrets } from './errors/redact.js';
export { resolveApiError, type ResolveApiErrorOptions, type ResolvedApiError, type ResolvedApiErrorAction } from './text/resolve.js';
export type { MessageOptions } from './text/lookup.js';
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
} from './text/messages.js';
export { listApiErrorLocales, loadApiErrorTexts } from './text/registry.js';
export { toI18nextResources, toReactIntlMessages } from './text/interop.js';
export {
  apiErrorRetryDelay,
  isRetryableApiError,
  shouldRetryApiError,
  type RequestOperation,
  type RetryDelayOptions,
  type RetryOptions,
} from './retry.js';
export { createToastStore, type ToastStore } from './toasts/store.js';
export { dismissApiError, showApiError } from './toasts/default-store.js';
export type {
  ApiErrorToastState,
  PauseReason,
  ShowApiErrorOptions,
  ToastDurations,
  ToasterSnapshot,
  ToastOptions,
} from './toasts/types.js';
