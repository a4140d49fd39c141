import type { CommonTexts } from '../../core/text/messages.js';

/** English: the kit's UI strings, action labels and the texts of failures without a known code. */
export default {
  ui: {
    regionLabel: 'Notifications',
    dismiss: 'Dismiss',
    codeBadge: 'Code {code}',
    details: 'Details',
    serverMessage: 'Server message',
    time: 'Time',
    copyDetails: 'Copy details',
    copied: 'Copied',
    repeatCount: '×{count}',
    tryAgain: 'Try again',
    severityInfo: 'Info',
    severityWarning: 'Warning',
    severityError: 'Error',
    severityCritical: 'Critical',
    overflowTitle: {
      one: '{count} more notification',
      other: '{count} more notifications',
    },
    overflowMessage: 'Too many notifications arrived at once to show each one. Check your orders and positions so you don’t miss anything.',
  },
  actions: {
    transfer_funds: 'Transfer funds',
    deposit: 'Deposit',
    reduce_size: 'Reduce size',
    lower_leverage: 'Lower leverage',
    renew_api_key: 'Renew API key',
    check_api_key: 'Check API key',
    whitelist_ip: 'Whitelist this IP',
    enable_permission: 'Enable permission',
    sync_clock: 'Sync clock',
    retry: 'Try again',
    retry_later: 'Try again later',
    refresh: 'Refresh',
    cancel_open_orders: 'Cancel open orders',
    adjust_price: 'Adjust price',
    adjust_quantity: 'Adjust quantity',
    adjust_leverage: 'Adjust leverage',
    edit_order: 'Edit order',
    choose_contract: 'Choose contract',
    open_futures_account: 'Open futures account',
    adjust_margin: 'Adjust margin',
    split_batch: 'Split batch',
    contact_support: 'Contact support',
    check_connection: 'Check connection',
  },
  general: {
    unknown_code: {
      title: 'Unrecognized error (code {code})',
      message: 'MEXC returned an error this app doesn’t recognize. Try again later, and contact support if it keeps happening.',
    },
    network_error: {
      title: 'No connection to MEXC',
      message:
        'No answer came back from MEXC, so an order may or may not have been placed. Check your connection and your orders, then try again.',
    },
    timeout: {
      title: 'Request timed out',
      message: 'MEXC didn’t answer in time and an order may still have gone through. Refresh your orders before trying again.',
    },
    aborted: {
      title: 'Request cancelled',
      message: 'The request was cancelled before it finished. Try again if you still need it.',
    },
    http_error: {
      title: 'Unexpected response from MEXC',
      message: 'MEXC answered with an unexpected error page (HTTP {status}). Try again later, and contact support if it keeps happening.',
    },
    http_forbidden: {
      title: 'Access blocked',
      message:
        'MEXC blocked this connection, often because of your region, VPN or IP address. Check your connection or VPN, or contact support.',
    },
    http_rate_limited: {
      title: 'Too many requests',
      message: 'MEXC is limiting requests from this connection. Wait a moment, then try again.',
    },
    http_server_error: {
      title: 'Exchange server error',
      message:
        'MEXC’s server returned an error (HTTP {status}) and your order may still have gone through. Refresh your orders before trying again later.',
    },
    websocket_error: {
      title: 'Live data interrupted',
      message: 'The live market and position feed reported an error, so data on screen may be out of date. Refresh to reconnect.',
    },
    unknown_error: {
      title: 'Something went wrong',
      message: 'An unexpected error occurred. Try again, and contact support if it keeps happening.',
    },
  },
} satisfies CommonTexts;
