/**
 * The zh-CN pack's terminology: for each futures concept, the English wording that names it and the one
 * Chinese term the pack uses for it (as MEXC's own app and code table do). `zh-CN.test.ts` checks that every
 * English string naming a concept has a Chinese counterpart that uses the term, and that the synonyms listed
 * in {@link zhCNForbidden} never appear, so one concept keeps one term across the pack.
 */
export interface GlossaryRule {
  /** The Chinese term, as written in the pack. */
  term: string;
  /** Matches an English string that names the concept. */
  en: RegExp;
  /** Matches a Chinese string that uses the term. */
  zh: RegExp;
}

export const zhCNGlossary: readonly GlossaryRule[] = [
  // Money and account
  { term: '保证金', en: /(?<!\b(?:cross|isolated) )\bmargin\b/i, zh: /保证金/ },
  { term: '可用保证金', en: /\bavailable margin\b/i, zh: /可用保证金/ },
  { term: '保证金模式', en: /\bmargin mode\b/i, zh: /保证金模式/ },
  { term: '全仓', en: /\bcross\b/i, zh: /全仓/ },
  { term: '逐仓', en: /\bisolated\b/i, zh: /逐仓/ },
  { term: '合约账户', en: /\bfutures account\b/i, zh: /合约账户/ },
  { term: '合约', en: /\b(?:futures|contracts?)\b/i, zh: /合约/ },
  { term: '划转', en: /\btransfer\b/i, zh: /划转/ },
  { term: '充值', en: /\bdeposit\b/i, zh: /充值/ },
  // Positions and risk
  { term: '杠杆', en: /\bleverage\b/i, zh: /杠杆/ },
  { term: '多仓', en: /\blong position/i, zh: /多仓/ },
  { term: '空仓', en: /\bshort position/i, zh: /空仓/ },
  { term: '开仓', en: /\bopen(?:ing)? (?:new )?positions\b/i, zh: /开仓|开新仓/ },
  { term: '仓位', en: /(?<!\b(?:long|short|open|opening|new) )\bpositions?\b/i, zh: /仓位/ },
  { term: '强平价格', en: /\bliquidation price\b/i, zh: /强平价格/ },
  { term: '风险限额', en: /\brisk limit\b/i, zh: /风险限额/ },
  { term: '档位', en: /\btier\b/i, zh: /档位/ },
  // Orders
  { term: '委托（下单、撤单）', en: /\borders?\b/i, zh: /委托|下单|撤单/ },
  { term: '计划委托', en: /\btrigger orders?\b/i, zh: /计划委托/ },
  { term: '触发价格', en: /\btrigger price\b/i, zh: /触发价格/ },
  { term: '最新价格', en: /\blast price\b/i, zh: /最新价格/ },
  { term: '合理价格', en: /\bfair price\b/i, zh: /合理价格/ },
  { term: '指数价格', en: /\bindex price\b/i, zh: /指数价格/ },
  { term: '止盈止损', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, zh: /止盈|止损/ },
  { term: '张（合约数量单位）', en: /\bcounted in contracts\b/i, zh: /“张”/ },
  // API access
  { term: 'API Key', en: /\bAPI key\b/i, zh: /API Key/ },
  { term: 'Secret Key', en: /\bsecret\b/i, zh: /Secret Key/ },
  { term: '白名单', en: /\bwhitelist\b/i, zh: /白名单/ },
  { term: '权限', en: /\bpermission\b/i, zh: /权限/ },
  // Service
  { term: '客服', en: /\bsupport\b/i, zh: /客服/ },
  { term: '维护', en: /\bmaintenance\b/i, zh: /维护/ },
];

/** Wordings the pack never uses, with the term it uses instead (one term per concept, formal register). */
export const zhCNForbidden: readonly { pattern: RegExp; use: string }[] = [
  { pattern: /你/, use: '您' },
  { pattern: /订单/, use: '委托' },
  { pattern: /挂单/, use: '未成交委托' },
  { pattern: /止盈止损单/, use: '止盈止损委托' },
  { pattern: /持仓/, use: '仓位' },
  { pattern: /爆仓/, use: '强平' },
  { pattern: /强平价(?!格)/, use: '强平价格' },
  { pattern: /杠杆倍数/, use: '杠杆' },
  { pattern: /余额/, use: '可用保证金 / 资金' },
  { pattern: /期货/, use: '合约' },
  { pattern: /密钥/, use: 'API Key / Secret Key' },
  { pattern: /API ?KEY|Api ?Key|api ?key|APIKey|API key/, use: 'API Key' },
  { pattern: /再试/, use: '重试' },
  { pattern: /不足以/, use: '……不足，无法……（不足以 + 以下 reads as “below”）' },
];
