import type { MessageParams } from '../text/messages';
import type { NormalizeContext } from '../errors/normalize';
import type { ResolvedApiError } from '../text/resolve';
import type { ApiError, ApiErrorSeverity } from '../types';

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
  /** Replaces the localized title for this toast. */
  title?: string;
  /** Replaces the localized message for this toast (e.g. react-query `meta.apiError.message`). */
  message?: string;
  /** Extra `{name}` values for the texts. */
  values?: MessageParams;
  /** HTTP status and `Retry-After`, when `error` is a bare body. */
  context?: NormalizeContext;
}

/** One toast as a toaster renders it. Immutable: every change makes a new object. */
export interface ApiErrorToastState {
  id: string;
  toasterId: string;
  /** The failure, normalized (no secrets). */
  error: ApiError;
  /** The failure in the store's locale (the outermost provider's), with per-toast title/message applied. */
  resolved: ResolvedApiError;
  /** The per-toast title/message given to `show`, if any; a toaster re-localizes everything else. */
  custom: { title?: string; message?: string };
  /** The `{name}` values given to `show`, for toasters that re-localize. */
  values?: MessageParams;
  /** How many times this failure arrived while the toast was live (×N). */
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

/** Why timers are paused; a toaster resumes only when every reason is gone. */
export type PauseReason = 'hover' | 'focus' | 'hidden' | (string & {});

/**
 * Turns a normalized failure into texts; the provider installs one bound to its locale and messages.
 * Default: English.
 */
export type ToastResolver = (error: ApiError, options: ShowApiErrorOptions) => ResolvedApiError;
