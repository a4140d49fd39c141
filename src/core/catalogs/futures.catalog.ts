import { defineCatalog, type CatalogRow } from './define.js';

// MEXC's official table of futures (contract) codes, in MEXC's order (test/fixtures/mexc-contract-error-codes.json
// holds MEXC's own descriptions), then the codes real servers send although the table does not list them
// (shared domain notes). Category, severity, retry rule and actions follow the code taxonomy. One row per
// code, so the table stays a table (no formatter).
// prettier-ignore
const ROWS = [
  [0, 'operation_succeeded', 'success', 'info', 'never', []],
  [9999, 'public_error', 'system', 'error', 'backoff', ['retry_later', 'contact_support']],
  [500, 'internal_error', 'system', 'error', 'check_state_first', ['refresh', 'retry_later', 'contact_support']],
  [501, 'system_busy', 'system', 'warning', 'backoff', ['retry_later']],
  [401, 'unauthorized', 'auth', 'critical', 'never', ['check_api_key']],
  [402, 'api_key_expired', 'auth', 'critical', 'never', ['renew_api_key']],
  [406, 'ip_not_whitelisted', 'permission', 'critical', 'never', ['whitelist_ip']],
  [506, 'unknown_request_source', 'auth', 'critical', 'never', ['check_api_key', 'contact_support']],
  [510, 'rate_limited', 'rate_limit', 'warning', 'backoff', ['retry_later']],
  [511, 'endpoint_inaccessible', 'permission', 'critical', 'never', ['enable_permission', 'contact_support']],
  [513, 'request_time_invalid', 'clock', 'warning', 'after_clock_sync', ['sync_clock']],
  [600, 'parameter_error', 'validation', 'warning', 'never', ['edit_order']],
  [601, 'data_decoding_error', 'validation', 'error', 'never', ['contact_support']],
  [602, 'signature_invalid', 'auth', 'critical', 'never', ['check_api_key']],
  [603, 'duplicate_request', 'validation', 'warning', 'check_state_first', ['refresh']],
  [701, 'account_read_permission_required', 'permission', 'critical', 'never', ['enable_permission']],
  [702, 'account_write_permission_required', 'permission', 'critical', 'never', ['enable_permission']],
  [703, 'trade_read_permission_required', 'permission', 'critical', 'never', ['enable_permission']],
  [704, 'trade_write_permission_required', 'permission', 'critical', 'never', ['enable_permission']],
  [1000, 'account_not_found', 'account', 'critical', 'never', ['open_futures_account']],
  [1001, 'contract_not_found', 'validation', 'warning', 'never', ['choose_contract']],
  [1002, 'contract_not_activated', 'order', 'error', 'never', ['choose_contract']],
  [1003, 'risk_limit_level_invalid', 'risk', 'warning', 'never', ['refresh', 'contact_support']],
  [1004, 'amount_invalid', 'validation', 'warning', 'never', ['adjust_quantity']],
  [2001, 'order_side_invalid', 'validation', 'warning', 'never', ['edit_order']],
  [2002, 'open_type_invalid', 'validation', 'warning', 'never', ['edit_order']],
  [2003, 'buy_price_too_high', 'order', 'warning', 'never', ['adjust_price']],
  [2004, 'sell_price_too_low', 'order', 'warning', 'never', ['adjust_price']],
  [2005, 'balance_insufficient', 'balance', 'error', 'never', ['transfer_funds', 'reduce_size', 'deposit', 'lower_leverage']],
  [2006, 'leverage_invalid', 'validation', 'warning', 'never', ['adjust_leverage']],
  [2007, 'order_price_invalid', 'order', 'warning', 'never', ['adjust_price']],
  [2008, 'closable_quantity_insufficient', 'position', 'warning', 'never', ['adjust_quantity', 'refresh']],
  [2009, 'position_not_found', 'position', 'error', 'never', ['refresh']],
  [2011, 'order_quantity_invalid', 'validation', 'warning', 'never', ['adjust_quantity']],
  [2013, 'cancel_limit_exceeded', 'validation', 'warning', 'never', ['split_batch']],
  [2014, 'batch_order_limit_exceeded', 'validation', 'warning', 'never', ['split_batch']],
  [2015, 'precision_invalid', 'validation', 'warning', 'never', ['adjust_price', 'adjust_quantity']],
  [2016, 'plan_order_limit_exceeded', 'trigger', 'warning', 'never', ['cancel_open_orders']],
  [2018, 'margin_removal_exceeded', 'balance', 'warning', 'never', ['adjust_margin']],
  [2019, 'open_orders_active', 'order', 'warning', 'never', ['cancel_open_orders']],
  [2021, 'leverage_mismatch', 'position', 'warning', 'never', ['adjust_leverage']],
  [2022, 'position_type_invalid', 'validation', 'warning', 'never', ['edit_order']],
  [2023, 'positions_over_max_leverage', 'risk', 'error', 'never', ['lower_leverage', 'reduce_size']],
  [2024, 'orders_over_max_leverage', 'risk', 'error', 'never', ['cancel_open_orders', 'lower_leverage']],
  [2025, 'position_limit_exceeded', 'risk', 'error', 'never', ['reduce_size']],
  [2026, 'cross_leverage_change_unsupported', 'position', 'warning', 'never', ['edit_order']],
  [2027, 'margin_mode_conflict', 'position', 'warning', 'never', ['edit_order']],
  [2028, 'order_quantity_over_max', 'order', 'warning', 'never', ['reduce_size']],
  [2029, 'order_type_invalid', 'validation', 'warning', 'never', ['edit_order']],
  [2030, 'external_order_id_too_long', 'validation', 'warning', 'never', ['edit_order']],
  [2031, 'risk_limit_exceeded', 'risk', 'error', 'never', ['reduce_size', 'lower_leverage']],
  [2032, 'price_below_long_liquidation', 'risk', 'warning', 'never', ['adjust_price']],
  [2033, 'price_above_short_liquidation', 'risk', 'warning', 'never', ['adjust_price']],
  [2034, 'batch_query_limit_exceeded', 'validation', 'warning', 'never', ['split_batch']],
  [2035, 'market_price_tier_unsupported', 'order', 'warning', 'never', ['edit_order']],
  [3001, 'trigger_price_type_invalid', 'trigger', 'warning', 'never', ['edit_order']],
  [3002, 'trigger_type_invalid', 'trigger', 'warning', 'never', ['edit_order']],
  [3003, 'execution_cycle_invalid', 'trigger', 'warning', 'never', ['edit_order']],
  [3004, 'trigger_price_invalid', 'trigger', 'warning', 'never', ['adjust_price']],
  [4001, 'currency_unsupported', 'validation', 'warning', 'never', ['edit_order']],
  [2036, 'open_orders_over_limit', 'order', 'error', 'never', ['cancel_open_orders', 'contact_support']],
  [2037, 'trading_too_frequent', 'rate_limit', 'warning', 'backoff', ['retry_later']],
  [2038, 'position_quantity_over_max', 'risk', 'error', 'never', ['reduce_size', 'contact_support']],
  [5001, 'tpsl_price_missing', 'trigger', 'warning', 'never', ['adjust_price']],
  [5002, 'tpsl_order_not_found', 'trigger', 'warning', 'never', ['refresh']],
  [5003, 'tpsl_price_invalid', 'trigger', 'warning', 'never', ['adjust_price']],
  [5004, 'tpsl_volume_over_position', 'trigger', 'warning', 'never', ['adjust_quantity']],
  [6001, 'trading_forbidden', 'account', 'critical', 'never', ['contact_support']],
  [6002, 'opening_forbidden', 'risk', 'critical', 'never', ['contact_support']],
  [6003, 'time_range_invalid', 'validation', 'warning', 'never', ['refresh']],
  [6004, 'pair_and_status_required', 'validation', 'warning', 'never', ['refresh']],
  [6005, 'pair_unavailable', 'validation', 'warning', 'never', ['choose_contract']],
  [2040, 'order_not_found', 'order', 'warning', 'never', ['refresh']],
  [2041, 'order_not_cancellable', 'order', 'warning', 'never', ['refresh']],
  [503, 'service_unavailable', 'system', 'error', 'backoff', ['retry_later']],
  [504, 'gateway_timeout', 'system', 'error', 'check_state_first', ['refresh', 'retry_later']],
  [604, 'request_rejected', 'system', 'error', 'never', ['retry_later', 'contact_support']],
  [801, 'maintenance', 'system', 'critical', 'backoff', ['retry_later']],
  [8817, 'risk_limit_change_retired', 'risk', 'warning', 'never', ['refresh']],
] as const satisfies readonly CatalogRow[];

// A server down for maintenance, not "maintenance margin" (维持/维护保证金), a futures term a 500 can carry.
const MAINTENANCE = /\bmaintenance\b(?!\s*margin)|系统维护|维护中|停机维护|维护升级/i;

/**
 * The futures catalog: every MEXC futures (contract) API business code the kit knows, by code. A code 500
 * whose server text speaks of maintenance is told apart (key `maintenance`, like 801): it says to wait,
 * not that the order's outcome is unknown.
 */
// pure: a bundler may drop the catalog when nothing reads it
const futuresCatalog = /* @__PURE__ */ defineCatalog('futures', ROWS, [
  { code: 500, serverMessage: MAINTENANCE, row: [500, 'maintenance', 'system', 'critical', 'backoff', ['retry_later']] },
]);

export default futuresCatalog;
