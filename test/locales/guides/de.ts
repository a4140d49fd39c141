import type { LocaleGuide } from '../guide';

// de: German as Binance, Bybit and OKX write their German futures apps, addressing the trader as Sie. English trading
// words stay where those apps keep them (Margin, Cross-Margin, Long / Short, Post-Only, Reduce-Only, Market- /
// Limit-Order, Trigger-Order, Whitelist, Support), written as German compounds with a hyphen. Orders are placed
// (platzieren) and cancelled (stornieren); a request is aborted (abbrechen). Quotation marks „…“, no apostrophes.
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: 'Margin', en: /\bmargin\b/i, local: /margin/i },
  { term: 'verfügbare Margin', en: /\bavailable margin\b/i, local: /verfügbare\p{L}* Margin/iu },
  { term: 'Margin-Modus', en: /\bmargin mode\b/i, local: /Margin-Modus/i },
  { term: 'Cross-Margin', en: /\bcross\b/i, local: /Cross-/ },
  { term: 'isolierte Margin', en: /\bisolated\b/i, local: /isolierte/i },
  { term: 'Futures-Konto', en: /\bfutures account\b/i, local: /Futures-Konto/ },
  { term: 'Kontrakt (Futures)', en: /\b(?:futures|contracts?)\b/i, local: /Kontrakt|Futures/i },
  { term: 'übertragen', en: /\btransfer\b/i, local: /übertrag/iu },
  { term: 'einzahlen / Einzahlung', en: /\bdeposit\b/i, local: /einzahl/i },
  // Positions and risk
  { term: 'Hebel', en: /\bleverage\b/i, local: /hebel/i },
  { term: 'Position', en: /\bpositions?\b/i, local: /position/i },
  { term: 'Long-Position', en: /\blong position/i, local: /Long-Position/ },
  { term: 'Short-Position', en: /\bshort position/i, local: /Short-Position/ },
  { term: 'schließen (Position)', en: /\bclos(?:e|ed|able)\b/i, local: /schließ|geschlossen/iu },
  { term: 'Liquidationspreis', en: /\bliquidation price\b/i, local: /Liquidationspreis/ },
  { term: 'Risikolimit', en: /\brisk limit\b/i, local: /Risikolimit/ },
  { term: 'Stufe', en: /\btier\b/i, local: /Stufe/ },
  // Orders
  { term: 'Order', en: /\borders?\b/i, local: /order/i },
  { term: 'offene Orders', en: /\bopen orders\b/i, local: /offene\p{L}* Orders/iu },
  { term: 'stornieren (Order) / abbrechen (Anfrage)', en: /\bcancel/i, local: /storn|abgebroch/i },
  { term: 'ausführen', en: /\bfill(?:ed)?\b/i, local: /ausgeführt|ausführ/iu },
  { term: 'Trigger-Order', en: /\btrigger orders?\b/i, local: /Trigger-Orders?/ },
  { term: 'Trigger-Preis', en: /\btrigger price\b/i, local: /Trigger-Preis/ },
  { term: 'letzter Preis', en: /\blast price\b/i, local: /letzte[nr]? Preis/i },
  { term: 'fairer Preis', en: /\bfair price\b/i, local: /faire[nr]? Preis/i },
  { term: 'Indexpreis', en: /\bindex price\b/i, local: /Indexpreis/ },
  { term: 'TP/SL (Take-Profit, Stop-Loss)', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /\bTP\b|\bSL\b|Take-Profit|Stop-Loss/ },
  { term: 'Post-Only', en: /\bpost-only\b/i, local: /Post-Only/ },
  { term: 'automatisches Deleveraging (ADL)', en: /\bauto-deleveraging\b/i, local: /automatische[sn]? Deleveraging/i },
  // API access
  { term: 'API-Schlüssel', en: /\bAPI key\b/i, local: /API-Schlüssel/u },
  { term: 'geheimer Schlüssel', en: /\bsecret\b/i, local: /geheime\p{L}* Schlüssel/iu },
  { term: 'Whitelist', en: /\bwhitelist/i, local: /Whitelist/ },
  { term: 'Berechtigung', en: /\bpermission\b/i, local: /berechtigung/i },
  // Service
  { term: 'Support', en: /\bsupport\b/i, local: /Support/ },
  { term: 'Wartung', en: /\bmaintenance\b/i, local: /wartung/i },
];

/** Neither a letter nor a digit on either side: a whole word, umlauts included. */
const word = (alternatives: string, flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);

const forbidden: LocaleGuide['forbidden'] = [
  // Register
  { pattern: word('du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer'), use: 'Sie, Ihr, Ihnen' },
  {
    pattern: /(?<=\p{L} )(?:sie|ihr)(?= (?:können|müssen|möchten|sollten|haben|sind))|(?<=en )sie(?= (?:die|den|das|eine?n?|Ihre?n?) )/u,
    use: 'Sie (formal address)',
  },
  // One term per concept
  { pattern: /auftr[aä]g|bestellung/iu, use: 'Order' },
  { pattern: /Kontrakt-?Konto|Terminkontrakt|Derivatekonto|Futures[ -]?Account|Futureskonto|Futures Konto/iu, use: 'Futures-Konto' },
  { pattern: /Vertr[aä]g/iu, use: 'Kontrakt' },
  { pattern: /API[ -]?Key|API Schlüssel/iu, use: 'API-Schlüssel' },
  { pattern: /Secret[ -]?Key|privater Schlüssel|Geheimschlüssel/iu, use: 'geheimer Schlüssel' },
  { pattern: /leverage|Hebelwirkung/i, use: 'Hebel' },
  { pattern: word('Marge|Margen|Sicherheitsleistung'), use: 'Margin' },
  { pattern: /Liquidierungspreis|Liquidationskurs|Konkurspreis/iu, use: 'Liquidationspreis' },
  { pattern: /Kreuz|Cross Margin|\bisolated\b/iu, use: 'Cross-Margin / isolierte Margin' },
  { pattern: /Post Only|Nur[- ]Maker|PostOnly/iu, use: 'Post-Only' },
  { pattern: /Auto-?Deleveraging|Schuldenabbau|automatischer Deleveraging/iu, use: 'automatisches Deleveraging (ADL)' },
  { pattern: /Auslösepreis|Triggerpreis|Trigger Preis|Stopp?-?Preis/iu, use: 'Trigger-Preis' },
  { pattern: /bedingte Order|Plan-?Order|Triggerorder/iu, use: 'Trigger-Order' },
  { pattern: /Markpreis|Mark-Preis|Fair Price|Fairpreis/iu, use: 'fairer Preis' },
  { pattern: /Index-Preis|Indexkurs/iu, use: 'Indexpreis' },
  { pattern: /Risikogrenze|Risikostufe|Risikolevel|Risiko-Limit/iu, use: 'Risikolimit, Risikolimit-Stufe' },
  { pattern: /Erlaubnis|Befugnis/iu, use: 'Berechtigung' },
  { pattern: /Kundendienst|Kundenservice|Kundensupport|Hilfe-?Center/iu, use: 'Support' },
  { pattern: /Kontostand|Saldo|\bBalance/iu, use: 'verfügbare Margin / Guthaben' },
  { pattern: /canceln|gecancel|annulliert|storniren/iu, use: 'stornieren' },
  { pattern: /\bTrading\b|Plattform/iu, use: 'Handel, Börse' },
  { pattern: /\bTransfer|überweis/iu, use: 'übertragen, Übertragung' },
  { pattern: /Positivliste|weiße Liste/iu, use: 'Whitelist' },
  // Typography
  { pattern: /["”«»‚‘’']/u, use: 'German quotation marks „…“, no apostrophes' },
  { pattern: /^[^„]*“|„[^“]*$/u, use: 'a „ to open and a “ to close each quotation' },
];

export default {
  alphabet: /[a-zäöüß]/iu,
  distinctive: /[äöüß]/iu,
  codeWords: ['Post-Only', 'Reduce-Only', 'Taker'],
  glossary,
  forbidden,
  sameAsEnglish: {
    'ui.details': '“Details” is the German word too, and the label German apps use for this disclosure.',
  },
} satisfies LocaleGuide;
