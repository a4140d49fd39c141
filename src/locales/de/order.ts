import type orderCatalog from '../../core/catalogs/order.catalog.js';
import type { CatalogTexts } from '../../core/text/messages.js';

/** German: a title and a message for every reason on a MEXC order record. */
export default {
  order: {
    normal: {
      title: 'Kein Problem mit dieser Order',
      message: 'MEXC hat für diese Order keinen Fehler gemeldet, es ist nichts zu tun.',
    },
    param_invalid: {
      title: 'Order abgelehnt: ungültige Angaben',
      message:
        'MEXC hat diese Order abgelehnt, weil eine ihrer Angaben ungültig war. Prüfen Sie Preis, Menge und Hebel, bearbeiten Sie dann die Order und platzieren Sie sie erneut.',
    },
    insufficient_balance: {
      title: 'Order abgelehnt: nicht genug Margin',
      message:
        'Ihr Futures-Konto hatte nicht genug verfügbare Margin, daher wurde diese Order abgelehnt. Übertragen Sie Guthaben auf Ihr Futures-Konto (bei Bedarf nach einer Einzahlung) oder verringern Sie Ordergröße oder Hebel.',
    },
    position_not_exists: {
      title: 'Schließorder abgelehnt: keine Position',
      message:
        'Diese Schließorder hat keine Position zum Schließen gefunden (sie wurde womöglich bereits geschlossen) und wurde daher abgelehnt. Aktualisieren Sie Ihre Positionen, um zu sehen, was noch offen ist.',
    },
    position_not_enough: {
      title: 'Schließorder abgelehnt: zu groß',
      message:
        'Diese Schließorder war größer als die schließbare Menge Ihrer Position (andere Schließorders belegen womöglich bereits einen Teil davon) und wurde daher abgelehnt. Aktualisieren Sie Ihre Positionen und verringern Sie die Menge.',
    },
    position_liquidated: {
      title: 'Order beendet: Position liquidiert',
      message:
        'Diese Order wurde beendet, weil ihre Position liquidiert wurde. Aktualisieren Sie Ihre Positionen, um den Rest zu sehen, und prüfen Sie die Margin in Ihrem Futures-Konto.',
    },
    order_liquidated: {
      title: 'Order durch Liquidation geschlossen',
      message:
        'Diese Order wurde im Rahmen einer Liquidation geschlossen. Aktualisieren Sie Ihre Positionen, um den Rest zu sehen, und prüfen Sie die Margin in Ihrem Futures-Konto.',
    },
    risk_level_limit: {
      title: 'Order abgelehnt: Risikolimit überschritten',
      message:
        'Diese Order hätte Ihre Position über das Risikolimit für ihren Hebel gebracht und wurde daher abgelehnt. Verringern Sie die Ordergröße oder senken Sie den Hebel.',
    },
    system_cancel: {
      title: 'Order von MEXC storniert',
      message:
        'Das System von MEXC hat diese Order storniert. Aktualisieren Sie Ihre Orders und wenden Sie sich an den Support, wenn Sie den Grund erfahren möchten.',
    },
    position_mode_mismatch: {
      title: 'Order abgelehnt: Positionsmodus passt nicht',
      message:
        'Diese Order passte nicht zum Positionsmodus Ihres Kontos (Einweg- oder Hedge-Modus) und wurde daher abgelehnt. Passen Sie die Order an Ihren aktuellen Modus an und platzieren Sie sie erneut.',
    },
    reduce_only_liquidated: {
      title: 'Reduce-Only-Order storniert',
      message:
        'Diese Reduce-Only-Order wurde storniert, weil ihre Position liquidiert wurde. Aktualisieren Sie Ihre Positionen, um den Rest zu sehen.',
    },
    contract_not_enabled: {
      title: 'Order abgelehnt: Kontrakt nicht handelbar',
      message:
        'Dieser Kontrakt ist derzeit nicht für den Handel freigegeben, daher wurde die Order abgelehnt. Wählen Sie einen anderen Kontrakt.',
    },
    delivery_cancel: {
      title: 'Order bei Lieferung storniert',
      message:
        'Der Kontrakt hat seinen Liefertermin erreicht, daher wurde diese offene Order storniert. Aktualisieren Sie Ihre Orders und Positionen.',
    },
    position_liquidated_cancel: {
      title: 'Order storniert: Position liquidiert',
      message: 'Diese Order wurde storniert, weil ihre Position liquidiert wurde. Aktualisieren Sie Ihre Positionen und Orders.',
    },
    adl_cancel: {
      title: 'Order storniert: automatisches Deleveraging',
      message:
        'Das automatische Deleveraging (ADL) hat Ihre Position verringert, daher wurde diese Order storniert. Aktualisieren Sie Ihre Positionen und Orders.',
    },
    restricted_account_cancel: {
      title: 'Order storniert: Konto eingeschränkt',
      message:
        'Diese Order wurde wegen einer Handelsbeschränkung Ihres Kontos storniert. Kontaktieren Sie den Support, um den Grund zu erfahren.',
    },
    funding_settlement_cancel: {
      title: 'Order bei Funding-Abrechnung storniert',
      message:
        'Diese Order wurde während der Funding-Abrechnung storniert. Platzieren Sie die Order nach der Abrechnung erneut, falls Sie sie noch wünschen.',
    },
    position_margin_change_cancel: {
      title: 'Order storniert: Positionsmargin geändert',
      message:
        'Die Initial-Margin der Position hat sich geändert (zum Beispiel nach einer Hebeländerung), daher wurde diese Order storniert. Prüfen Sie Größe und Hebel und platzieren Sie die Order erneut.',
    },
    ioc_cancel: {
      title: 'IOC-Order: Restmenge storniert',
      message:
        'IOC (sofort ausführen oder stornieren): Was nicht sofort ausgeführt werden konnte, wurde storniert. Prüfen Sie die ausgeführte Menge und platzieren Sie für den Rest eine neue Order, falls Sie ihn noch wünschen.',
    },
    fok_cancel: {
      title: 'FOK-Order ohne Ausführung storniert',
      message:
        'FOK (vollständig ausführen oder stornieren): Die Order konnte nicht sofort vollständig ausgeführt werden und wurde daher ohne jede Ausführung storniert. Passen Sie Preis oder Größe an und platzieren Sie sie erneut.',
    },
    post_only_cancel: {
      title: 'Post-Only-Order storniert',
      message:
        'Diese Post-Only-Order wäre sofort als Taker ausgeführt worden und wurde daher storniert. Setzen Sie einen Kaufpreis unter dem besten Verkaufsangebot oder einen Verkaufspreis über dem besten Kaufgebot und platzieren Sie die Order erneut.',
    },
    market_rest_cancel: {
      title: 'Market-Order: Restmenge storniert',
      message:
        'Ihre Market-Order konnte nicht vollständig ausgeführt werden, daher wurde die Restmenge storniert. Prüfen Sie Ihre Position und platzieren Sie für den Rest eine neue Order, falls Sie ihn noch wünschen.',
    },
  },
} satisfies CatalogTexts<typeof orderCatalog>;
