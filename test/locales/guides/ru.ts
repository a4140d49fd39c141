import type { LocaleGuide } from '../guide';

// ru: Russian as the Russian apps of MEXC, Binance and Bybit word futures trading. The trader is addressed as
// lower-case «вы» (Russian interface style; capitalised «Вы» only at the start of a sentence), never «ты».
// Stems, not whole words, so that every case ending passes.
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: 'маржа', en: /(?<!\b(?:cross|isolated) )\bmargin\b/i, local: /марж/i },
  { term: 'доступная маржа', en: /\bavailable margin\b/i, local: /доступн\p{L}* марж/iu },
  { term: 'режим маржи', en: /\bmargin mode\b/i, local: /режим\p{L}* марж/iu },
  { term: 'кросс-маржа', en: /\bcross\b/i, local: /кросс-марж/i },
  { term: 'изолированная маржа', en: /\bisolated\b/i, local: /изолированн/i },
  { term: 'фьючерсный счёт', en: /\bfutures account\b/i, local: /фьючерсн\p{L}* счёт/iu },
  { term: 'фьючерсы', en: /\bfutures\b/i, local: /фьючерс/i },
  { term: 'контракт', en: /\bcontracts?\b/i, local: /контракт/i },
  { term: 'перевод (средств)', en: /\btransfer\b/i, local: /перев(?:од|ест|ед)/i },
  { term: 'пополнить', en: /\bdeposit\b/i, local: /пополн/i },
  // Positions and risk
  { term: 'кредитное плечо', en: /\bleverage\b/i, local: /плеч/i },
  { term: 'лонг', en: /(?<!\btoo )\blong\b/i, local: /лонг/i },
  { term: 'шорт', en: /\bshort\b/i, local: /шорт/i },
  { term: 'открытие позиций', en: /\bopen(?:ing)? (?:new )?positions\b/i, local: /откры\p{L}* (?:нов\p{L}* )?позици/iu },
  { term: 'позиция', en: /\bpositions?\b/i, local: /позици/i },
  { term: 'цена ликвидации', en: /\bliquidation price\b/i, local: /цен\p{L}* ликвидации/iu },
  { term: 'ликвидация', en: /\bliquidat/i, local: /ликвид/i },
  { term: 'лимит риска', en: /\brisk limit\b/i, local: /лимит\p{L}* риска/iu },
  { term: 'уровень (лимита риска)', en: /\btier\b/i, local: /уров/i },
  // Orders
  { term: 'ордер', en: /\borders?\b/i, local: /ордер/i },
  { term: 'триггерный ордер', en: /\btrigger orders?\b/i, local: /триггерн\p{L}* ордер/iu },
  { term: 'цена триггера', en: /\btrigger price\b/i, local: /цен\p{L}* триггера/iu },
  { term: 'последняя цена', en: /\blast price\b/i, local: /последн\p{L}* цен/iu },
  { term: 'справедливая цена', en: /\bfair price\b/i, local: /справедлив\p{L}* цен/iu },
  { term: 'индексная цена', en: /\bindex price\b/i, local: /индексн\p{L}* цен/iu },
  { term: 'тейк-профит / стоп-лосс (TP/SL)', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /тейк-профит|стоп-лосс|TP\/SL/i },
  { term: '«Только сокращение»', en: /\breduce-only\b/i, local: /«Только сокращение»/ },
  { term: 'Post Only', en: /\bpost-only\b/i, local: /Post Only/ },
  { term: 'автоматическое сокращение позиций', en: /\bauto-deleveraging\b/i, local: /автоматическ\p{L}* сокращени\p{L}* позиций/iu },
  // API access
  { term: 'API-ключ', en: /\bAPI key\b/i, local: /API-ключ/ },
  { term: 'секретный ключ', en: /\bsecret\b/i, local: /секретн\p{L}* ключ/iu },
  { term: 'белый список', en: /\bwhitelist\b/i, local: /бел\p{L}* спис/iu },
  { term: 'разрешение', en: /\bpermission\b/i, local: /разрешени/i },
  // Service
  { term: 'поддержка', en: /\bsupport\b/i, local: /поддержк/i },
  { term: 'технические работы', en: /\bmaintenance\b/i, local: /техническ\p{L}* работ/iu },
];

const forbidden: LocaleGuide['forbidden'] = [
  // Register: «вы», lower-case inside a sentence; never «ты».
  { pattern: /(?<!\p{L})(?:ты|тебя|тебе|тобой|тво(?:й|я|ё|е|и|его|ему|ей|ю|им|их|ими|ем))(?!\p{L})/iu, use: 'вы, ваш' },
  { pattern: /(?<![.!?]\s|^)(?<!\p{L})В(?:ы|ас|ам|ами|аш\p{L}*)(?!\p{L})/u, use: 'вы, ваш (с маленькой буквы внутри предложения)' },
  // One term per concept.
  { pattern: /заявк/i, use: 'ордер' },
  { pattern: /ордеры/i, use: 'ордера' },
  { pattern: /леверидж|рычаг/i, use: 'кредитное плечо' },
  { pattern: /залог|обеспечени/i, use: 'маржа' },
  { pattern: /кросс(?!-марж)|кросс-маржинальн/i, use: 'кросс-маржа' },
  { pattern: /фьючерсн\p{L}* (?:кошел|аккаунт|баланс)/iu, use: 'фьючерсный счёт' },
  { pattern: /(?<!\p{L})(?:API[ -]?key|API ключ|ключ\p{L}* API|апи)(?!\p{L})/iu, use: 'API-ключ' },
  { pattern: /депозит/i, use: 'пополнить, пополнение' },
  { pattern: /ярус|(?<!\p{L})тир(?!\p{L})/iu, use: 'уровень' },
  { pattern: /ликвидационн/i, use: 'цена ликвидации' },
  { pattern: /маркировочн|цен\p{L}* маркировки/iu, use: 'справедливая цена' },
  { pattern: /условн\p{L}* ордер|стоп-цен|цен\p{L}* срабатывания/iu, use: 'триггерный ордер, цена триггера' },
  { pattern: /стоп-лос(?!с)|тейк профит/i, use: 'стоп-лосс, тейк-профит' },
  { pattern: /Post-Only|пост-онли/i, use: 'Post Only' },
  { pattern: /мейкер|Maker|Taker/i, use: 'тейкер (Post Only)' },
  { pattern: /делевередж|автоделевередж/i, use: 'автоматическое сокращение позиций (ADL)' },
  { pattern: /техподдержк|саппорт/i, use: 'поддержка' },
  { pattern: /обслуживани/i, use: 'технические работы' },
  { pattern: /полномочи|права доступа/i, use: 'разрешение' },
  // «Снять маржу» reads like a withdrawal: margin taken off a position is «уменьшить маржу».
  { pattern: /(?<!\p{L})(?:сня|сним)\p{L}* (?:\p{L}+ ){0,2}марж/iu, use: 'уменьшить маржу' },
  // ё is always written.
  { pattern: /сч[е]т|объ[е]м|отмен[е]н(?!\p{L})|отклон[е]н(?!\p{L})/iu, use: 'счёт, расчёт, объём, отменён, отклонён (с ё)' },
];

export default {
  alphabet: /[а-яё]/iu,
  distinctive: /[ыэъё]/i,
  codeWords: ['Post Only'],
  glossary,
  forbidden,
} satisfies LocaleGuide;
