import type { LocaleGuide } from '../guide';

// es: neutral international Spanish (readable in Latin America and Spain), addressing the trader as usted, with
// the futures terms of the big exchanges' Spanish apps (orden, posición, margen, apalancamiento, clave API).
// Patterns use lookarounds on \p{L} instead of \b, which does not see accented letters as part of a word.
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: 'margen', en: /(?<!\b(?:cross|isolated) )\bmargin\b/i, local: /margen/i },
  { term: 'margen disponible', en: /\bavailable margin\b/i, local: /margen disponible/i },
  { term: 'modo de margen', en: /\bmargin mode\b/i, local: /modo de margen/i },
  { term: 'margen cruzado', en: /\bcross\b/i, local: /cruzado/i },
  { term: 'margen aislado', en: /\bisolated\b/i, local: /aislado/i },
  { term: 'cuenta de futuros', en: /\bfutures account\b/i, local: /cuenta de futuros/i },
  { term: 'futuros', en: /\bfutures\b/i, local: /futuros/i },
  { term: 'contrato', en: /\bcontracts?\b/i, local: /contrato/i },
  { term: 'transferir / transferencia', en: /\btransfer\b/i, local: /transf(?:er|ier)/i },
  { term: 'depositar / depósito', en: /\bdeposit\b/i, local: /dep[oó]sit/i },
  // Positions and risk
  { term: 'apalancamiento', en: /\bleverage\b/i, local: /apalancamiento/i },
  { term: 'posición larga', en: /\blong position/i, local: /posici[oó]n larga/i },
  { term: 'posición corta', en: /\bshort position/i, local: /posici[oó]n corta/i },
  {
    term: 'abrir posiciones / apertura de posiciones',
    en: /\bopen(?:ing)? (?:new )?positions\b/i,
    local: /abrir (?:nuevas )?posiciones|apertura de posiciones/i,
  },
  { term: 'posición', en: /(?<!\b(?:long|short|open|opening|new) )\bpositions?\b/i, local: /posici(?:ón|ones)/i },
  { term: 'precio de liquidación', en: /\bliquidation price\b/i, local: /precio de liquidación/i },
  { term: 'liquidación / liquidada', en: /\bliquidat/i, local: /liquid/i },
  { term: 'límite de riesgo', en: /\brisk limit\b/i, local: /límite de riesgo/i },
  { term: 'nivel (de límite de riesgo)', en: /\btier\b/i, local: /nivel/i },
  // Orders
  { term: 'orden / órdenes', en: /\borders?\b/i, local: /(?<!\p{L})(?:orden|órdenes)(?!\p{L})/iu },
  { term: 'orden de activación', en: /\btrigger orders?\b/i, local: /(?:orden|órdenes) de activación/i },
  { term: 'precio de activación', en: /\btrigger price\b/i, local: /precio de activación/i },
  { term: 'último precio', en: /\blast price\b/i, local: /último precio/i },
  { term: 'precio justo', en: /\bfair price\b/i, local: /precio justo/i },
  { term: 'precio índice', en: /\bindex price\b/i, local: /precio índice/i },
  { term: 'TP / SL', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /\b(?:TP|SL)\b/ },
  { term: '“solo reducir”', en: /\breduce-only\b/i, local: /“solo reducir”/i },
  { term: 'Post Only', en: /\bpost-only\b/i, local: /Post Only/ },
  { term: 'desapalancamiento automático (ADL)', en: /\bauto-deleveraging\b/i, local: /desapalancamiento automático/i },
  // API access
  { term: 'clave API', en: /\bAPI key\b/i, local: /[Cc]lave API/ },
  { term: 'clave secreta', en: /\bsecret\b/i, local: /clave secreta/i },
  { term: 'lista blanca', en: /\bwhitelist\b/i, local: /lista blanca/i },
  { term: 'permiso', en: /\bpermission\b/i, local: /permiso/i },
  // Service
  { term: 'soporte', en: /\bsupport\b/i, local: /soporte/i },
  { term: 'mantenimiento', en: /\bmaintenance\b/i, local: /mantenimiento/i },
];

/** A whole word, case-insensitive, accented letters included. */
const word = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'iu');

const forbidden: LocaleGuide['forbidden'] = [
  // Register: usted, never tú, vos or vosotros
  {
    pattern: word('tú|tu|tus|te|ti|contigo|tienes|puedes|quieres|necesitas|estás|inténtalo|revisa|actualiza'),
    use: 'usted (su, sus, tiene, puede, inténtelo, revise, actualice)',
  },
  { pattern: word('vos|tenés|podés|querés|intentá|revisá'), use: 'usted' },
  { pattern: word('vosotros|vosotras|vuestr[oa]s?|os'), use: 'usted / ustedes' },
  // One term per concept
  { pattern: /pedido/i, use: 'orden' },
  { pattern: /saldo/i, use: 'margen disponible / fondos' },
  { pattern: /garant[ií]a|colateral/i, use: 'margen' },
  { pattern: word('palanca'), use: 'apalancamiento' },
  { pattern: /llave/i, use: 'clave API / clave secreta' },
  { pattern: /API ?Key|clave de API|API clave/i, use: 'clave API' },
  { pattern: /cuenta de contratos/i, use: 'cuenta de futuros' },
  { pattern: /margen (?:cruzada|aislada)/i, use: 'margen cruzado / margen aislado (margen is masculine)' },
  { pattern: /solo maker|post-only|postonly/i, use: 'Post Only' },
  { pattern: /gatillo|dispar/i, use: 'activación (orden de activación, precio de activación)' },
  { pattern: /orden(?:es)? condicional/i, use: 'orden de activación' },
  { pattern: /precio de marca/i, use: 'precio justo (MEXC’s fair price)' },
  { pattern: /escal[oó]n|tramo/i, use: 'nivel' },
  { pattern: /recarg/i, use: 'depositar' },
  { pattern: /take.?profit|stop.?loss/i, use: 'TP / SL' },
  { pattern: word('long|short'), use: 'larga / corta (posición), en largo / en corto' },
  { pattern: /exchange/i, use: 'MEXC' },
  { pattern: /trading/i, use: 'operar / operaciones / negociación' },
  { pattern: /importe/i, use: 'monto' },
  // Words one side of the Atlantic does not use
  { pattern: /introduzca|ingrese/i, use: 'indique / escriba' },
  { pattern: /refresque|refrescar/i, use: 'actualice / actualizar' },
];

export default {
  alphabet: /[a-zñáéíóúü]/i,
  distinctive: /[ñáéíóú¿¡]/i,
  codeWords: ['Post Only', 'taker'],
  glossary,
  forbidden,
  sameAsEnglish: {
    'ui.severityError': 'The Spanish word for an error is “Error”, spelled as in English.',
  },
} satisfies LocaleGuide;
