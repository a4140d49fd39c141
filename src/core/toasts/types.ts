import type { NormalizeContext } from '../errors/normalize.js';
import type { MessageParams } from '../text/messages.js';
import type { ApiError, ApiErrorSeverity } from '../types.js';

/** Toaster that toasts go to when none is named. */
export const DEFAULT_TOASTER_ID = 'default';

/** Options of `showApiError` / `ToastStore.show`. */
export interface ShowApiErrorOptions {
  /** Reuse an id to update that toast in place instead of adding one. */
  id?: string;
  /** Which `<ApiErrorToaster id>` shows it. Default `'default'`. */
  toasterId?: string;
  /** Milliseconds before it closes by itself; `null` keeps it until dismissed. Default: by severity. */
  duration?: number | null;
  /** Merge with a live toast of the same failure (count ×N). Default `true`. */
  dedupe?: boolean;
  /**
   * Do nothing when this same error object is already on a live toast: two callers reporting one
   * failure (`useApiError` and a QueryCache) count it once. Default `false`.
   */
  once?: boolean;
  /** Replaces the localized title for this toast (at most 200 characters are kept). */
  title?: string;
  /** Replaces the localized message for this toast (at most 1,000 characters are kept). */
  message?: string;
  /** Extra `{name}` values for the texts. */
  values?: MessageParams;
  /** HTTP status and `Retry-After`, when `error` is a bare body. */
  context?: NormalizeContext;
}

/**
 * One toast as the store holds it: the normalized failure and what was asked of it, never its texts
 * (they are made where the toast is shown, in that place's locale). Immutable: a change makes a new object.
 */
export interface ApiErrorToastState {
  id: string;
  /** The `<ApiErrorToaster id>` that shows it. */
  toasterId: string;
  /**
   * `'failure'`: one failure, arrived `count` times. `'overflow'`: stands for `count` failures that came
   * when the toaster's queue was full (see `ToastOptions.maxQueued`); its `error` is the first of them.
   */
  kind: 'failure' | 'overflow';
  /** The failure, normalized (no secrets). */
  error: ApiError;
  /** From the catalog: decides the live region (error and critical are assertive) and the duration. */
  severity: ApiErrorSeverity;
  /** The app's own title for this toast, if any (capped). */
  title?: string;
  /** The app's own message for this toast, if any (capped). */
  message?: string;
  /** The `{name}` values given to `show`. */
  values?: MessageParams;
  /** How many times this failure arrived while the toast was live (×N), or how many an overflow toast stands for. */
  count: number;
  /** When the failure first / last arrived (ms since epoch). */
  createdAt: number;
  updatedAt: number;
  /** Auto-dismiss delay in ms, or `null` when it stays until dismissed. */
  duration: number | null;
}

/** What one toaster shows: the visible toasts, oldest first, and those waiting for a free slot. */
export interface ToasterSnapshot {
  visible: readonly ApiErrorToastState[];
  queued: readonly ApiErrorToastState[];
}

/** Auto-dismiss delays by severity; `null` = stays until dismissed. */
export type ToastDurations = Readonly<Record<ApiErrorSeverity, number | null>>;

/** How a toaster treats its toasts; set once, on the provider (`toastOptions`), for the toasters below it. */
export interface ToastOptions {
  /** Toasts shown at once per toaster; the rest wait in order. Default 3. */
  maxVisible?: number;
  /**
   * Toasts that may wait per toaster, the last place kept for one overflow toast that counts every
   * failure beyond it: memory stays flat under a storm of errors and nothing is silently lost. Default 100.
   */
  maxQueued?: number;
  /** Auto-dismiss delays by severity. Default: info 5 s, warning 8 s, error and critical stay. */
  durations?: Partial<ToastDurations>;
  /** Keep toasts that offer actions until dismissed (a trader may need time to act). Default `true`. */
  keepToastsWithActions?: boolean;
}

/** Why timers are paused; a toaster resumes only when every reason is gone. */
export type PauseReason = 'hover' | 'focus' | 'hidden' | (string & {});
