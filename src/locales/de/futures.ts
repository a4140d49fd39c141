import type futuresCatalog from '../../core/catalogs/futures.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** German: a title and a message for every MEXC futures code. */
export default {
  futures: {
    operation_succeeded: {
      title: 'Erledigt',
      message: 'Ihre Anfrage wurde erfolgreich ausgeführt.',
    },
    public_error: {
      title: 'Fehler bei der Börse',
      message:
        'Bei MEXC ist ein Problem aufgetreten, die Anfrage konnte nicht abgeschlossen werden. Versuchen Sie es später erneut und wenden Sie sich an den Support, falls das Problem bestehen bleibt.',
    },
    internal_error: {
      title: 'Börsenfehler, Ergebnis unbekannt',
      message:
        'Bei MEXC ist ein interner Fehler aufgetreten, Ihre Order könnte dennoch platziert worden sein. Aktualisieren Sie Ihre Orders und Positionen, bevor Sie es später erneut versuchen.',
    },
    system_busy: {
      title: 'Börse ausgelastet',
      message: 'MEXC verarbeitet gerade sehr viele Anfragen. Warten Sie einen Moment und versuchen Sie es dann erneut.',
    },
    unauthorized: {
      title: 'API-Schlüssel nicht akzeptiert',
      message:
        'MEXC hat Ihren API-Schlüssel nicht akzeptiert. Prüfen Sie, ob API-Schlüssel und geheimer Schlüssel korrekt eingegeben sind und der Schlüssel noch existiert.',
    },
    api_key_expired: {
      title: 'API-Schlüssel abgelaufen',
      message:
        'Dieser API-Schlüssel ist abgelaufen (Schlüssel ohne IP-Bindung laufen nach 90 Tagen ab). Erstellen Sie bei MEXC einen neuen API-Schlüssel und hinterlegen Sie ihn hier.',
    },
    ip_not_whitelisted: {
      title: 'IP-Adresse nicht zugelassen',
      message:
        'Ihr API-Schlüssel akzeptiert keine Anfragen von dieser IP-Adresse. Fügen Sie diese IP bei MEXC zur Whitelist des Schlüssels hinzu.',
    },
    unknown_request_source: {
      title: 'Herkunft der Anfrage unbekannt',
      message:
        'MEXC konnte nicht feststellen, woher diese Anfrage stammt. Prüfen Sie die Einstellungen Ihres API-Schlüssels und wenden Sie sich an den Support, falls das Problem bestehen bleibt.',
    },
    rate_limited: {
      title: 'Zu viele Anfragen',
      message: 'Sie senden Anfragen schneller, als MEXC es zulässt. Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
    },
    endpoint_inaccessible: {
      title: 'Für diesen API-Schlüssel nicht erlaubt',
      message:
        'Ihr API-Schlüssel oder Ihr Konto darf diese Aktion nicht ausführen. Aktivieren Sie die nötige Berechtigung für Ihren API-Schlüssel oder kontaktieren Sie den Support.',
    },
    request_time_invalid: {
      title: 'Geräteuhr nicht synchron',
      message:
        'Die Uhr Ihres Geräts liegt mehr als 2 Sekunden vor oder mehr als 10 Sekunden hinter der Zeit von MEXC. Synchronisieren Sie Ihre Uhr und versuchen Sie es dann erneut.',
    },
    parameter_error: {
      title: 'Orderangaben nicht akzeptiert',
      message:
        'Die Order enthält einen Wert, den die Börse nicht akzeptiert. Prüfen Sie Preis, Menge und weitere Einstellungen und bearbeiten Sie dann die Order.',
    },
    data_decoding_error: {
      title: 'Anfrage nicht lesbar',
      message:
        'MEXC konnte die von dieser App gesendeten Daten nicht lesen. Das ist ein Problem der App, nicht Ihrer Order; wenden Sie sich an den Support, falls es bestehen bleibt.',
    },
    signature_invalid: {
      title: 'Prüfung des API-Schlüssels fehlgeschlagen',
      message:
        'MEXC konnte diese Anfrage mit Ihrem geheimen Schlüssel nicht verifizieren. Prüfen Sie, ob API-Schlüssel und geheimer Schlüssel zusammengehören und korrekt eingegeben sind.',
    },
    duplicate_request: {
      title: 'Doppelte Anfrage',
      message:
        'MEXC hat diese Anfrage zweimal erhalten, die erste wurde womöglich bereits ausgeführt. Aktualisieren Sie Ihre Orders und Positionen, bevor Sie die Anfrage erneut senden.',
    },
    account_read_permission_required: {
      title: 'Konto-Leseberechtigung erforderlich',
      message: 'Ihr API-Schlüssel kann keine Kontodaten abrufen. Aktivieren Sie bei MEXC die Konto-Leseberechtigung für diesen Schlüssel.',
    },
    account_write_permission_required: {
      title: 'Konto-Schreibberechtigung erforderlich',
      message:
        'Ihr API-Schlüssel kann keine Kontoänderungen wie Margin-Anpassungen vornehmen. Aktivieren Sie bei MEXC die Konto-Schreibberechtigung für diesen Schlüssel.',
    },
    trade_read_permission_required: {
      title: 'Handels-Leseberechtigung erforderlich',
      message:
        'Ihr API-Schlüssel kann Ihre Orders und Trades nicht abrufen. Aktivieren Sie bei MEXC die Handels-Leseberechtigung für diesen Schlüssel.',
    },
    trade_write_permission_required: {
      title: 'Handelsberechtigung erforderlich',
      message:
        'Ihr API-Schlüssel darf keine Orders platzieren oder ändern. Aktivieren Sie bei MEXC die Handelsberechtigung für diesen Schlüssel.',
    },
    account_not_found: {
      title: 'Noch kein Futures-Konto',
      message: 'Sie haben noch kein Futures-Konto bei MEXC. Eröffnen Sie ein Futures-Konto, um mit Kontrakten zu handeln.',
    },
    contract_not_found: {
      title: 'Kontrakt nicht gefunden',
      message: 'Dieser Futures-Kontrakt existiert bei MEXC nicht. Prüfen Sie das Symbol und wählen Sie einen anderen Kontrakt.',
    },
    contract_not_activated: {
      title: 'Kontrakt nicht handelbar',
      message:
        'Dieser Kontrakt ist derzeit nicht für den Handel freigegeben, daher können keine Orders darauf platziert werden. Wählen Sie einen anderen Kontrakt.',
    },
    risk_limit_level_invalid: {
      title: 'Problem mit der Risikolimit-Stufe',
      message:
        'Die Risikolimit-Stufe dieser Position ist ungültig. Aktualisieren Sie, um Ihr Risikolimit zu prüfen, und wenden Sie sich an den Support, falls das Problem bestehen bleibt.',
    },
    amount_invalid: {
      title: 'Ungültiger Betrag',
      message:
        'Die Börse akzeptiert diesen Betrag nicht. Passen Sie die Menge so an, dass sie zwischen dem zulässigen Minimum und Maximum liegt.',
    },
    order_side_invalid: {
      title: 'Ungültige Orderrichtung',
      message:
        'Die Richtung der Order (Eröffnen oder Schließen, Long oder Short) ist ungültig. Bearbeiten Sie die Order und wählen Sie die richtige Richtung.',
    },
    open_type_invalid: {
      title: 'Ungültiger Margin-Modus',
      message: 'Der Margin-Modus der Order ist ungültig. Bearbeiten Sie die Order und wählen Sie Cross-Margin oder isolierte Margin.',
    },
    buy_price_too_high: {
      title: 'Kaufpreis zu hoch',
      message:
        'Ihr Kaufpreis liegt über dem derzeit höchsten zulässigen Preis. Passen Sie den Preis an, sodass er näher am aktuellen Marktpreis liegt.',
    },
    sell_price_too_low: {
      title: 'Verkaufspreis zu niedrig',
      message:
        'Ihr Verkaufspreis liegt unter dem derzeit niedrigsten zulässigen Preis. Passen Sie den Preis an, sodass er näher am aktuellen Marktpreis liegt.',
    },
    balance_insufficient: {
      title: 'Nicht genug Margin',
      message:
        'Ihr Futures-Konto hat nicht genug verfügbare Margin für diese Order. Übertragen Sie Guthaben auf Ihr Futures-Konto oder verringern Sie Ordergröße oder Hebel.',
    },
    leverage_invalid: {
      title: 'Hebel nicht zulässig',
      message:
        'Dieser Hebel ist für diesen Kontrakt oder Ihre Risikolimit-Stufe nicht verfügbar. Passen Sie den Hebel auf einen zulässigen Wert an.',
    },
    order_price_invalid: {
      title: 'Ungültiger Orderpreis',
      message: 'Die Börse akzeptiert diesen Orderpreis nicht. Passen Sie den Preis an und platzieren Sie die Order erneut.',
    },
    closable_quantity_insufficient: {
      title: 'Schließbare Menge zu gering',
      message:
        'Die zu schließende Menge ist größer als die noch schließbare Menge der Position. Aktualisieren Sie Ihre Position und verringern Sie dann die Menge.',
    },
    position_not_found: {
      title: 'Position nicht gefunden',
      message: 'Diese Position existiert nicht oder wurde bereits geschlossen. Aktualisieren Sie, um Ihre aktuellen Positionen zu sehen.',
    },
    order_quantity_invalid: {
      title: 'Ungültige Ordermenge',
      message:
        'Die Menge ist ungültig. Bei MEXC Futures wird die Menge in Kontrakten angegeben, nicht in Coins. Passen Sie die Anzahl der Kontrakte an.',
    },
    cancel_limit_exceeded: {
      title: 'Zu viele Orders zum Stornieren',
      message:
        'Sie wollten mehr Orders auf einmal stornieren, als MEXC zulässt. Teilen Sie die Orders in kleinere Gruppen auf und stornieren Sie erneut.',
    },
    batch_order_limit_exceeded: {
      title: 'Zu viele Orders auf einmal',
      message: 'Diese Sammelanfrage enthält mehr Orders, als MEXC auf einmal zulässt. Teilen Sie sie in kleinere Gruppen auf.',
    },
    precision_invalid: {
      title: 'Zu viele Nachkommastellen',
      message:
        'Preis oder Menge hat mehr Nachkommastellen, als dieser Kontrakt zulässt. Passen Sie Preis und Menge an die zulässige Schrittweite an.',
    },
    plan_order_limit_exceeded: {
      title: 'Zu viele Trigger-Orders',
      message:
        'Sie haben die maximale Anzahl offener Trigger-Orders erreicht. Stornieren Sie einige offene Trigger-Orders, bevor Sie eine neue platzieren.',
    },
    margin_removal_exceeded: {
      title: 'Margin-Entnahme zu hoch',
      message: 'Sie möchten mehr Margin entnehmen, als diese Position freigeben kann. Passen Sie die Margin auf einen kleineren Betrag an.',
    },
    open_orders_active: {
      title: 'Offene Orders noch aktiv',
      message:
        'Für diesen Kontrakt gibt es noch aktive offene Orders, daher ist diese Änderung noch nicht möglich. Stornieren Sie Ihre offenen Orders und versuchen Sie es dann erneut.',
    },
    leverage_mismatch: {
      title: 'Hebel weicht von der Position ab',
      message:
        'Der Hebel der Order stimmt nicht mit dem Hebel Ihrer bestehenden Position überein. Passen Sie den Hebel an den der Position an.',
    },
    position_type_invalid: {
      title: 'Ungültige Positionsrichtung',
      message: 'Die Positionsrichtung (Long oder Short) ist ungültig. Bearbeiten Sie die Order und wählen Sie die richtige Richtung.',
    },
    positions_over_max_leverage: {
      title: 'Positionshebel zu hoch für die Stufe',
      message:
        'Eine offene Position nutzt einen höheren Hebel, als die neue Risikolimit-Stufe zulässt. Senken Sie zuerst den Hebel dieser Position oder verringern Sie die Positionsgröße.',
    },
    orders_over_max_leverage: {
      title: 'Orderhebel zu hoch für die Stufe',
      message:
        'Einige offene Orders nutzen einen höheren Hebel, als die neue Risikolimit-Stufe zulässt. Stornieren Sie zuerst diese Orders oder senken Sie den Hebel.',
    },
    position_limit_exceeded: {
      title: 'Position zu groß für die Stufe',
      message: 'Ihre aktuelle Position ist größer, als die neue Risikolimit-Stufe zulässt. Verringern Sie zuerst die Positionsgröße.',
    },
    cross_leverage_change_unsupported: {
      title: 'Cross-Margin-Hebel nicht änderbar',
      message:
        'Bei Cross-Margin lässt sich der Hebel nicht auf diese Weise ändern. Bearbeiten Sie die Order oder wechseln Sie zu isolierter Margin, um den Hebel festzulegen.',
    },
    margin_mode_conflict: {
      title: 'Cross- und isolierte Margin nicht kombinierbar',
      message:
        'Pro Richtung ist bei einem Kontrakt nur ein Margin-Modus erlaubt, Cross-Margin oder isolierte Margin. Bearbeiten Sie die Order, damit sie den Margin-Modus Ihrer Position nutzt.',
    },
    order_quantity_over_max: {
      title: 'Order zu groß',
      message:
        'Diese Order überschreitet die maximal zulässige Größe für eine einzelne Order. Verringern Sie die Größe oder teilen Sie sie in kleinere Orders auf.',
    },
    order_type_invalid: {
      title: 'Ungültiger Ordertyp',
      message:
        'Dieser Ordertyp wird hier nicht akzeptiert. Bearbeiten Sie die Order und wählen Sie einen unterstützten Typ, etwa Limit- oder Market-Order.',
    },
    external_order_id_too_long: {
      title: 'Eigene Order-ID zu lang',
      message: 'Eine eigene Order-ID darf höchstens 32 Zeichen lang sein. Bearbeiten Sie die Order und kürzen Sie die ID.',
    },
    risk_limit_exceeded: {
      title: 'Risikolimit überschritten',
      message:
        'Damit würde Ihre Position über Ihr aktuelles Risikolimit hinausgehen. Verringern Sie die Ordergröße oder senken Sie den Hebel.',
    },
    price_below_long_liquidation: {
      title: 'Preis unter dem Liquidationspreis',
      message:
        'Der Orderpreis liegt unter dem Liquidationspreis Ihrer Long-Position. Passen Sie den Preis so an, dass er über dem Liquidationspreis liegt.',
    },
    price_above_short_liquidation: {
      title: 'Preis über dem Liquidationspreis',
      message:
        'Der Orderpreis liegt über dem Liquidationspreis Ihrer Short-Position. Passen Sie den Preis so an, dass er unter dem Liquidationspreis liegt.',
    },
    batch_query_limit_exceeded: {
      title: 'Zu viele Orders in einer Abfrage',
      message: 'Diese Abfrage fordert mehr Orders auf einmal an, als MEXC zulässt. Teilen Sie sie in kleinere Gruppen auf.',
    },
    market_price_tier_unsupported: {
      title: 'Market-Order-Typ nicht unterstützt',
      message:
        'Diese Art von Market-Order wird für diesen Kontrakt nicht unterstützt. Bearbeiten Sie die Order und nutzen Sie zum Beispiel eine Limit-Order.',
    },
    trigger_price_type_invalid: {
      title: 'Ungültiger Trigger-Preistyp',
      message:
        'Der Trigger-Preistyp ist ungültig. Bearbeiten Sie die Order und wählen Sie „Letzter Preis“, „Fairer Preis“ oder „Indexpreis“.',
    },
    trigger_type_invalid: {
      title: 'Ungültige Trigger-Bedingung',
      message:
        'Die Trigger-Bedingung ist ungültig. Bearbeiten Sie die Order und legen Sie fest, ob sie auslöst, wenn der Preis auf den Trigger-Preis steigt oder fällt.',
    },
    execution_cycle_invalid: {
      title: 'Gültigkeitsdauer nicht zulässig',
      message:
        'Die Gültigkeitsdauer der Trigger-Order ist nicht zulässig. Bearbeiten Sie die Order und wählen Sie eine zulässige Dauer, etwa 24 Stunden oder 7 Tage.',
    },
    trigger_price_invalid: {
      title: 'Ungültiger Trigger-Preis',
      message: 'Die Börse akzeptiert diesen Trigger-Preis nicht. Vergleichen Sie ihn mit dem aktuellen Marktpreis und passen Sie ihn an.',
    },
    currency_unsupported: {
      title: 'Währung nicht unterstützt',
      message: 'Diese Währung wird hier nicht unterstützt. Bearbeiten Sie die Order und wählen Sie eine unterstützte Währung.',
    },
    open_orders_over_limit: {
      title: 'Zu viele Orders',
      message:
        'Sie haben die maximale Anzahl an Orders erreicht. Stornieren Sie einige offene Orders oder kontaktieren Sie den Support, wenn Sie ein höheres Limit benötigen.',
    },
    trading_too_frequent: {
      title: 'Zu viele Orders in kurzer Zeit',
      message: 'Sie platzieren Orders zu schnell. Warten Sie einen Moment und versuchen Sie es dann erneut.',
    },
    position_quantity_over_max: {
      title: 'Maximale Positionsgröße erreicht',
      message:
        'Damit würde Ihre Position die maximal zulässige Größe überschreiten. Verringern Sie die Ordergröße oder fragen Sie beim Support nach einem höheren Limit.',
    },
    tpsl_price_missing: {
      title: 'TP- oder SL-Preis festlegen',
      message:
        'Take-Profit und Stop-Loss dürfen nicht beide leer sein. Geben Sie einen Take-Profit-Preis, einen Stop-Loss-Preis oder beide ein.',
    },
    tpsl_order_not_found: {
      title: 'TP/SL-Order nicht gefunden',
      message:
        'Diese TP/SL-Order existiert nicht mehr oder wurde bereits geschlossen. Aktualisieren Sie, um Ihre aktuellen Orders zu sehen.',
    },
    tpsl_price_invalid: {
      title: 'Ungültiger TP/SL-Preis',
      message:
        'Der TP/SL-Preis ist ungültig. Bei einer Long-Position liegt der TP über und der SL unter dem aktuellen Preis, bei einer Short-Position umgekehrt. Passen Sie die Preise an.',
    },
    tpsl_volume_over_position: {
      title: 'TP/SL-Menge größer als die Position',
      message:
        'Ihre TP/SL-Orders umfassen zusammen mehr als die schließbare Menge der Position. Verringern Sie die TP/SL-Menge, sodass sie zur Position passt.',
    },
    trading_forbidden: {
      title: 'Handel deaktiviert',
      message:
        'Der Handel ist für Ihr Konto deaktiviert. Kontaktieren Sie den Support, um den Grund zu erfahren und zu klären, wie der Handel wieder freigeschaltet werden kann.',
    },
    opening_forbidden: {
      title: 'Eröffnen von Positionen gesperrt',
      message:
        'Ihr Konto kann derzeit keine neuen Positionen eröffnen, bestehende Positionen können Sie aber weiterhin schließen. Einzelheiten erfahren Sie beim Support.',
    },
    time_range_invalid: {
      title: 'Ungültiger Zeitraum',
      message: 'Der gewählte Zeitraum wird nicht akzeptiert. Aktualisieren Sie und wählen Sie einen kürzeren Zeitraum.',
    },
    pair_and_status_required: {
      title: 'Kontrakt und Status erforderlich',
      message: 'Diese Liste lässt sich nur mit einem Kontrakt und einem Orderstatus laden. Aktualisieren Sie und wählen Sie beides aus.',
    },
    pair_unavailable: {
      title: 'Kontrakt nicht verfügbar',
      message: 'Dieser Kontrakt ist derzeit nicht für den Handel freigegeben. Wählen Sie einen anderen Kontrakt.',
    },
    order_not_found: {
      title: 'Order nicht gefunden',
      message: 'Diese Order existiert nicht oder ist nicht mehr offen. Aktualisieren Sie, um Ihre aktuellen Orders zu sehen.',
    },
    order_not_cancellable: {
      title: 'Order nicht stornierbar',
      message:
        'Diese Order wurde bereits ausgeführt oder storniert und kann nicht mehr storniert werden. Aktualisieren Sie, um ihren aktuellen Status zu sehen.',
    },
    service_unavailable: {
      title: 'Börse nicht verfügbar',
      message: 'MEXC ist vorübergehend nicht verfügbar. Warten Sie einen Moment und versuchen Sie es dann erneut.',
    },
    gateway_timeout: {
      title: 'Börse hat nicht rechtzeitig geantwortet',
      message:
        'MEXC hat zu lange für eine Antwort gebraucht, daher ist unklar, ob Ihre Order platziert wurde. Aktualisieren Sie Ihre Orders, bevor Sie es später erneut versuchen.',
    },
    request_rejected: {
      title: 'Anfrage abgelehnt',
      message:
        'MEXC hat diese Anfrage ohne Angabe von Gründen abgelehnt. Versuchen Sie es später erneut und wenden Sie sich an den Support, falls das Problem bestehen bleibt.',
    },
    maintenance: {
      title: 'Börse in Wartung',
      message:
        'MEXC führt gerade eine Systemwartung durch, daher kann diese Anfrage derzeit nicht bearbeitet werden. Prüfen Sie die Ankündigungen von MEXC zum Ende der Wartung und versuchen Sie es dann erneut.',
    },
    risk_limit_change_retired: {
      title: 'Risikolimit jetzt automatisch',
      message:
        'MEXC unterstützt keine manuelle Änderung des Risikolimits mehr, daher wurde diese Änderung nicht übernommen: Das Risikolimit richtet sich jetzt automatisch nach Ihrer Positionsgröße. Aktualisieren Sie, um Ihr aktuelles Risikolimit zu sehen.',
    },
  },
} satisfies CatalogTexts<typeof futuresCatalog>;
