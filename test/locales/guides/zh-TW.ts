import type { LocaleGuide } from '../guide';

// zh-TW: Traditional Chinese as Taiwan traders read it on MEXC's and Binance's Traditional Chinese apps, written
// for Taiwan (帳戶, 網路, 連線, 裝置, 重新整理, 逾時, 設定, 支援), never converted from zh-CN; the trader is 您.
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: '保證金', en: /(?<!\b(?:cross|isolated) )\bmargin\b/i, local: /保證金/ },
  { term: '可用保證金', en: /\bavailable margin\b/i, local: /可用保證金/ },
  { term: '保證金模式', en: /\bmargin mode\b/i, local: /保證金模式/ },
  { term: '全倉', en: /\bcross\b/i, local: /全倉/ },
  { term: '逐倉', en: /\bisolated\b/i, local: /逐倉/ },
  { term: '合約帳戶', en: /\bfutures account\b/i, local: /合約帳戶/ },
  { term: '合約', en: /\b(?:futures|contracts?)\b/i, local: /合約/ },
  { term: '劃轉', en: /\btransfer\b/i, local: /劃轉/ },
  { term: '充值', en: /\bdeposit\b/i, local: /充值/ },
  // Positions and risk
  { term: '槓桿', en: /\bleverage\b/i, local: /槓桿/ },
  { term: '多倉／空倉', en: /\b(?:long|short) position/i, local: /多倉|空倉/ },
  { term: '開倉', en: /\bopen(?:ing)? (?:new )?positions\b/i, local: /開倉|開新倉/ },
  { term: '倉位', en: /(?<!\b(?:long|short|open|opening|new) )\bpositions?\b/i, local: /倉位/ },
  { term: '強平', en: /\bliquidat(?:ed|ion)\b(?! price)/i, local: /強平/ },
  { term: '強平價格', en: /\bliquidation price\b/i, local: /強平價格/ },
  { term: '風險限額', en: /\brisk limit\b/i, local: /風險限額/ },
  { term: '檔位', en: /\btier\b/i, local: /檔位/ },
  // Orders
  { term: '委託（下單）', en: /\borders?\b/i, local: /委託|下單/ },
  { term: '計畫委託', en: /\btrigger orders?\b/i, local: /計畫委託/ },
  { term: '觸發價格', en: /\btrigger price\b/i, local: /觸發價格/ },
  { term: '最新價格', en: /\blast price\b/i, local: /最新價格/ },
  { term: '合理價格', en: /\bfair price\b/i, local: /合理價格/ },
  { term: '指數價格', en: /\bindex price\b/i, local: /指數價格/ },
  { term: '止盈止損', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /止盈|止損/ },
  { term: '張（合約數量單位）', en: /\bcounted in contracts\b/i, local: /「張」/ },
  { term: '只做 Maker', en: /\bpost-only\b/i, local: /只做 Maker/ },
  { term: '自動減倉', en: /\bauto-deleveraging\b/i, local: /自動減倉/ },
  // API access
  { term: 'API Key', en: /\bAPI key\b/i, local: /API Key/ },
  { term: 'Secret Key', en: /\bsecret\b/i, local: /Secret Key/ },
  { term: '白名單', en: /\bwhitelist\b/i, local: /白名單/ },
  { term: '權限', en: /\bpermission\b/i, local: /權限/ },
  // Service and screen
  { term: '客服', en: /\bsupport\b/i, local: /客服/ },
  { term: '維護', en: /\bmaintenance\b/i, local: /維護/ },
  { term: '重新整理', en: /\brefresh\b/i, local: /重新整理/ },
  { term: '網路連線', en: /\bconnection\b/i, local: /網路|連線/ },
];

const forbidden: LocaleGuide['forbidden'] = [
  // Register
  { pattern: /你/, use: '您' },
  // One term per concept
  { pattern: /訂單/, use: '委託' },
  { pattern: /掛單/, use: '未成交委託' },
  { pattern: /撤單|撤銷|刪單/, use: '取消（取消委託、委託已取消）' },
  { pattern: /持倉/, use: '倉位' },
  { pattern: /爆倉/, use: '強平' },
  { pattern: /強平價(?!格)/, use: '強平價格' },
  { pattern: /標記價格/, use: '合理價格（MEXC 的用語）' },
  { pattern: /槓桿倍數/, use: '槓桿' },
  { pattern: /餘額/, use: '可用保證金／資金' },
  { pattern: /期貨/, use: '合約' },
  { pattern: /計劃委託/, use: '計畫委託' },
  { pattern: /密鑰|金鑰|秘鑰/, use: 'API Key／Secret Key' },
  { pattern: /API ?KEY|Api ?Key|api ?key|APIKey|API key/, use: 'API Key' },
  { pattern: /入金|儲值/, use: '充值' },
  { pattern: /轉帳|轉賬/, use: '劃轉' },
  { pattern: /再試/, use: '重試' },
  // Taiwan wording, not mainland or Hong Kong wording
  { pattern: /賬/, use: '帳（帳戶）' },
  { pattern: /網絡/, use: '網路' },
  { pattern: /信息/, use: '訊息／資訊' },
  { pattern: /設置/, use: '設定' },
  { pattern: /刷新/, use: '重新整理' },
  { pattern: /超時/, use: '逾時' },
  { pattern: /服務器/, use: '伺服器' },
  { pattern: /支持/, use: '支援' },
  { pattern: /數據/, use: '資料' },
  { pattern: /默認/, use: '預設' },
  { pattern: /設備/, use: '裝置' },
  { pattern: /連接/, use: '連線' },
  { pattern: /實時/, use: '即時' },
  { pattern: /IP 地址/, use: 'IP 位址' },
  { pattern: /聯繫/, use: '聯絡' },
  { pattern: /應用(?!程式)/, use: '應用程式' },
  // Script and typography: traditional characters, full-width punctuation, 「」 quotes
  {
    pattern:
      /[们这说为发户资价仓单请证约杠杆账实际额权连网认时间确会过还没对开关与从问题应该现设择务数据无启态号码录检调减销张币种换显错误频复详细维护访拦读写联页线级获处输击点结费续风险触样仅让经将当动内]/,
    use: 'the traditional character (請、價、倉、單、帳、網…)',
  },
  { pattern: /[,.!?:;()"'[\]]/, use: 'full-width punctuation （，。！？：；）' },
  { pattern: /[“”‘’]/, use: '「」' },
];

export default {
  alphabet: /[\p{Script=Han}]/u,
  distinctive:
    /[們這說為發戶資價倉單請證約槓桿帳實際額權連網認時間確會過還對開關與從問題應該現設擇務數據無啟態號碼錄檢調減銷張幣種換顯錯誤頻複詳細維護訪攔讀寫聯頁線級獲處輸擊點結費續風險觸樣僅讓經將當動內]/,
  codeWords: ['Key', 'Secret', 'Maker', 'Taker'],
  glossary,
  forbidden,
} satisfies LocaleGuide;
