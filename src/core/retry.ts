import { getApiErrorDefinition } from './catalogs/index.js';
import { normalizeApiError } from './errors/normalize.js';
import type { RetryRule } from './types.js';

/**
 * What kind of request failed. Reads are safe to repeat; a write (placing or cancelling an order,
 * changing leverage) that failed with an unknown outcome (500, 504, network error) may have gone
 * through, so it is never re-sent blindly. Default: `'write'`, the safe choice.
 */
export type RequestOperation = 'read' | 'write';

/** Options of {@link isRetryableApiError} and {@link shouldRetryApiError}. */
export interface RetryOptions {
  /** Default `'write'`. */
  operation?: RequestOperation;
}

/** Options of {@link apiErrorRetryDelay}. */
export interface RetryDelayOptions {
  /** Delay before the first retry, before jitter. Default 1000 ms. */
  baseMs?: number;
  /** Upper bound of any computed delay. Default 30 000 ms (a server's `Retry-After` may ask for more). */
  maxMs?: number;
  /** Source of randomness in [0, 1), for tests. Default `Math.random`. */
  random?: () => number;
}

// How many automatic retries each rule allows.
const MAX_RETRIES: Readonly<Record<RetryRule, number>> = {
  never: 0,
  backoff: 3,
  after_clock_sync: 1,
  check_state_first: 3,
};

function retryRuleOf(error: unknown): RetryRule {
  return getApiErrorDefinition(normalizeApiError(error)).retry;
}

/**
 * The one rule of what is retryable, used by `resolveApiError`, the retry policy and the react-query
 * glue: `never` is not; `check_state_first` (the outcome is unknown) only for reads; the rest is.
 */
export function isRetryable(rule: RetryRule, operation: RequestOperation = 'write'): boolean {
  if (rule === 'check_state_first') return operation === 'read';
  return rule !== 'never';
}

/**
 * Whether sending the same request again may succeed. `never` codes (2005, 600, 401...) and cancelled
 * requests are not retryable; rate limits and busy servers (510, 2037, 501) are; 513 is, once the clock
 * is re-synced; failures with an unknown outcome (500, 504, network) are for reads only.
 */
export function isRetryableApiError(error: unknown, options: RetryOptions = {}): boolean {
  return isRetryable(retryRuleOf(error), options.operation);
}

/**
 * Whether to retry after `failureCount` failed retries (0 for the first failure), following the
 * error's rule and its cap (backoff 3, after a clock sync 1, unknown outcome 3 for reads). Same signature as react-query's `retry`.
 */
export function shouldRetryApiError(failureCount: number, error: unknown, options: RetryOptions = {}): boolean {
  const rule = retryRuleOf(error);
  return isRetryable(rule, options.operation) && failureCount < MAX_RETRIES[rule];
}

/**
 * Milliseconds to wait before retry number `attempt` (0-based): exponential backoff with equal jitter,
 * capped at `maxMs`, honouring the server's `Retry-After` when the error carries one. A clock-sync
 * retry goes at once (the fix is the new `Request-Time`, not waiting).
 *
 * @example apiErrorRetryDelay(0, error) // 500–1000 ms; attempt 1: 1000–2000 ms; attempt 5: 15–30 s
 */
export function apiErrorRetryDelay(attempt: number, error?: unknown, options: RetryDelayOptions = {}): number {
  const normalized = normalizeApiError(error);
  if (normalized.retryAfterMs !== undefined) return normalized.retryAfterMs;
  if (getApiErrorDefinition(normalized).retry === 'after_clock_sync') return 0;
  const baseMs = positive(options.baseMs, 1000);
  const maxMs = positive(options.maxMs, 30_000);
  const step = Number.isFinite(attempt) && attempt > 0 ? Math.floor(attempt) : 0;
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(step, 30));
  const random = options.random ?? Math.random;
  const jitter = clamp01(random());
  return Math.round(ceiling / 2 + (ceiling / 2) * jitter);
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0.5;
}
