import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ResolvedApiError, ShowApiErrorOptions } from '../core/index';
import { useApiErrorContext } from './context';

/** Options of {@link useApiError}. */
export interface UseApiErrorOptions extends ShowApiErrorOptions {
  /** Show a toast each time `error` becomes a new failure. Default `false`. */
  toast?: boolean;
}

/** What {@link useApiError} returns. */
export interface UseApiErrorResult {
  /** The current failure, localized; `null` when there is none. */
  error: ResolvedApiError | null;
  /** Shows `error` (or the hook's current one) as a toast; returns its id. */
  show(error?: unknown, options?: ShowApiErrorOptions): string | null;
  /** Closes the toast with this id, or the toasts this hook showed. */
  dismiss(id?: string): void;
}

/**
 * Localizes a failure where it happens, and optionally toasts it once per distinct failure (not
 * again on re-render or StrictMode's double effects). Works with `useQuery().error` and `useMutation().error`.
 *
 * @example
 * const order = useMutation({ mutationFn: submitOrder });
 * const { error } = useApiError(order.error, { toast: true });
 * // error?.title === 'Not enough margin'
 */
export function useApiError(error?: unknown, options: UseApiErrorOptions = {}): UseApiErrorResult {
  const kit = useApiErrorContext();
  const { toast = false, values, context } = options;
  const resolved = useMemo(
    () => (error === undefined || error === null ? null : kit.resolve(error, { values, context })),
    [kit, error, values, context],
  );

  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });
  const shownIds = useRef(new Set<string>());
  const lastToasted = useRef<unknown>(undefined);

  const show = useCallback(
    (next?: unknown, overrides?: ShowApiErrorOptions) => {
      const { toast: _toast, ...showOptions } = optionsRef.current;
      const id = kit.store.show(next === undefined ? error : next, { ...showOptions, ...overrides });
      if (id !== null) shownIds.current.add(id);
      return id;
    },
    [kit.store, error],
  );

  const dismiss = useCallback(
    (id?: string) => {
      const ids = id === undefined ? [...shownIds.current] : [id];
      for (const each of ids) {
        kit.store.dismiss(each);
        shownIds.current.delete(each);
      }
    },
    [kit.store],
  );

  useEffect(() => {
    if (!toast || error === undefined || error === null || Object.is(lastToasted.current, error)) return;
    lastToasted.current = error;
    // `once`: a QueryCache from createApiErrorQueryClient may already have toasted this very error.
    show(error, { once: true });
  }, [toast, error, show]);

  return { error: resolved, show, dismiss };
}
