/** A code space the kit has a catalog for (`ApiError.catalog`); more may come (spot). */
export type ApiErrorCatalogId = 'futures' | 'order' | (string & {});

/**
 * Where a failure came from.
 *
 * - `api`: MEXC answered with a business code (`{"success":false,"code":2005}`), whatever the HTTP status.
 * - `http`: a non-2xx response without a MEXC code (WAF page, nginx 502, 429 without body).
 * - `network`: the request never got an answer (`TypeError: Failed to fetch`, `ECONNRESET`).
 * - `timeout`: the client gave up waiting.
 * - `aborted`: the request was cancelled on purpose; never worth a toast.
 * - `websocket`: an `rs.error` frame on the contract WebSocket, or an order pushed on `push.personal.order`.
 * - `unknown`: anything else the normalizer could not classify.
 */
export type ApiErrorSource = 'api' | 'http' | 'network' | 'timeout' | 'aborted' | 'websocket' | 'unknown';

/** What an error is about; drives grouping, icons and default actions. */
export type ApiErrorCategory =
  | 'auth'
  | 'permission'
  | 'rate_limit'
  | 'clock'
  | 'validation'
  | 'account'
  | 'balance'
  | 'position'
  | 'order'
  | 'risk'
  | 'trigger'
  | 'system'
  | 'success';

/**
 * How bad it is for the trader.
 * `info`: nothing failed that needs attention; `warning`: fixable input or a passing condition;
 * `error`: the operation failed; `critical`: trading is blocked until the setup is fixed.
 */
export type ApiErrorSeverity = 'info' | 'warning' | 'error' | 'critical';

/**
 * When sending the same request again may succeed.
 * - `never`: the same request fails the same way.
 * - `backoff`: retry with exponential backoff and jitter.
 * - `after_clock_sync`: retry once, after re-syncing the clock (a new `Request-Time`).
 * - `check_state_first`: the first request may have gone through; re-read state before sending again.
 *   Reads may retry with backoff; writes must not be re-sent blindly.
 */
export type RetryRule = 'never' | 'backoff' | 'after_clock_sync' | 'check_state_first';

/** Ids of the next steps the kit can suggest. The app decides what each one does (`onAction`). */
export type ApiErrorActionId =
  | 'transfer_funds'
  | 'deposit'
  | 'reduce_size'
  | 'lower_leverage'
  | 'renew_api_key'
  | 'check_api_key'
  | 'whitelist_ip'
  | 'enable_permission'
  | 'sync_clock'
  | 'retry'
  | 'retry_later'
  | 'refresh'
  | 'cancel_open_orders'
  | 'adjust_price'
  | 'adjust_quantity'
  | 'adjust_leverage'
  | 'edit_order'
  | 'choose_contract'
  | 'open_futures_account'
  | 'adjust_margin'
  | 'split_batch'
  | 'contact_support'
  | 'check_connection';

/**
 * A failure in one normalized shape, ready for {@link resolveApiError}.
 * Holds no request headers, API keys, signatures or request configs.
 */
export interface ApiError {
  /**
   * The code space of `code`: `'futures'` for the futures API's business codes (`2005`), `'order'` for the
   * reason on an order record (`errorCode` next to `state`: `20` = post-only cancelled). `'futures'` when
   * there is no code.
   */
  catalog: ApiErrorCatalogId;
  /** The code (`2005`), or `null` when the failure carries none. */
  code: number | null;
  /** Where the failure came from. */
  source: ApiErrorSource;
  /** HTTP status of the response, when there was one. */
  httpStatus?: number;
  /** The server's own text as plain text, trimmed, at most 500 characters. A detail, never the headline. */
  serverMessage?: string;
  /** Delay the server asked for (`Retry-After`), in milliseconds. */
  retryAfterMs?: number;
  /**
   * The order id of a failed batch item (`errorCode` / `errorMsg` entries), exactly as the server sent
   * it: ids beyond 2^53 are read from JSON text as digits, never rounded.
   */
  orderId?: string;
  /**
   * `true` when the failed item had an order id that was already a JavaScript number beyond 2^53 (a body
   * parsed with plain `JSON.parse`), so its last digits were lost before the kit saw it. `orderId` is then
   * absent rather than wrong: do not act on a guessed id; re-read the orders, or pass the raw JSON text or
   * the `Response` instead, whose ids the kit reads exactly. Never set together with `orderId`.
   */
  orderIdUnsafe?: true;
}
