import { shouldRetryApiError } from '../core/index.js';

/**
 * react-query `retry` for queries (reads): never retries codes that cannot succeed again (2005, 600,
 * 401...), backs off on rate limits and busy servers (510, 2037, 501), retries 513 once, and retries
 * failures with an unknown outcome (500, network) since reading again is safe.
 *
 * @example new QueryClient({ defaultOptions: { queries: { retry: apiErrorRetry, retryDelay: apiErrorRetryDelay } } })
 */
export function apiErrorRetry(failureCount: number, error: unknown): boolean {
  return shouldRetryApiError(failureCount, error, { operation: 'read' });
}

/**
 * react-query `retry` for mutations (writes): like {@link apiErrorRetry}, but never re-sends a write whose
 * outcome is unknown (500, 504, network error, timeout): the order may already be placed.
 */
export function apiErrorMutationRetry(failureCount: number, error: unknown): boolean {
  return shouldRetryApiError(failureCount, error, { operation: 'write' });
}
