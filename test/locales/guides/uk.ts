import type { LocaleGuide } from '../guide';

// uk: Ukrainian (current orthography) as the Ukrainian apps of Binance, Bybit and OKX word futures trading —
// Ukrainian words, not Russian ones spelt in Ukrainian letters. The trader is addressed as lower-case «ви»
// (capitalised «Ви» only at the start of a sentence), never «ти». The apostrophe is the typographic ’ (U+2019).
// Stems, not whole words, so that every case ending passes.
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: 'маржа', en: /(?<!\b(?:cross|isolated) )\bmargin\b/i, local: /марж/i },
  { term: 'доступна маржа', en: /\bavailable margin\b/i, local: /доступн\p{L}* марж/iu },
  { term: 'режим маржі', en: /\bmargin mode\b/i, local: /режим\p{L}* марж/iu },
  { term: 'крос-маржа', en: /\bcross\b/i, local: /крос-марж/i },
  { term: 'ізольована маржа', en: /\bisolated\b/i, local: /ізольован/i },
  { term: 'ф’ючерсний рахунок', en: /\bfutures account\b/i, local: /ф’ючерсн\p{L}* рахун/iu },
  { term: 'ф’ючерси', en: /\bfutures\b/i, local: /ф’ючерс/i },
  { term: 'контракт', en: /\bcontracts?\b/i, local: /контракт/i },
  { term: 'переказ (коштів)', en: /\btransfer\b/i, local: /перека[зж]/i },
  { term: 'поповнити', en: /\bdeposit\b/i, local: /поповн/i },
  // Positions and risk
  { term: 'кредитне плече', en: /\bleverage\b/i, local: /плеч/i },
  { term: 'лонг', en: /(?<!\btoo )\blong\b/i, local: /лонг/i },
  { term: 'шорт', en: /\bshort\b/i, local: /шорт/i },
  { term: 'відкриття позицій', en: /\bopen(?:ing)? (?:new )?positions\b/i, local: /відкри\p{L}* (?:нов\p{L}* )?позиці/iu },
  { term: 'позиція', en: /\bpositions?\b/i, local: /позиці/i },
  { term: 'ціна ліквідації', en: /\bliquidation price\b/i, local: /цін\p{L}* ліквідації/iu },
  { term: 'ліквідація', en: /\bliquidat/i, local: /ліквід/i },
  { term: 'ліміт ризику', en: /\brisk limit\b/i, local: /ліміт\p{L}* ризику/iu },
  { term: 'рівень (ліміту ризику)', en: /\btier\b/i, local: /рів(?:ень|н)/i },
  // Orders
  { term: 'ордер', en: /\borders?\b/i, local: /ордер/i },
  { term: 'тригерний ордер', en: /\btrigger orders?\b/i, local: /тригерн\p{L}* ордер/iu },
  { term: 'ціна тригера', en: /\btrigger price\b/i, local: /цін\p{L}* тригера/iu },
  { term: 'остання ціна', en: /\blast price\b/i, local: /останн\p{L}* цін/iu },
  { term: 'справедлива ціна', en: /\bfair price\b/i, local: /справедлив\p{L}* цін/iu },
  { term: 'індексна ціна', en: /\bindex price\b/i, local: /індексн\p{L}* цін/iu },
  { term: 'тейк-профіт / стоп-лос (TP/SL)', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /тейк-профіт|стоп-лос|TP\/SL/i },
  { term: '«Лише скорочення»', en: /\breduce-only\b/i, local: /«Лише скорочення»/ },
  { term: 'Post Only', en: /\bpost-only\b/i, local: /Post Only/ },
  { term: 'автоматичне скорочення позицій', en: /\bauto-deleveraging\b/i, local: /автоматичн\p{L}* скороченн\p{L}* позицій/iu },
  // API access
  { term: 'API-ключ', en: /\bAPI key\b/i, local: /API-ключ/ },
  { term: 'секретний ключ', en: /\bsecret\b/i, local: /секретн\p{L}* ключ/iu },
  { term: 'білий список', en: /\bwhitelist\b/i, local: /біл\p{L}* спис/iu },
  { term: 'дозвіл', en: /\bpermission\b/i, local: /дозв(?:іл|ол(?:у|и|ів|ом|і|ами))(?!\p{L})/iu },
  // Service
  { term: 'служба підтримки', en: /\bsupport\b/i, local: /підтримк/i },
  { term: 'технічні роботи', en: /\bmaintenance\b/i, local: /технічн\p{L}* робот/iu },
];

const forbidden: LocaleGuide['forbidden'] = [
  // Register: «ви», lower-case inside a sentence; never «ти».
  {
    pattern: /(?<!\p{L})(?:ти|тебе|тобі|тобою|тв(?:ій|оя|оє|ої|ого|оєї|ою|оїм|оїх|оєму|оїми|оєю))(?!\p{L})/iu,
    use: 'ви, ваш',
  },
  { pattern: /(?<![.!?]\s|^)(?<!\p{L})В(?:и|ас|ам|ами|аш\p{L}*)(?!\p{L})/u, use: 'ви, ваш (з малої літери всередині речення)' },
  // Russian words in Ukrainian letters (the alphabet already rules out ы э ъ ё).
  {
    pattern: /позици|ликвид|лимит|(?<!\p{L})риск|(?<!\p{L})цен[аеу](?!\p{L})|плечо/iu,
    use: 'позиція, ліквідація, ліміт, ризик, ціна, плече',
  },
  {
    pattern: /уров[ен]|поддерж|пополн|(?<!\p{L})сч[её]т|отмен|кросс|маржи(?!\p{L})|триггер/iu,
    use: 'рівень, підтримка, поповнити, рахунок, скасувати, крос-маржа, маржі, тригер',
  },
  { pattern: /стоп-лосс|тейк-профит/i, use: 'стоп-лос, тейк-профіт' },
  // One term per concept.
  { pattern: /заявк/i, use: 'ордер' },
  { pattern: /недопустим/i, use: 'неправильний (допустимий лише у ствердному значенні)' },
  { pattern: /відмін/i, use: 'скасувати' },
  { pattern: /важ[іе]л|леверидж/i, use: 'кредитне плече' },
  { pattern: /застав|забезпеченн/i, use: 'маржа' },
  { pattern: /ф’ючерсн\p{L}* (?:гаманц|гаманец|акаунт|баланс)/iu, use: 'ф’ючерсний рахунок' },
  { pattern: /аккаунт|обліков\p{L}* запис/iu, use: 'акаунт' },
  { pattern: /(?<!\p{L})(?:API[ -]?key|API ключ|ключ\p{L}* API|апі)(?!\p{L})/iu, use: 'API-ключ' },
  { pattern: /депозит/i, use: 'поповнити, поповнення' },
  { pattern: /ярус|(?<!\p{L})тир(?!\p{L})/iu, use: 'рівень' },
  { pattern: /ліквідаційн|маркувальн|цін\p{L}* маркування/iu, use: 'ціна ліквідації, справедлива ціна' },
  { pattern: /умовн\p{L}* ордер|стоп-цін|цін\p{L}* спрацювання/iu, use: 'тригерний ордер, ціна тригера' },
  { pattern: /Post-Only|пост-онлі/i, use: 'Post Only' },
  { pattern: /мейкер|Maker|Taker/i, use: 'тейкер (Post Only)' },
  { pattern: /делеверидж/i, use: 'автоматичне скорочення позицій (ADL)' },
  { pattern: /техпідтримк|сапорт/i, use: 'служба підтримки' },
  { pattern: /обслуговуванн/i, use: 'технічні роботи' },
  { pattern: /повноважен|прав\p{L}* доступу/iu, use: 'дозвіл' },
  // «Зняти маржу» reads like a withdrawal: margin taken off a position is «зменшити маржу».
  { pattern: /(?<!\p{L})(?:зня|зним)\p{L}* (?:\p{L}+ ){0,2}марж/iu, use: 'зменшити маржу' },
  { pattern: /додат(?:ок|ку|ка)(?!\p{L})/iu, use: 'застосунок' },
  // One apostrophe: the typographic ’.
  { pattern: /\p{L}['\u02BC`]\p{L}|фючерс/u, use: '’ (U+2019): ф’ючерсний, з’єднання' },
];

export default {
  alphabet: /[абвгґдеєжзиіїйклмнопрстуфхцчшщьюя]/iu,
  distinctive: /[іїєґ]/i,
  codeWords: ['Post Only'],
  glossary,
  forbidden,
} satisfies LocaleGuide;
