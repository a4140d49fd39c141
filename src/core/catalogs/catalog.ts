import type { ApiErrorActionId, ApiErrorCategory, ApiErrorSeverity, RetryRule } from '../types';

/** Everything the kit knows about one MEXC futures code, independent of language. */
export interface ApiErrorDefinition<Key extends string = string> {
  /** MEXC business code. */
  code: number;
  /** Stable slug; the i18n keys are built from it (`mexc.error.<key>.title`). */
  key: Key;
  /** MEXC's official English description, word for word (empty for codes seen only in the wild). */
  doc: string;
  /** `true` for the 72 codes of MEXC's published table, `false` for codes met in the wild. */
  official: boolean;
  category: ApiErrorCategory;
  severity: ApiErrorSeverity;
  retry: RetryRule;
  /** Suggested next steps, most useful first. */
  actions: readonly ApiErrorActionId[];
}

type Row = readonly [
  code: number,
  key: string,
  doc: string,
  category: ApiErrorCategory,
  severity: ApiErrorSeverity,
  retry: RetryRule,
  actions: readonly ApiErrorActionId[],
];

// The official table, in MEXC's order (seed/mexc-contract-error-codes.json). Category, retry and
// actions follow shared/domain/code-taxonomy.md. One row per code, so the tables stay tables (no formatter).
// prettier-ignore
const OFFICIAL = [
  [0, 'operation_succeeded', 'Operate succeed', 'success', 'info', 'never', []],
  [9999, 'public_error', 'Public abnormal', 'system', 'error', 'backoff', ['retry_later', 'contact_support']],
  [500, 'internal_error', 'Internal error', 'system', 'error', 'check_state_first', ['refresh', 'retry_later', 'contact_support']],
  [501, 'system_busy', 'System busy', 'system', 'warning', 'backoff', ['retry_later']],
  [401, 'unauthorized', 'Unauthorized', 'auth', 'critical', 'never', ['check_api_key']],
  [402, 'api_key_expired', 'Api_key expired', 'auth', 'critical', 'never', ['renew_api_key']],
  [406, 'ip_not_whitelisted', 'Accessed IP is not in the whitelist', 'permission', 'critical', 'never', ['whitelist_ip']],
  [506, 'unknown_request_source', 'Unknown source of request', 'auth', 'critical', 'never', ['check_api_key', 'contact_support']],
  [510, 'rate_limited', 'Excessive frequency of requests', 'rate_limit', 'warning', 'backoff', ['retry_later']],
  [511, 'endpoint_inaccessible', 'Endpoint inaccessible', 'permission', 'critical', 'never', ['enable_permission', 'contact_support']],
  [513, 'request_time_invalid', 'Invalid request(for open api serves time more or less than 10s)', 'clock', 'warning', 'after_clock_sync', ['sync_clock']],
  [600, 'parameter_error', 'Parameter error', 'validation', 'warning', 'never', ['edit_order']],
  [601, 'data_decoding_error', 'Data decoding error', 'validation', 'error', 'never', ['contact_support']],
  [602, 'signature_invalid', 'Verify failed', 'auth', 'critical', 'never', ['check_api_key']],
  [603, 'duplicate_request', 'Repeated requests', 'validation', 'warning', 'check_state_first', ['refresh']],
  [701, 'account_read_permission_required', 'Account read permission is required', 'permission', 'critical', 'never', ['enable_permission']],
  [702, 'account_write_permission_required', 'Account modify permission is required', 'permission', 'critical', 'never', ['enable_permission']],
  [703, 'trade_read_permission_required', 'Trade information read permission is required', 'permission', 'critical', 'never', ['enable_permission']],
  [704, 'trade_write_permission_required', 'Transaction information modify permission is required', 'permission', 'critical', 'never', ['enable_permission']],
  [1000, 'account_not_found', 'Account does not exist', 'account', 'critical', 'never', ['open_futures_account']],
  [1001, 'contract_not_found', 'Contract does not exist', 'validation', 'warning', 'never', ['choose_contract']],
  [1002, 'contract_not_activated', 'Contract not activated', 'order', 'error', 'never', ['choose_contract']],
  [1003, 'risk_limit_level_invalid', 'Error in risk limit level', 'risk', 'warning', 'never', ['refresh', 'contact_support']],
  [1004, 'amount_invalid', 'Amount error', 'validation', 'warning', 'never', ['adjust_quantity']],
  [2001, 'order_side_invalid', 'Wrong order direction', 'validation', 'warning', 'never', ['edit_order']],
  [2002, 'open_type_invalid', 'Wrong opening type', 'validation', 'warning', 'never', ['edit_order']],
  [2003, 'buy_price_too_high', 'Overpriced to pay', 'order', 'warning', 'never', ['adjust_price']],
  [2004, 'sell_price_too_low', 'Low-price for selling', 'order', 'warning', 'never', ['adjust_price']],
  [2005, 'balance_insufficient', 'Balance insufficient', 'balance', 'error', 'never', ['transfer_funds', 'reduce_size', 'deposit', 'lower_leverage']],
  [2006, 'leverage_invalid', 'Leverage ratio error', 'validation', 'warning', 'never', ['adjust_leverage']],
  [2007, 'order_price_invalid', 'Order price error', 'order', 'warning', 'never', ['adjust_price']],
  [2008, 'closable_quantity_insufficient', 'The quantity is insufficient', 'position', 'warning', 'never', ['adjust_quantity', 'refresh']],
  [2009, 'position_not_found', 'Positions do not exist or have been closed', 'position', 'error', 'never', ['refresh']],
  [2011, 'order_quantity_invalid', 'Order quantity error', 'validation', 'warning', 'never', ['adjust_quantity']],
  [2013, 'cancel_limit_exceeded', 'Cancel orders over maximum limit', 'validation', 'warning', 'never', ['split_batch']],
  [2014, 'batch_order_limit_exceeded', 'The quantity of batch order exceeds the limit', 'validation', 'warning', 'never', ['split_batch']],
  [2015, 'precision_invalid', 'Price or quantity accuracy error', 'validation', 'warning', 'never', ['adjust_price', 'adjust_quantity']],
  [2016, 'plan_order_limit_exceeded', 'Trigger volume over the maximum', 'trigger', 'warning', 'never', ['cancel_open_orders']],
  [2018, 'margin_removal_exceeded', 'Exceeding the maximum available margin', 'balance', 'warning', 'never', ['adjust_margin']],
  [2019, 'open_orders_active', 'There is an active open position', 'order', 'warning', 'never', ['cancel_open_orders']],
  [2021, 'leverage_mismatch', 'The single leverage is not consistent with the existing position leverage', 'position', 'warning', 'never', ['adjust_leverage']],
  [2022, 'position_type_invalid', 'Wrong position type', 'validation', 'warning', 'never', ['edit_order']],
  [2023, 'positions_over_max_leverage', 'There are positions over the maximum leverage', 'risk', 'error', 'never', ['lower_leverage', 'reduce_size']],
  [2024, 'orders_over_max_leverage', 'There are orders with leverage over the maximum', 'risk', 'error', 'never', ['cancel_open_orders', 'lower_leverage']],
  [2025, 'position_limit_exceeded', 'The holding positions is over the maximum allowable positions', 'risk', 'error', 'never', ['reduce_size']],
  [2026, 'cross_leverage_change_unsupported', 'Modification of leverage is not supported for cross', 'position', 'warning', 'never', ['edit_order']],
  [2027, 'margin_mode_conflict', 'There is only one cross or isolated in the same direction', 'position', 'warning', 'never', ['edit_order']],
  [2028, 'order_quantity_over_max', 'The maximum order quantity is exceeded', 'order', 'warning', 'never', ['reduce_size']],
  [2029, 'order_type_invalid', 'Error order type', 'validation', 'warning', 'never', ['edit_order']],
  [2030, 'external_order_id_too_long', 'External order ID is too long (Max. 32 bits )', 'validation', 'warning', 'never', ['edit_order']],
  [2031, 'risk_limit_exceeded', 'The allowable holding position exceed the current risk limit', 'risk', 'error', 'never', ['reduce_size', 'lower_leverage']],
  [2032, 'price_below_long_liquidation', 'Order price is less than long position force liquidate price', 'risk', 'warning', 'never', ['adjust_price']],
  [2033, 'price_above_short_liquidation', 'Order price is more than short position force liquidate price', 'risk', 'warning', 'never', ['adjust_price']],
  [2034, 'batch_query_limit_exceeded', 'The batch query quantity limit is exceeded', 'validation', 'warning', 'never', ['split_batch']],
  [2035, 'market_price_tier_unsupported', 'Unsupported market price tier', 'order', 'warning', 'never', ['edit_order']],
  [3001, 'trigger_price_type_invalid', 'Trigger price type error', 'trigger', 'warning', 'never', ['edit_order']],
  [3002, 'trigger_type_invalid', 'Trigger type error', 'trigger', 'warning', 'never', ['edit_order']],
  [3003, 'execution_cycle_invalid', 'Executive cycle error', 'trigger', 'warning', 'never', ['edit_order']],
  [3004, 'trigger_price_invalid', 'Trigger price error', 'trigger', 'warning', 'never', ['adjust_price']],
  [4001, 'currency_unsupported', 'Unsupported currency', 'validation', 'warning', 'never', ['edit_order']],
  [2036, 'open_orders_over_limit', 'The orders more than the limit, please contact customer service', 'order', 'error', 'never', ['cancel_open_orders', 'contact_support']],
  [2037, 'trading_too_frequent', 'Frequent transactions, please try it later', 'rate_limit', 'warning', 'backoff', ['retry_later']],
  [2038, 'position_quantity_over_max', 'The maximum allowable position quantity is exceeded, please contact customer service!', 'risk', 'error', 'never', ['reduce_size', 'contact_support']],
  [5001, 'tpsl_price_missing', 'The take-price and the stop-loss price cannot be none at the same time', 'trigger', 'warning', 'never', ['adjust_price']],
  [5002, 'tpsl_order_not_found', 'The Stop-Limit order does not exist or has closed', 'trigger', 'warning', 'never', ['refresh']],
  [5003, 'tpsl_price_invalid', 'Take-profit and stop-loss price setting is wrong', 'trigger', 'warning', 'never', ['adjust_price']],
  [5004, 'tpsl_volume_over_position', 'The take-profit and stop-loss order volume is more than the holding positions can be liquidated', 'trigger', 'warning', 'never', ['adjust_quantity']],
  [6001, 'trading_forbidden', 'Trading forbidden', 'account', 'critical', 'never', ['contact_support']],
  [6002, 'opening_forbidden', 'Open forbidden', 'risk', 'critical', 'never', ['contact_support']],
  [6003, 'time_range_invalid', 'Time range error', 'validation', 'warning', 'never', ['refresh']],
  [6004, 'pair_and_status_required', 'The trading pair and status should be fill in', 'validation', 'warning', 'never', ['refresh']],
  [6005, 'pair_unavailable', 'The trading pair is not available', 'validation', 'warning', 'never', ['choose_contract']],
] as const satisfies readonly Row[];

// Codes outside the table that real servers send (shared/domain/README.md).
// prettier-ignore
const IN_THE_WILD = [
  [2040, 'order_not_found', '', 'order', 'warning', 'never', ['refresh']],
  [2041, 'order_not_cancellable', '', 'order', 'warning', 'never', ['refresh']],
  [503, 'service_unavailable', '', 'system', 'error', 'backoff', ['retry_later']],
  [504, 'gateway_timeout', '', 'system', 'error', 'check_state_first', ['refresh', 'retry_later']],
  [604, 'request_rejected', '', 'system', 'error', 'never', ['retry_later', 'contact_support']],
  [801, 'maintenance', '', 'system', 'critical', 'backoff', ['retry_later']],
] as const satisfies readonly Row[];

/** Texts for failures that carry no known code: a network error, an HTML error page, an unknown code. */
// prettier-ignore
const FALLBACKS = [
  [-1, 'unknown_code', '', 'system', 'error', 'never', ['retry_later', 'contact_support']],
  [-1, 'network_error', '', 'system', 'error', 'check_state_first', ['check_connection', 'retry']],
  [-1, 'timeout', '', 'system', 'error', 'check_state_first', ['refresh', 'retry']],
  [-1, 'aborted', '', 'system', 'info', 'never', ['retry']],
  [-1, 'http_error', '', 'system', 'error', 'never', ['retry_later', 'contact_support']],
  [-1, 'http_forbidden', '', 'permission', 'critical', 'never', ['check_connection', 'contact_support']],
  [-1, 'http_rate_limited', '', 'rate_limit', 'warning', 'backoff', ['retry_later']],
  [-1, 'http_server_error', '', 'system', 'error', 'check_state_first', ['refresh', 'retry_later']],
  // An rs.error frame ("Contract doesn't exist!", a failed login) repeats the same way for the same subscription.
  [-1, 'websocket_error', '', 'system', 'error', 'never', ['refresh']],
  [-1, 'unknown_error', '', 'system', 'error', 'never', ['retry', 'contact_support']],
] as const satisfies readonly Row[];

type KeyOf<T extends readonly Row[]> = T[number][1];

/** Slug of a code in MEXC's table or met in the wild. */
export type ApiErrorCodeKey = KeyOf<typeof OFFICIAL> | KeyOf<typeof IN_THE_WILD>;
/** Slug of a failure without a known code (network, HTTP page, unknown code...). */
export type ApiErrorFallbackKey = KeyOf<typeof FALLBACKS>;
/** Every slug a locale must translate. */
export type ApiErrorKey = ApiErrorCodeKey | ApiErrorFallbackKey;

function toDefinition<K extends string>(row: Row, official: boolean): ApiErrorDefinition<K> {
  const [code, key, doc, category, severity, retry, actions] = row;
  return { code, key: key as K, doc, official, category, severity, retry, actions };
}

/** Every known code: MEXC's 72 official ones first, in MEXC's order, then those met in the wild. */
export const apiErrorCatalog: readonly ApiErrorDefinition<ApiErrorCodeKey>[] = [
  ...OFFICIAL.map((row) => toDefinition<ApiErrorCodeKey>(row, true)),
  ...IN_THE_WILD.map((row) => toDefinition<ApiErrorCodeKey>(row, false)),
];

/** Definitions for failures without a known code, by key. Their `code` is `-1`. */
export const apiErrorFallbacks = Object.fromEntries(
  FALLBACKS.map((row) => [row[1], toDefinition<ApiErrorFallbackKey>(row, false)]),
) as Readonly<Record<ApiErrorFallbackKey, ApiErrorDefinition<ApiErrorFallbackKey>>>;

const byCode = new Map(apiErrorCatalog.map((entry) => [entry.code, entry]));

/** The definition of a MEXC code, or `undefined` when the kit does not know it. */
export function findApiErrorDefinition(code: number): ApiErrorDefinition<ApiErrorCodeKey> | undefined {
  return byCode.get(code);
}
