import type { LocaleGuide } from '../guide';

// tr: Turkish as Binance TR, OKX and MEXC's Turkish futures screens write it, addressing the trader as "siz"
// (-in / -ınız in messages; buttons keep the bare imperative Turkish UIs use: "Yenile", "Emri düzenle").
// Patterns match stems, so case and possessive endings pass (kaldıraç → kaldıracı, destek → desteğe);
// a capital İ is spelled out ([iİ]) because /i does not fold İ to i.
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: 'marjin', en: /(?<!\b(?:cross|isolated) )\bmargin\b/i, local: /marjin/i },
  { term: 'kullanılabilir marjin', en: /\bavailable margin\b/i, local: /kullanılabilir marjin/i },
  { term: 'marjin modu', en: /\bmargin mode\b/i, local: /marjin mod/i },
  { term: 'çapraz marjin', en: /\bcross\b/i, local: /çapraz/i },
  { term: 'izole marjin', en: /\bisolated\b/i, local: /[iİ]zole/ },
  { term: 'vadeli işlem hesabı', en: /\bfutures account\b/i, local: /vadeli işlem hesab/i },
  { term: 'vadeli işlem', en: /\bfutures\b/i, local: /vadeli işlem/i },
  { term: 'sözleşme', en: /\bcontracts?\b/i, local: /sözleşme/i },
  { term: 'transfer', en: /\btransfer\b/i, local: /transfer/i },
  { term: 'para yatırma', en: /\bdeposit\b/i, local: /yatır/i },
  // Positions and risk
  { term: 'kaldıraç', en: /\bleverage\b/i, local: /kaldıra[çc]/i },
  { term: 'long', en: /(?<!\btoo )\blong\b/i, local: /\blong\b/i },
  { term: 'short', en: /\bshort\b/i, local: /\bshort\b/i },
  { term: 'pozisyon açma', en: /\bopen(?:ing)? (?:new )?positions\b/i, local: /pozisyon aç/i },
  { term: 'pozisyon', en: /\bpositions?\b/i, local: /pozisyon/i },
  { term: 'tasfiye fiyatı', en: /\bliquidation price\b/i, local: /tasfiye fiyat/i },
  { term: 'tasfiye', en: /\bliquidat(?:ed|ion)\b/i, local: /tasfiye/i },
  { term: 'risk limiti', en: /\brisk limit\b/i, local: /risk limit/i },
  { term: 'kademe', en: /\btier\b/i, local: /kademe/i },
  { term: 'fonlama ücreti', en: /\bfunding\b/i, local: /fonlama ücreti/i },
  // Orders
  { term: 'emir (emri, emirler)', en: /\borders?\b/i, local: /(?<!\p{L})em(?:ir|r)/iu },
  { term: 'tetiklemeli emir', en: /\btrigger orders?\b/i, local: /tetiklemeli em/i },
  { term: 'tetikleme fiyatı', en: /\btrigger price\b/i, local: /tetikleme fiyat/i },
  { term: 'son fiyat', en: /\blast price\b/i, local: /son fiyat/i },
  { term: 'adil fiyat', en: /\bfair price\b/i, local: /adil fiyat/i },
  { term: 'endeks fiyatı', en: /\bindex price\b/i, local: /endeks fiyat/i },
  { term: 'kâr al / zarar durdur', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /kâr al|zarar durdur/i },
  { term: 'Post Only', en: /\bpost-only\b/i, local: /Post Only/ },
  // API access
  { term: 'API anahtarı', en: /\bAPI key\b/i, local: /API anahtar/ },
  { term: 'gizli anahtar', en: /\bsecret\b/i, local: /gizli anahtar/i },
  { term: 'beyaz liste', en: /\bwhitelist\b/i, local: /beyaz liste/i },
  { term: 'izin', en: /\bpermission\b/i, local: /(?<!\p{L})[iİ]zi?n/u },
  // Service
  { term: 'destek (destek ekibi)', en: /\bsupport\b/i, local: /deste[kğ]/i },
  { term: 'bakım', en: /\bmaintenance\b/i, local: /bakım/i },
  { term: 'otomatik kaldıraç azaltma', en: /\bauto-deleveraging\b/i, local: /otomatik kaldıraç azalt/i },
];

const forbidden: LocaleGuide['forbidden'] = [
  // informal "sen" register
  { pattern: /(?<!\p{L})(?:sen|senin|sana|seni|sende|senden|seninle)(?!\p{L})/iu, use: 'siz / sizin (formal)' },
  { pattern: /(?:[ae]bilirsin|yorsun|[ae]ceksin|[ae]caksın|malısın|melisin)(?!\p{L})/u, use: '-siniz / -sunuz (formal)' },
  // one term per concept
  { pattern: /teminat/i, use: 'marjin' },
  { pattern: /kontrat/i, use: 'sözleşme' },
  { pattern: /likidasyon|likide/i, use: 'tasfiye' },
  { pattern: /sipariş/i, use: 'emir' },
  { pattern: /bakiye/i, use: 'kullanılabilir marjin / fon' },
  { pattern: /yetki/i, use: 'izin' },
  { pattern: /vadeli hesap|futures hesab/i, use: 'vadeli işlem hesabı' },
  { pattern: /uzun pozisyon|kısa pozisyon/i, use: 'long / short pozisyon' },
  { pattern: /\bAPI key|secret key|gizli key/i, use: 'API anahtarı / gizli anahtar' },
  { pattern: /(?:yalnızca|sadece) yapıcı|post-only/i, use: 'Post Only' },
  { pattern: /(?<!\p{L})kar (?:al|durdur)|take profit|stop loss/iu, use: 'kâr al / zarar durdur' },
  { pattern: /tetik (?:emri|fiyatı)|koşullu emir|plan emri/i, use: 'tetiklemeli emir / tetikleme fiyatı' },
  { pattern: /mark fiyat|işaret fiyat/i, use: 'adil fiyat' },
  { pattern: /indeks fiyat/i, use: 'endeks fiyatı' },
  { pattern: /risk sınırı|risk seviyesi/i, use: 'risk limiti' },
  { pattern: /(?<!\p{L})(?:seviye|katman)/iu, use: 'kademe' },
];

export default {
  // Turkish letters (no q, w, x); â î û appear in "kâr", "hâlâ"
  alphabet: /[a-pr-vyzâçğıîöşûüİ]/i,
  distinctive: /[ğışİçöü]/,
  codeWords: ['Post Only'],
  glossary,
  forbidden,
} satisfies LocaleGuide;
