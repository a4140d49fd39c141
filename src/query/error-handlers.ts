import type { ShowApiErrorOptions, ToastStore } from '../core/index.js';
import { getDefaultToastStore } from '../core/toasts/default-store.js';

/** Per-query or per-mutation settings, read from `meta.apiError`. */
export interface ApiErrorMeta {
  /** `false` keeps this query's or mutation's failures out of the toaster. */
  toast?: boolean;
  /** A title or message of your own for this query's or mutation's failure toast. */
  title?: string;
  message?: string;
}

/** Options of the react-query glue. */
export interface ApiErrorQueryOptions {
  /** Default: the kit's store (the one `<ApiErrorToaster>` reads). */
  store?: ToastStore;
  /** Which toaster shows them. Default `'default'`. */
  toasterId?: string;
  /**
   * A failed background refetch of a query that already shows data: `'quiet'` (default, the data stays
   * on screen and the next refetch may succeed) or `'toast'` (one toast per failure kind; repeats count ×N).
   */
  backgroundErrors?: 'quiet' | 'toast';
}

interface WithMeta {
  meta?: Record<string, unknown>;
}

function metaOf(owner: { meta?: unknown; options?: WithMeta } | undefined): ApiErrorMeta {
  const meta = (owner?.options?.meta ?? owner?.meta) as { apiError?: unknown } | undefined;
  const apiError = meta?.apiError;
  return typeof apiError === 'object' && apiError !== null ? (apiError as ApiErrorMeta) : {};
}

function toastOptions(meta: ApiErrorMeta, options: ApiErrorQueryOptions): ShowApiErrorOptions {
  const show: ShowApiErrorOptions = {};
  if (options.toasterId !== undefined) show.toasterId = options.toasterId;
  if (meta.title !== undefined) show.title = meta.title;
  if (meta.message !== undefined) show.message = meta.message;
  return show;
}

/**
 * A `QueryCache` `onError` that toasts failed queries (except those with `meta: { apiError: { toast: false } }`
 * and, by default, background refetches of queries that already have data).
 *
 * @example new QueryCache({ onError: createQueryErrorHandler() })
 */
export function createQueryErrorHandler(options: ApiErrorQueryOptions = {}) {
  return (error: unknown, query: { state: { data: unknown }; meta?: unknown; options?: WithMeta }) => {
    const meta = metaOf(query);
    if (meta.toast === false) return;
    if (query.state.data !== undefined && (options.backgroundErrors ?? 'quiet') === 'quiet') return;
    (options.store ?? getDefaultToastStore()).show(error, toastOptions(meta, options));
  };
}

/**
 * A `MutationCache` `onError` that toasts failed mutations (except those with `meta: { apiError: { toast: false } }`).
 *
 * @example new MutationCache({ onError: createMutationErrorHandler() })
 */
export function createMutationErrorHandler(options: ApiErrorQueryOptions = {}) {
  return (error: unknown, _variables: unknown, _context: unknown, mutation: { meta?: unknown; options?: WithMeta }) => {
    const meta = metaOf(mutation);
    if (meta.toast === false) return;
    (options.store ?? getDefaultToastStore()).show(error, toastOptions(meta, options));
  };
}
