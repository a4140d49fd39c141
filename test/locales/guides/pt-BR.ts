import type { LocaleGuide } from '../guide';

// pt-BR: Brazilian Portuguese, addressing the trader as "você" with the polite imperative Brazilian exchange apps
// use (verifique, atualize, tente novamente), with the futures terms of Binance/Bybit/MEXC in Brazil (ordem,
// posição, margem, alavancagem, chave de API) and the Brazilian market's comprada / vendida for long / short.
// Patterns use lookarounds on \p{L} instead of \b, which does not see accented letters as part of a word.
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: 'margem', en: /(?<!\b(?:cross|isolated) )\bmargin\b/i, local: /margem/i },
  { term: 'margem disponível', en: /\bavailable margin\b/i, local: /margem disponível/i },
  { term: 'modo de margem', en: /\bmargin mode\b/i, local: /modo de margem/i },
  { term: 'margem cruzada', en: /\bcross\b/i, local: /cruzada/i },
  { term: 'margem isolada', en: /\bisolated\b/i, local: /isolada/i },
  { term: 'conta de futuros', en: /\bfutures account\b/i, local: /conta de futuros/i },
  { term: 'futuros', en: /\bfutures\b/i, local: /futuros/i },
  { term: 'contrato', en: /\bcontracts?\b/i, local: /contrato/i },
  { term: 'transferir / transferência', en: /\btransfer\b/i, local: /transf(?:er|ir)/i },
  { term: 'depositar / depósito', en: /\bdeposit\b/i, local: /dep[oó]sit/i },
  // Positions and risk
  { term: 'alavancagem', en: /\bleverage\b/i, local: /alavancagem/i },
  { term: 'posição comprada', en: /\blong position/i, local: /posição comprada/i },
  { term: 'posição vendida', en: /\bshort position/i, local: /posição vendida/i },
  {
    term: 'abrir posições / abertura de posições',
    en: /\bopen(?:ing)? (?:new )?positions\b/i,
    local: /abrir (?:novas )?posições|abertura de posições/i,
  },
  { term: 'posição', en: /(?<!\b(?:long|short|open|opening|new) )\bpositions?\b/i, local: /posi(?:ção|ções)/i },
  { term: 'preço de liquidação', en: /\bliquidation price\b/i, local: /preço de liquidação/i },
  { term: 'liquidação / liquidada', en: /\bliquidat/i, local: /liquid/i },
  { term: 'limite de risco', en: /\brisk limit\b/i, local: /limite de risco/i },
  { term: 'nível (de limite de risco)', en: /\btier\b/i, local: /nível/i },
  // Orders
  { term: 'ordem / ordens', en: /\borders?\b/i, local: /(?<!\p{L})(?:ordem|ordens)(?!\p{L})/iu },
  { term: 'ordem de gatilho', en: /\btrigger orders?\b/i, local: /(?:ordem|ordens) de gatilho/i },
  { term: 'preço de gatilho', en: /\btrigger price\b/i, local: /preço de gatilho/i },
  { term: 'último preço', en: /\blast price\b/i, local: /último preço/i },
  { term: 'preço justo', en: /\bfair price\b/i, local: /preço justo/i },
  { term: 'preço de índice', en: /\bindex price\b/i, local: /preço de índice/i },
  { term: 'TP / SL', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /\b(?:TP|SL)\b/ },
  { term: '“somente reduzir”', en: /\breduce-only\b/i, local: /“somente reduzir”/i },
  { term: 'Post Only', en: /\bpost-only\b/i, local: /Post Only/ },
  { term: 'desalavancagem automática (ADL)', en: /\bauto-deleveraging\b/i, local: /desalavancagem automática/i },
  // API access
  { term: 'chave de API', en: /\bAPI key\b/i, local: /[Cc]have de API/ },
  { term: 'chave secreta', en: /\bsecret\b/i, local: /chave secreta/i },
  { term: 'lista branca', en: /\bwhitelist\b/i, local: /lista branca/i },
  { term: 'permissão', en: /\bpermission\b/i, local: /permissão/i },
  // Service
  { term: 'suporte', en: /\bsupport\b/i, local: /suporte/i },
  { term: 'manutenção', en: /\bmaintenance\b/i, local: /manutenção/i },
];

/** A whole word, case-insensitive, accented letters included. */
const word = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'iu');

const forbidden: LocaleGuide['forbidden'] = [
  // Register: você, never tu or vós
  { pattern: word('tu|teu|tua|teus|tuas|te|ti|contigo|vós|vosso|vossa|vossos|vossas'), use: 'você (seu, sua, para você)' },
  // European Portuguese spellings and words
  {
    pattern: /ecrã|utilizador|registo|contacto|facto|telemóvel|aplicação/i,
    use: 'tela, usuário, registro, contato, fato, celular, aplicativo',
  },
  // One term per concept
  { pattern: /pedido/i, use: 'ordem' },
  { pattern: /saldo/i, use: 'margem disponível / fundos' },
  { pattern: /garantia|colateral/i, use: 'margem' },
  { pattern: word('alavanca'), use: 'alavancagem' },
  { pattern: /chave API|chave da API|API ?Key/i, use: 'chave de API' },
  { pattern: /conta de contratos/i, use: 'conta de futuros' },
  { pattern: /margem (?:cruzado|isolado)/i, use: 'margem cruzada / margem isolada' },
  { pattern: /somente maker|apenas maker|post-only|postonly/i, use: 'Post Only' },
  { pattern: /disparo|ativação/i, use: 'gatilho (ordem de gatilho, preço de gatilho)' },
  { pattern: /ordens? condiciona/i, use: 'ordem de gatilho' },
  { pattern: /preço de marca/i, use: 'preço justo (MEXC’s fair price)' },
  { pattern: /faixa|escalão|patamar/i, use: 'nível' },
  { pattern: /recarg/i, use: 'depositar' },
  { pattern: /take.?profit|stop.?loss/i, use: 'TP / SL' },
  { pattern: word('long|short'), use: 'comprada / vendida' },
  { pattern: /exchange|corretora/i, use: 'a MEXC' },
  { pattern: /trading/i, use: 'negociação' },
  { pattern: /apenas reduzir|somente redução/i, use: '“somente reduzir”' },
  // Next to the key's permissions (leitura, negociação), “lista de permissões” reads as the list of those permissions
  { pattern: /lista de permiss/i, use: 'lista branca (of IPs)' },
  // Leverage is not cross or isolated; the margin is
  { pattern: /alavancagem (?:cruzada|isolada)/i, use: 'alavancagem na margem cruzada / isolada' },
  // “Suporte” is the support team; “supported” is disponível / aceito / compatível
  { pattern: /suportad[oa]s?/i, use: 'disponível / aceito / compatível' },
];

export default {
  alphabet: /[a-zàáâãçéêíóôõúü]/i,
  distinctive: /[ãõçáéêô]/i,
  codeWords: ['Post Only', 'taker'],
  glossary,
  forbidden,
} satisfies LocaleGuide;
