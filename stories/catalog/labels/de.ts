// The catalog page's labels in German.
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: 'Nach Code, Schlüssel oder Text suchen',
  searchPlaceholder: 'z. B. 2005, balance, Uhr',
  rowCount: { one: '{count} Zeile', other: '{count} Zeilen' },
  resultCount: { one: '{count} Treffer für „{query}“', other: '{count} Treffer für „{query}“' },
  noResults: 'Kein Code, Schlüssel oder Text passt zu „{query}“.',
  captions: {
    futures:
      'Codes der MEXC-Futures-API (Katalog futures): {official} offiziell, {wild} in der Praxis beobachtet, {variant} am Servertext unterschieden',
    order: 'Gründe aus dem Order-Eintrag, der errorCode einer Order (Katalog order): {reason}',
    general: 'Fehler ohne bekannten Code (Katalog general): {fallback}',
  },
  columns: {
    code: 'Fehlercode',
    key: 'Schlüssel',
    category: 'Kategorie',
    severity: 'Schweregrad',
    retry: 'Erneuter Versuch',
    actions: 'Aktionen',
  },
  textColumn: 'Titel und Meldung: {language}',
  badges: { wild: 'in der Praxis beobachtet', variant: 'nach Servertext', fallback: 'Auffangeintrag' },
  i18nKey: 'i18n-Schlüssel: {key}',
  mexcDescription: 'MEXC ({language}): „{doc}“',
  variantWhen: 'Wenn der Servertext {pattern} entspricht',
  fallbackWhen: 'Gilt für: {case}',
  fallbackCases: {
    unknown_code: 'einen Code, den das Kit nicht kennt (Beispiel: 99999)',
    network_error: 'keine Antwort: Netzwerkfehler',
    timeout: 'der Client hat nicht länger gewartet',
    aborted: 'Anfrage absichtlich abgebrochen',
    http_error: 'HTTP-Fehlerseite ohne Code (Beispiel: 404)',
    http_forbidden: 'HTTP 403 ohne Code',
    http_rate_limited: 'HTTP 429 ohne Code',
    http_server_error: 'HTTP 5xx ohne Code (Beispiel: 502)',
    websocket_error: 'einen rs.error-Frame auf dem WebSocket',
    unknown_error: 'alles andere',
  },
  textFallback: '(kein {requested}-Text: {found} als Ersatz)',
} satisfies CatalogLabels;
