import { defineCatalog, type CatalogRow } from './define.js';

// Why an order record ended the way it did: the `errorCode` of MEXC's order queries and of the
// `push.personal.order` WebSocket push (shared/domain/order-reject-reasons.md). Its own code space: `2`
// here means "not enough margin", not API code 2. Never retried: the record reports an outcome.
// prettier-ignore
const ROWS = [
  [0, 'normal', 'order', 'info', 'never', []],
  [1, 'param_invalid', 'validation', 'warning', 'never', ['edit_order']],
  [2, 'insufficient_balance', 'balance', 'error', 'never', ['transfer_funds', 'reduce_size', 'deposit', 'lower_leverage']],
  [3, 'position_not_exists', 'position', 'warning', 'never', ['refresh']],
  [4, 'position_not_enough', 'position', 'warning', 'never', ['adjust_quantity', 'refresh']],
  [5, 'position_liquidated', 'risk', 'critical', 'never', ['refresh']],
  [6, 'order_liquidated', 'risk', 'error', 'never', ['refresh']],
  [7, 'risk_level_limit', 'risk', 'error', 'never', ['reduce_size', 'lower_leverage']],
  [8, 'system_cancel', 'order', 'warning', 'never', ['refresh', 'contact_support']],
  [9, 'position_mode_mismatch', 'position', 'warning', 'never', ['edit_order']],
  [10, 'reduce_only_liquidated', 'risk', 'warning', 'never', ['refresh']],
  [11, 'contract_not_enabled', 'order', 'error', 'never', ['choose_contract']],
  [12, 'delivery_cancel', 'order', 'info', 'never', ['refresh']],
  [13, 'position_liquidated_cancel', 'risk', 'warning', 'never', ['refresh']],
  [14, 'adl_cancel', 'risk', 'warning', 'never', ['refresh']],
  [15, 'restricted_account_cancel', 'account', 'critical', 'never', ['contact_support']],
  [16, 'funding_settlement_cancel', 'order', 'info', 'never', ['edit_order']],
  [17, 'position_margin_change_cancel', 'position', 'warning', 'never', ['edit_order']],
  [18, 'ioc_cancel', 'order', 'info', 'never', ['edit_order']],
  [19, 'fok_cancel', 'order', 'info', 'never', ['edit_order']],
  [20, 'post_only_cancel', 'order', 'info', 'never', ['adjust_price', 'edit_order']],
  [21, 'market_rest_cancel', 'order', 'info', 'never', ['edit_order']],
] as const satisfies readonly CatalogRow[];

/** The order catalog: the reasons on MEXC order records (`errorCode` next to `state`), by code. */
// pure: a bundler may drop the catalog when nothing reads it
const orderCatalog = /* @__PURE__ */ defineCatalog('order', ROWS);

export default orderCatalog;
