// The catalog page's labels in English.
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: 'Search by code, key or text',
  searchPlaceholder: 'e.g. 2005, balance, clock',
  rowCount: { one: '{count} row', other: '{count} rows' },
  resultCount: { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
  noResults: 'No code, key or text matches “{query}”.',
  captions: {
    futures:
      'MEXC futures API codes (catalog futures): {official} official, {wild} seen in the wild, {variant} told apart by the server’s text',
    order: 'Order-record reasons, the errorCode of an order (catalog order): {reason}',
    general: 'Failures without a known code (catalog general): {fallback}',
  },
  columns: { code: 'Code', key: 'Key', category: 'Category', severity: 'Severity', retry: 'Retry', actions: 'Actions' },
  textColumn: 'Title and message: {language}',
  badges: { wild: 'seen in the wild', variant: 'by server text', fallback: 'fallback' },
  i18nKey: 'i18n key: {key}',
  mexcDescription: 'MEXC ({language}): “{doc}”',
  variantWhen: 'When the server’s text matches {pattern}',
  fallbackWhen: 'When: {case}',
  fallbackCases: {
    unknown_code: 'a code the kit does not know (example: 99999)',
    network_error: 'no answer: network failure',
    timeout: 'the client gave up waiting',
    aborted: 'request cancelled on purpose',
    http_error: 'HTTP error page without a code (example: 404)',
    http_forbidden: 'HTTP 403 without a code',
    http_rate_limited: 'HTTP 429 without a code',
    http_server_error: 'HTTP 5xx without a code (example: 502)',
    websocket_error: 'an rs.error frame on the WebSocket',
    unknown_error: 'anything else',
  },
  textFallback: '(no {requested} text: {found} fallback)',
} satisfies CatalogLabels;
