import type { LocaleGuide } from '../guide';

// fr: French as Binance, Bybit and OKX write their French futures apps, addressing the trader as « vous ». Order flags
// stay as those apps show them (Post Only, Reduce Only, IOC, FOK, maker / taker). Typography: apostrophe ’, a narrow
// no-break space (U+202F) before ; : ! ? and inside « », and between a number and its unit.
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: 'marge', en: /\bmargin\b/i, local: /marge/i },
  { term: 'marge disponible', en: /\bavailable margin\b/i, local: /marge disponible/i },
  { term: 'mode de marge', en: /\bmargin mode\b/i, local: /mode de marge/i },
  { term: 'marge croisée', en: /\bcross\b/i, local: /croisée/i },
  { term: 'marge isolée', en: /\bisolated\b/i, local: /isolée/i },
  { term: 'compte futures', en: /\bfutures account\b/i, local: /compte futures/i },
  { term: 'contrat (futures)', en: /\b(?:futures|contracts?)\b/i, local: /contrat|futures/i },
  { term: 'transférer', en: /\btransfer\b/i, local: /transf[éeè]r/iu },
  { term: 'déposer / dépôt', en: /\bdeposit\b/i, local: /dépos|dépôt/iu },
  // Positions and risk
  { term: 'effet de levier', en: /\bleverage\b/i, local: /effet de levier/i },
  { term: 'position', en: /\bpositions?\b/i, local: /position/i },
  { term: 'position longue', en: /\blong position/i, local: /position longue/i },
  { term: 'position courte', en: /\bshort position/i, local: /position courte/i },
  { term: 'clôturer (une position)', en: /\bclos(?:e|ed|able)\b/i, local: /clôtur/iu },
  { term: 'prix de liquidation', en: /\bliquidation price\b/i, local: /prix de liquidation/i },
  { term: 'limite de risque', en: /\brisk limit\b/i, local: /limite de risque/i },
  { term: 'palier', en: /\btier\b/i, local: /palier/i },
  // Orders
  { term: 'ordre', en: /\borders?\b/i, local: /ordre/i },
  { term: 'ordres ouverts', en: /\bopen orders\b/i, local: /ordres ouverts/i },
  { term: 'annuler', en: /\bcancel/i, local: /annul/i },
  { term: 'exécuter', en: /\bfill(?:ed)?\b/i, local: /exécut/iu },
  { term: 'ordre conditionnel', en: /\btrigger orders?\b/i, local: /ordres? conditionnels?/i },
  { term: 'prix de déclenchement', en: /\btrigger price\b/i, local: /prix de déclenchement/iu },
  { term: 'dernier prix', en: /\blast price\b/i, local: /dernier prix/i },
  { term: 'prix juste', en: /\bfair price\b/i, local: /prix juste/iu },
  { term: 'prix de l’indice', en: /\bindex price\b/i, local: /prix de l’indice/i },
  { term: 'TP/SL (take-profit, stop-loss)', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /\bTP\b|\bSL\b|take-profit|stop-loss/ },
  { term: 'Post Only', en: /\bpost-only\b/i, local: /Post Only/ },
  { term: 'désendettement automatique (ADL)', en: /\bauto-deleveraging\b/i, local: /désendettement automatique/iu },
  // API access
  { term: 'clé API', en: /\bAPI key\b/i, local: /clé API/iu },
  { term: 'clé secrète', en: /\bsecret\b/i, local: /clé secrète/iu },
  { term: 'liste blanche', en: /\bwhitelist/i, local: /liste blanche/i },
  { term: 'autorisation', en: /\bpermission\b/i, local: /autorisation/i },
  // Service
  { term: 'support', en: /\bsupport\b/i, local: /support/i },
  { term: 'maintenance', en: /\bmaintenance\b/i, local: /maintenance/i },
];

/** Neither a letter nor a digit on either side: a whole word, accents included. */
const word = (alternatives: string, flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);

const forbidden: LocaleGuide['forbidden'] = [
  // Register
  { pattern: word('tu|toi|ton|ta|tes|te'), use: 'vous, votre, vos' },
  // One term per concept
  { pattern: /commande/i, use: 'ordre' },
  { pattern: /(?<!effet de )levier/i, use: 'effet de levier' },
  { pattern: /marge (?:crois(?!ée)|isol(?!ée))|\bcross\b|\bisolated\b/iu, use: 'marge croisée / marge isolée' },
  { pattern: /compte (?:de |à )?(?:contrats?|terme|dérivés|perpétuel)|contrats? à terme/iu, use: 'compte futures / contrat' },
  { pattern: /\bclef|API[ -]?key|clé (?:d’|de l’)API/iu, use: 'clé API' },
  { pattern: /clé privée|secret key/i, use: 'clé secrète' },
  { pattern: /seuil de liquidation|prix de faillite/i, use: 'prix de liquidation' },
  { pattern: /déclencheur|ordre (?:stop|de déclenchement|planifié)/iu, use: 'ordre conditionnel, prix de déclenchement' },
  { pattern: /prix (?:équitable|de marque|marqué)/iu, use: 'prix juste (MEXC’s French label)' },
  { pattern: /prix (?:d’|de l’)?index|prix indice/i, use: 'prix de l’indice' },
  { pattern: /niveau de risque|seuil de risque|\bniveau\b/iu, use: 'limite de risque, palier' },
  { pattern: /maker uniquement|post-only|postonly/i, use: 'Post Only' },
  { pattern: /deleveraging|réduction automatique|désendettement auto(?!matique)/iu, use: 'désendettement automatique (ADL)' },
  { pattern: /permission/i, use: 'autorisation' },
  { pattern: /service client|assistance/i, use: 'support' },
  { pattern: /\bsolde/i, use: 'marge disponible / fonds' },
  { pattern: /négoci/iu, use: 'trading' },
  { pattern: /\bbourse|\béchange\b/iu, use: 'plateforme (or MEXC)' },
  { pattern: /whitelist|liste verte/i, use: 'liste blanche' },
  // Typography
  { pattern: /'/, use: 'the apostrophe ’' },
  { pattern: /["“”]/, use: '«\u202F…\u202F»' },
  { pattern: /(?<!\u202F)[;:!?»]|«(?!\u202F)/u, use: 'a narrow no-break space (U+202F) before ; : ! ? » and after «' },
  { pattern: /\u00A0/u, use: 'U+202F, the one no-break space of the pack' },
  { pattern: /\d (?=\p{L})/u, use: 'U+202F between a number and its unit' },
];

export default {
  alphabet: /[a-zàâæçéèêëîïôœùûüÿ]/iu,
  distinctive: /[éèêëàâçùûôîïœ]/iu,
  codeWords: ['Post Only', 'Reduce Only', 'taker'],
  glossary,
  forbidden,
  sameAsEnglish: {
    'ui.regionLabel': '“Notifications” is the French word too (plural of notification).',
    'ui.codeBadge': '“Code {code}” is the French wording too; a badge stays short.',
  },
} satisfies LocaleGuide;
