import { defineCatalog, type CatalogRow } from './define.js';

// Failures that carry no code a catalog knows: a network error, a timeout, an HTML error page, a WebSocket
// rs.error, a code no catalog has. They have no code (-1): the normalizer's source and HTTP status choose.
// prettier-ignore
const ROWS = [
  [-1, 'unknown_code', 'system', 'error', 'never', ['retry_later', 'contact_support']],
  [-1, 'network_error', 'system', 'error', 'check_state_first', ['check_connection', 'retry']],
  [-1, 'timeout', 'system', 'error', 'check_state_first', ['refresh', 'retry']],
  [-1, 'aborted', 'system', 'info', 'never', ['retry']],
  [-1, 'http_error', 'system', 'error', 'never', ['retry_later', 'contact_support']],
  [-1, 'http_forbidden', 'permission', 'critical', 'never', ['check_connection', 'contact_support']],
  [-1, 'http_rate_limited', 'rate_limit', 'warning', 'backoff', ['retry_later']],
  [-1, 'http_server_error', 'system', 'error', 'check_state_first', ['refresh', 'retry_later']],
  // An rs.error frame ("Contract doesn't exist!", a failed login) repeats the same way for the same subscription.
  [-1, 'websocket_error', 'system', 'error', 'never', ['refresh']],
  [-1, 'unknown_error', 'system', 'error', 'never', ['retry', 'contact_support']],
] as const satisfies readonly CatalogRow[];

/** The general entries: what a failure without a known code shows, whatever the code space. */
// pure: a bundler may drop the catalog when nothing reads it
const generalCatalog = /* @__PURE__ */ defineCatalog('general', ROWS);

export default generalCatalog;
