import { MutationCache, QueryCache, QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { apiErrorRetryDelay } from '../core/index.js';
import { createMutationErrorHandler, createQueryErrorHandler, type ApiErrorQueryOptions } from './error-handlers.js';
import { apiErrorMutationRetry, apiErrorRetry } from './retry.js';

/** Options of {@link createApiErrorQueryClient}: a `QueryClient` config plus the kit's settings. */
export interface ApiErrorQueryClientConfig extends Omit<QueryClientConfig, 'queryCache' | 'mutationCache'> {
  apiError?: ApiErrorQueryOptions;
}

/**
 * A `QueryClient` that toasts every failed query and mutation in the trader's language, never retries
 * what cannot succeed (2005, 600, 401...), backs off on rate limits (510, 2037) and busy servers (501),
 * and never re-sends a write whose outcome is unknown. Your `defaultOptions` win over the kit's.
 *
 * @example
 * const queryClient = createApiErrorQueryClient();
 * <QueryClientProvider client={queryClient}>…</QueryClientProvider>
 */
export function createApiErrorQueryClient(config: ApiErrorQueryClientConfig = {}): QueryClient {
  const { apiError = {}, defaultOptions = {}, ...rest } = config;
  return new QueryClient({
    ...rest,
    queryCache: new QueryCache({ onError: createQueryErrorHandler(apiError) }),
    mutationCache: new MutationCache({ onError: createMutationErrorHandler(apiError) }),
    defaultOptions: {
      ...defaultOptions,
      queries: { retry: apiErrorRetry, retryDelay: apiErrorRetryDelay, ...defaultOptions.queries },
      mutations: { retry: apiErrorMutationRetry, retryDelay: apiErrorRetryDelay, ...defaultOptions.mutations },
    },
  });
}
