import { createToastStore, type ToastStore } from './store.js';
import type { ShowApiErrorOptions } from './types.js';

let defaultStore: ToastStore | undefined;

/** The store behind `showApiError`, `dismissApiError` and every provider without a `store` prop; made on first use. */
export function getDefaultToastStore(): ToastStore {
  return (defaultStore ??= createToastStore());
}

/**
 * Shows a failure as a toast from anywhere: an event handler, a QueryCache callback, a WebSocket
 * listener. Returns the toast id (pass it as `options.id` to update in place), or `null` for a
 * cancelled request, which never toasts.
 *
 * @example
 * try { await placeOrder(); } catch (error) { showApiError(error); }
 */
export function showApiError(error: unknown, options?: ShowApiErrorOptions): string | null {
  return getDefaultToastStore().show(error, options);
}

/** Closes the toast with this id, or every toast when called without one. */
export function dismissApiError(id?: string): void {
  getDefaultToastStore().dismiss(id);
}
