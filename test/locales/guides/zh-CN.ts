import type { LocaleGuide } from '../guide';

// zh-CN: simplified Chinese as MEXC's own app and code table write it, addressing the trader as 您.
const glossary: LocaleGuide['glossary'] = [
  // Money and account
  { term: '保证金', en: /(?<!\b(?:cross|isolated) )\bmargin\b/i, local: /保证金/ },
  { term: '可用保证金', en: /\bavailable margin\b/i, local: /可用保证金/ },
  { term: '保证金模式', en: /\bmargin mode\b/i, local: /保证金模式/ },
  { term: '全仓', en: /\bcross\b/i, local: /全仓/ },
  { term: '逐仓', en: /\bisolated\b/i, local: /逐仓/ },
  { term: '合约账户', en: /\bfutures account\b/i, local: /合约账户/ },
  { term: '合约', en: /\b(?:futures|contracts?)\b/i, local: /合约/ },
  { term: '划转', en: /\btransfer\b/i, local: /划转/ },
  { term: '充值', en: /\bdeposit\b/i, local: /充值/ },
  // Positions and risk
  { term: '杠杆', en: /\bleverage\b/i, local: /杠杆/ },
  { term: '多仓', en: /\blong position/i, local: /多仓/ },
  { term: '空仓', en: /\bshort position/i, local: /空仓/ },
  { term: '开仓', en: /\bopen(?:ing)? (?:new )?positions\b/i, local: /开仓|开新仓/ },
  { term: '仓位', en: /(?<!\b(?:long|short|open|opening|new) )\bpositions?\b/i, local: /仓位/ },
  { term: '强平价格', en: /\bliquidation price\b/i, local: /强平价格/ },
  { term: '风险限额', en: /\brisk limit\b/i, local: /风险限额/ },
  { term: '档位', en: /\btier\b/i, local: /档位/ },
  // Orders
  { term: '委托（下单、撤单）', en: /\borders?\b/i, local: /委托|下单|撤单/ },
  { term: '计划委托', en: /\btrigger orders?\b/i, local: /计划委托/ },
  { term: '触发价格', en: /\btrigger price\b/i, local: /触发价格/ },
  { term: '最新价格', en: /\blast price\b/i, local: /最新价格/ },
  { term: '合理价格', en: /\bfair price\b/i, local: /合理价格/ },
  { term: '指数价格', en: /\bindex price\b/i, local: /指数价格/ },
  { term: '止盈止损', en: /\b(?:TP|SL|take-profit|stop-loss)\b/i, local: /止盈|止损/ },
  { term: '张（合约数量单位）', en: /\bcounted in contracts\b/i, local: /“张”/ },
  // API access
  { term: 'API Key', en: /\bAPI key\b/i, local: /API Key/ },
  { term: 'Secret Key', en: /\bsecret\b/i, local: /Secret Key/ },
  { term: '白名单', en: /\bwhitelist\b/i, local: /白名单/ },
  { term: '权限', en: /\bpermission\b/i, local: /权限/ },
  // Service
  { term: '客服', en: /\bsupport\b/i, local: /客服/ },
  { term: '维护', en: /\bmaintenance\b/i, local: /维护/ },
  { term: '只做 Maker', en: /\bpost-only\b/i, local: /只做 Maker/ },
  { term: '自动减仓', en: /\bauto-deleveraging\b/i, local: /自动减仓/ },
];

const forbidden: LocaleGuide['forbidden'] = [
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

export default {
  alphabet: /[\p{Script=Han}]/u,
  checkFirst: /(?:刷新|查看)委托.*确认.*(?:重试|重新提交)/u,
  distinctive: /[们这说为发户资价仓单]/,
  codeWords: ['Key', 'Secret', 'Maker', 'Taker'],
  glossary,
  forbidden,
} satisfies LocaleGuide;
