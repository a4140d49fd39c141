// The catalog page's labels in Simplified Chinese.
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: '按错误码、键名或文字搜索',
  searchPlaceholder: '例如 2005、balance、时间',
  rowCount: { other: '共 {count} 行' },
  resultCount: { other: '“{query}”的结果：{count} 条' },
  noResults: '没有与“{query}”匹配的错误码、键名或文字。',
  captions: {
    futures: 'MEXC 合约 API 错误码（目录 futures）：{official} 个官方错误码，{wild} 个实际出现的错误码，{variant} 个按服务器文字区分的条目',
    order: '委托记录原因，即委托的 errorCode（目录 order）：{reason} 个',
    general: '没有已知错误码的失败（目录 general）：{fallback} 个',
  },
  columns: { code: '错误码', key: '键名', category: '类别', severity: '严重程度', retry: '重试', actions: '操作' },
  textColumn: '标题和说明：{language}',
  badges: { wild: '实际出现', variant: '按服务器文字', fallback: '兜底' },
  i18nKey: 'i18n 键名：{key}',
  mexcDescription: 'MEXC 原文（{language}）：“{doc}”',
  variantWhen: '服务器文字匹配 {pattern} 时',
  fallbackWhen: '适用于：{case}',
  fallbackCases: {
    unknown_code: '工具包不认识的错误码（例如 99999）',
    network_error: '没有响应：网络故障',
    timeout: '客户端等待超时',
    aborted: '请求被主动取消',
    http_error: '没有错误码的 HTTP 错误页（例如 404）',
    http_forbidden: '没有错误码的 HTTP 403',
    http_rate_limited: '没有错误码的 HTTP 429',
    http_server_error: '没有错误码的 HTTP 5xx（例如 502）',
    websocket_error: 'WebSocket 上的 rs.error 消息',
    unknown_error: '其他所有情况',
  },
  textFallback: '（没有 {requested} 文本：使用 {found}）',
} satisfies CatalogLabels;
