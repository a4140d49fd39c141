import type { CommonTexts } from '../../core/text/messages.js';

/**
 * German: the kit's UI strings, action labels and the texts of failures without a known code.
 *
 * Conventions of every de file (glossary in test/locales/guides/de.ts): formal Sie; one term per concept
 * (Order, Position, Margin, Hebel, Kontrakt, Futures-Konto, API-Schlüssel, Liquidationspreis, Cross-Margin /
 * isolierte Margin, Post-Only, automatisches Deleveraging, Trigger-Order / Trigger-Preis, Risikolimit-Stufe);
 * orders are placed (platzieren) and cancelled (stornieren), requests are aborted (abbrechen); German quotation
 * marks „…“; no apostrophes.
 */
export default {
  ui: {
    regionLabel: 'Benachrichtigungen',
    dismiss: 'Schließen',
    codeBadge: 'Fehlercode {code}',
    details: 'Details',
    serverMessage: 'Servermeldung',
    time: 'Zeit',
    copyDetails: 'Details kopieren',
    copied: 'Kopiert',
    repeatCount: '×{count}',
    tryAgain: 'Erneut versuchen',
    severityInfo: 'Hinweis',
    severityWarning: 'Warnung',
    severityError: 'Fehler',
    severityCritical: 'Kritisch',
    overflowTitle: {
      one: '{count} weitere Benachrichtigung',
      other: '{count} weitere Benachrichtigungen',
    },
    overflowMessage:
      'Es sind zu viele Benachrichtigungen gleichzeitig eingegangen, um jede einzeln anzuzeigen. Prüfen Sie Ihre Orders und Positionen, damit Ihnen nichts entgeht.',
  },
  actions: {
    transfer_funds: 'Guthaben übertragen',
    deposit: 'Einzahlen',
    reduce_size: 'Größe verringern',
    lower_leverage: 'Hebel senken',
    renew_api_key: 'API-Schlüssel erneuern',
    check_api_key: 'API-Schlüssel prüfen',
    whitelist_ip: 'IP zur Whitelist hinzufügen',
    enable_permission: 'Berechtigung aktivieren',
    sync_clock: 'Uhrzeit synchronisieren',
    retry: 'Erneut versuchen',
    retry_later: 'Später erneut versuchen',
    refresh: 'Aktualisieren',
    cancel_open_orders: 'Offene Orders stornieren',
    adjust_price: 'Preis anpassen',
    adjust_quantity: 'Menge anpassen',
    adjust_leverage: 'Hebel anpassen',
    edit_order: 'Order bearbeiten',
    choose_contract: 'Kontrakt wählen',
    open_futures_account: 'Futures-Konto eröffnen',
    adjust_margin: 'Margin anpassen',
    split_batch: 'In Gruppen aufteilen',
    contact_support: 'Support kontaktieren',
    check_connection: 'Verbindung prüfen',
  },
  general: {
    unknown_code: {
      title: 'Unbekannter Fehler (Code {code})',
      message:
        'MEXC hat einen Fehler gemeldet, den diese App nicht kennt. Versuchen Sie es später erneut und wenden Sie sich an den Support, falls das Problem bestehen bleibt.',
    },
    network_error: {
      title: 'Keine Verbindung zu MEXC',
      message:
        'Von MEXC kam keine Antwort, daher ist unklar, ob eine Order platziert wurde. Prüfen Sie Ihre Verbindung und Ihre Orders und versuchen Sie es dann erneut.',
    },
    timeout: {
      title: 'Zeitüberschreitung der Anfrage',
      message:
        'MEXC hat nicht rechtzeitig geantwortet, eine Order könnte dennoch platziert worden sein. Aktualisieren Sie Ihre Orders, bevor Sie es erneut versuchen.',
    },
    aborted: {
      title: 'Anfrage abgebrochen',
      message: 'Die Anfrage wurde abgebrochen, bevor sie abgeschlossen war. Versuchen Sie es erneut, falls Sie sie noch benötigen.',
    },
    http_error: {
      title: 'Unerwartete Antwort von MEXC',
      message:
        'MEXC hat mit einer unerwarteten Fehlerseite geantwortet (HTTP {status}). Versuchen Sie es später erneut und wenden Sie sich an den Support, falls das Problem bestehen bleibt.',
    },
    http_forbidden: {
      title: 'Zugriff blockiert',
      message:
        'MEXC hat diese Verbindung blockiert, häufig wegen Ihrer Region, Ihres VPN oder Ihrer IP-Adresse. Prüfen Sie Ihre Verbindung oder Ihr VPN oder kontaktieren Sie den Support.',
    },
    http_rate_limited: {
      title: 'Zu viele Anfragen',
      message: 'MEXC begrenzt die Anfragen von dieser Verbindung. Warten Sie einen Moment und versuchen Sie es dann erneut.',
    },
    http_server_error: {
      title: 'Serverfehler bei MEXC',
      message:
        'Der Server von MEXC hat einen Fehler gemeldet (HTTP {status}), Ihre Order könnte dennoch platziert worden sein. Aktualisieren Sie Ihre Orders, bevor Sie es später erneut versuchen.',
    },
    websocket_error: {
      title: 'Live-Daten unterbrochen',
      message:
        'Der Live-Feed für Markt und Positionen hat einen Fehler gemeldet, die angezeigten Daten sind daher womöglich veraltet. Aktualisieren Sie, um die Verbindung wiederherzustellen.',
    },
    unknown_error: {
      title: 'Etwas ist schiefgelaufen',
      message:
        'Ein unerwarteter Fehler ist aufgetreten. Versuchen Sie es erneut und wenden Sie sich an den Support, falls das Problem bestehen bleibt.',
    },
  },
} satisfies CommonTexts;
