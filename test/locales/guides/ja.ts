import type { LocaleGuide } from '../guide';

// ja: Japanese as MEXC's Japanese app and Japanese exchanges word futures trading: 丁寧語 (です／ます,
// 〜してください), the trader addressed as お客様 or not at all, full-width punctuation 。、「」（）, and no space
// between Japanese and Latin letters or digits (APIキー, IPアドレス, MEXCの, 90日), as MEXC's, Binance's and
// Bybit's Japanese apps write them.
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: '証拠金', en: /(?<!\b(?:cross|isolated) )\bmargin\b(?! mode)/i, local: /証拠金/ },
  { term: '利用可能証拠金', en: /\bavailable margin\b/i, local: /利用可能証拠金/ },
  { term: 'マージンモード', en: /\bmargin mode\b/i, local: /マージンモード/ },
  { term: 'クロスマージン', en: /\bcross\b/i, local: /クロスマージン/ },
  { term: '分離マージン', en: /\bisolated\b/i, local: /分離マージン/ },
  { term: '先物口座', en: /\bfutures account\b/i, local: /先物口座/ },
  { term: '先物', en: /\bfutures\b/i, local: /先物/ },
  { term: '銘柄', en: /(?<!\b(?:counted in|number of) )\bcontracts?\b/i, local: /銘柄/ },
  { term: '枚（数量の単位）', en: /\bcounted in contracts\b/i, local: /「枚」/ },
  { term: '振替', en: /\btransfer\b/i, local: /振り?替/ },
  { term: '入金', en: /\bdeposit\b/i, local: /入金/ },
  // Positions and risk
  { term: 'レバレッジ', en: /\bleverage\b/i, local: /レバレッジ/ },
  { term: 'ロング／ショートポジション', en: /\b(?:long|short) position/i, local: /(?:ロング|ショート)ポジション/ },
  { term: '新規ポジション', en: /\bopen(?:ing)? (?:new )?positions\b/i, local: /新規ポジション/ },
  { term: 'ポジション', en: /(?<!\b(?:long|short|open|opening|new) )\bpositions?\b/i, local: /ポジション/ },
  { term: '強制決済', en: /\bliquidat(?:ed|ion)\b(?! price)/i, local: /強制決済/ },
  { term: '強制決済価格', en: /\bliquidation price\b/i, local: /強制決済価格/ },
  { term: 'リスク制限', en: /\brisk limit\b/i, local: /リスク制限/ },
  { term: 'ティア', en: /\btier\b/i, local: /ティア/ },
  // Orders
  { term: '注文（発注）', en: /\borders?\b/i, local: /注文|発注/ },
  { term: 'トリガー注文', en: /\btrigger orders?\b/i, local: /トリガー注文/ },
  { term: 'トリガー価格', en: /\btrigger price\b/i, local: /トリガー価格/ },
  { term: '直近価格', en: /\blast price\b/i, local: /直近価格/ },
  { term: '公正価格', en: /\bfair price\b/i, local: /公正価格/ },
  { term: 'インデックス価格', en: /\bindex price\b/i, local: /インデックス価格/ },
  { term: '利確／損切り', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /利確|損切り/ },
  { term: 'Post Only', en: /\bpost-only\b/i, local: /Post Only/ },
  { term: '自動デレバレッジ', en: /\bauto-deleveraging\b/i, local: /自動デレバレッジ/ },
  // API access
  { term: 'APIキー', en: /\bAPI key\b/i, local: /APIキー/ },
  { term: 'シークレットキー', en: /\bsecret\b/i, local: /シークレットキー/ },
  { term: 'ホワイトリスト', en: /\bwhitelist\b/i, local: /ホワイトリスト/ },
  { term: '権限', en: /\bpermission\b/i, local: /権限/ },
  // Service and screen
  { term: 'サポート', en: /\bsupport\b/i, local: /サポート/ },
  { term: 'メンテナンス', en: /\bmaintenance\b/i, local: /メンテナンス/ },
  { term: '再読み込み', en: /\brefresh\b/i, local: /再読み込み/ },
];

const forbidden: LocaleGuide['forbidden'] = [
  // Register: 丁寧語, never the plain or familiar form
  { pattern: /(?:だ|である|だろう|じゃない)[。、]/, use: 'です／ます' },
  { pattern: /しろ[。、]|するな|してね|あなた|君|お前/, use: '〜してください, お客様' },
  // One term per concept
  { pattern: /アカウント/, use: '口座' },
  { pattern: /ロスカット|清算/, use: '強制決済（精算 is the funding settlement）' },
  { pattern: /マーク価格/, use: '公正価格' },
  { pattern: /最新価格|最終価格|最終取引価格/, use: '直近価格' },
  { pattern: /(?<!分離|クロス)マージン(?!モード)/, use: '証拠金 (マージン only in クロスマージン, 分離マージン, マージンモード)' },
  { pattern: /アイソレーテッド|分離証拠金|クロス証拠金|全体証拠金/, use: '分離マージン／クロスマージン' },
  { pattern: /レバレッジ倍率/, use: 'レバレッジ' },
  { pattern: /建玉|建て玉/, use: 'ポジション' },
  { pattern: /オーダー/, use: '注文' },
  { pattern: /取り?消/, use: 'キャンセル' },
  { pattern: /契約|コントラクト/, use: '銘柄 (quantity: 枚)' },
  { pattern: /リスクリミット|リスク限度/, use: 'リスク制限' },
  { pattern: /ストップロス|テイクプロフィット|利益確定|損切(?!り)/, use: '利確／損切り' },
  { pattern: /計画注文|条件付き注文|逆指値/, use: 'トリガー注文' },
  { pattern: /API ?鍵|APIKey|API ?Key|API key|API キー/, use: 'APIキー' },
  { pattern: /秘密鍵|シークレット(?!キー)/, use: 'シークレットキー' },
  { pattern: /デポジット/, use: '入金' },
  { pattern: /送金|トランスファー/, use: '振替' },
  { pattern: /メイカー注文のみ|ポストオンリー|メイカーのみ/, use: 'Post Only' },
  { pattern: /リロード|リフレッシュ/, use: '再読み込み' },
  { pattern: /カスタマーサービス|顧客窓口/, use: 'サポート' },
  // Typography: full-width punctuation and 「」 quotes
  { pattern: /[,.!?:;()"'[\]]/, use: 'full-width punctuation 、。！？：（）' },
  { pattern: /[“”‘’『』]/, use: '「」' },
  {
    pattern:
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー] [\w{]|[\w}] [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u,
    use: 'no space between Japanese and Latin letters or numbers (APIキー, MEXCの, 90日, ほか{count}件)',
  },
];

export default {
  alphabet: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u,
  distinctive: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  codeWords: ['Post Only'],
  glossary,
  forbidden,
} satisfies LocaleGuide;
