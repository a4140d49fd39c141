import { useCallback, useContext, useState } from 'react';
import { ApiErrorBoundaryContext } from './ApiErrorBoundary.js';

/** What {@link useApiErrorBoundary} returns. */
export interface UseApiErrorBoundaryResult {
  /** Sends an error from an event handler or a promise to the nearest `ApiErrorBoundary`. */
  showBoundary(error: unknown): void;
  /** Resets the nearest boundary (as its "Try again" does). */
  resetBoundary(): void;
}

/**
 * Error boundaries only see render errors; this hands them errors from events and promises. Must be
 * called below an `ApiErrorBoundary` (or `QueryApiErrorBoundary`); elsewhere it throws, naming itself.
 *
 * @example
 * const { showBoundary } = useApiErrorBoundary();
 * useEffect(() => { loadPositions().catch(showBoundary); }, [showBoundary]);
 */
export function useApiErrorBoundary(): UseApiErrorBoundaryResult {
  const boundary = useContext(ApiErrorBoundaryContext);
  const [state, setState] = useState<{ error: unknown } | null>(null);
  const showBoundary = useCallback((error: unknown) => setState({ error }), []);
  const resetBoundary = useCallback(() => boundary?.reset(), [boundary]);
  if (boundary === null) {
    throw new Error(
      'useApiErrorBoundary() must be used inside an <ApiErrorBoundary> (or <QueryApiErrorBoundary>); none was found above this component.',
    );
  }
  if (state) throw state.error;
  return { showBoundary, resetBoundary };
}
