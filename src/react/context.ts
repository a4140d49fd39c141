import { createContext, useContext } from 'react';
import {
  apiErrorToastStore,
  createMessageLookup,
  normalizeApiError,
  resolveNormalizedApiError,
  type ApiErrorActionId,
  type MessageLookup,
  type MessageParams,
  type NormalizeContext,
  type ResolvedApiError,
  type ToastStore,
} from '../core/index';

/** Called when a trader presses an action button; the app decides where `transfer_funds` leads. */
export type ApiErrorActionHandler = (actionId: ApiErrorActionId, error: ResolvedApiError) => void;

/** What the provider shares with hooks and components. */
export interface ApiErrorContextValue {
  /** Canonical locale (`'zh-CN'`). */
  locale: string;
  lookup: MessageLookup;
  store: ToastStore;
  /** Resolves any failure in the provider's locale. */
  resolve(error: unknown, options?: { values?: MessageParams; context?: NormalizeContext }): ResolvedApiError;
  /** Calls the app's `onAction`; an exception there is reported, never thrown into the UI. */
  runAction(actionId: ApiErrorActionId, error: ResolvedApiError): void;
  /** `true` below an `ApiErrorProvider`. */
  provided: boolean;
}

/** Reports a failure of app code the kit called, without crashing the kit's UI. */
export function reportCallbackError(what: string, error: unknown): void {
  if (typeof console !== 'undefined') console.error(`[mexc-error-kit] ${what} threw:`, error);
}

/** Builds a context value; without a provider the kit speaks English and uses the default store. */
export function createApiErrorContextValue(
  lookup: MessageLookup,
  store: ToastStore,
  onAction?: () => ApiErrorActionHandler | undefined,
): ApiErrorContextValue {
  return {
    provided: onAction !== undefined, // only a provider passes an action getter
    locale: lookup.locale,
    lookup,
    store,
    resolve: (error, options = {}) => resolveNormalizedApiError(normalizeApiError(error, options.context), lookup, options.values),
    runAction(actionId, error) {
      try {
        onAction?.()?.(actionId, error);
      } catch (thrown) {
        reportCallbackError('onAction', thrown);
      }
    },
  };
}

const defaultValue = createApiErrorContextValue(createMessageLookup(), apiErrorToastStore);

export const ApiErrorContext = createContext<ApiErrorContextValue>(defaultValue);
ApiErrorContext.displayName = 'ApiErrorContext';

/** The nearest provider's value, or English defaults with the default toast store. */
export function useApiErrorContext(): ApiErrorContextValue {
  return useContext(ApiErrorContext);
}
