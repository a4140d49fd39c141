import { useCallback, useEffect, useMemo, useRef } from 'react';
import { failureKey } from '../core/errors/failure-key.js';
import { normalizeApiError, type ResolvedApiError, type ShowApiErrorOptions } from '../core/index.js';
import type { ToastStore } from '../core/toasts/store.js';
import { useKit } from './context.js';
import { storeOf } from './kit-store.js';
import { useResolved } from './useResolved.js';

/** Options of {@link useApiError}. */
export interface UseApiErrorOptions extends ShowApiErrorOptions {
  /** Show a toast each time `error` becomes a new failure. Default `false`. */
  toast?: boolean;
}

/** What {@link useApiError} returns. */
export interface UseApiErrorResult {
  /**
   * The current failure, localized in the nearest provider's locale, as its toasts show it; `null` when
   * there is none. Its texts switch to the locale's once that catalog's texts have loaded.
   */
  error: ResolvedApiError | null;
  /** Shows `error` (or the hook's current one) as a toast; returns its id. Works with no current error too. */
  show(error?: unknown, options?: ShowApiErrorOptions): string | null;
  /** Closes the toast with this id, or the toasts this hook showed. */
  dismiss(id?: string): void;
}

/**
 * Localizes a failure where it happens, and optionally toasts it once per distinct failure. Distinct is
 * decided by content (code, source, HTTP status, server text), not by object identity: re-renders,
 * StrictMode's double effects and an equal object created on every render add nothing while the toast
 * is up. The same failure toasts again when it comes back after `error` was `null` or `undefined` (a
 * mutation retried and failed the same way: ×2 on a live toast), or arrives as a new object after its
 * toast was closed. Works with `useQuery().error` and `useMutation().error`.
 *
 * @example
 * const order = useMutation({ mutationFn: submitOrder });
 * const { error } = useApiError(order.error, { toast: true });
 * // error?.title === 'Not enough margin'
 */
export function useApiError(error?: unknown, options: UseApiErrorOptions = {}): UseApiErrorResult {
  const store = storeOf(useKit());
  const { toast = false, values, context } = options;
  const normalized = useMemo(() => (error === undefined || error === null ? null : normalizeApiError(error, context)), [error, context]);
  const { resolved } = useResolved(normalized, values);
  const key = normalized === null ? null : failureKey(normalized);

  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });
  const shownIds = useRef(new Set<string>());
  const lastToasted = useRef<{ key: string; failure: unknown; id: string | null } | null>(null);

  const show = useCallback(
    (next?: unknown, overrides?: ShowApiErrorOptions) => {
      const { toast: _toast, ...showOptions } = optionsRef.current;
      const id = store.show(next === undefined ? error : next, { ...showOptions, ...overrides });
      if (id !== null) shownIds.current.add(id);
      return id;
    },
    [store, error],
  );

  const dismiss = useCallback(
    (id?: string) => {
      const ids = id === undefined ? [...shownIds.current] : [id];
      for (const each of ids) {
        store.dismiss(each);
        shownIds.current.delete(each);
      }
    },
    [store],
  );

  useEffect(() => {
    if (key === null) {
      lastToasted.current = null; // the failure is gone: the next one is new, even if equal
      return;
    }
    const last = lastToasted.current;
    if (!toast) return;
    if (last?.key === key && (Object.is(last.failure, error) || isLive(store, last.id, optionsRef.current.toasterId))) return;
    // `once`: a QueryCache from createApiErrorQueryClient may already have toasted this very error.
    lastToasted.current = { key, failure: error, id: show(error, { once: true }) };
  }, [toast, key, error, show, store]);

  return { error: resolved, show, dismiss };
}

function isLive(store: ToastStore, id: string | null, toasterId: string | undefined): boolean {
  if (id === null) return false;
  const { visible, queued } = store.getSnapshot(toasterId);
  return visible.some((toast) => toast.id === id) || queued.some((toast) => toast.id === id);
}
