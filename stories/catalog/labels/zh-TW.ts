// The catalog page's labels in Traditional Chinese (Taiwan).
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: '依錯誤代碼、鍵名或文字搜尋',
  searchPlaceholder: '例如 2005、balance、時間',
  rowCount: { other: '共 {count} 列' },
  resultCount: { other: '「{query}」的結果：{count} 筆' },
  noResults: '沒有與「{query}」相符的錯誤代碼、鍵名或文字。',
  captions: {
    futures:
      'MEXC 合約 API 錯誤代碼（目錄 futures）：{official} 個官方錯誤代碼，{wild} 個實際出現的錯誤代碼，{variant} 個依伺服器文字區分的項目',
    order: '委託紀錄原因，即委託的 errorCode（目錄 order）：{reason} 個',
    general: '沒有已知錯誤代碼的失敗（目錄 general）：{fallback} 個',
  },
  columns: { code: '錯誤代碼', key: '鍵名', category: '類別', severity: '嚴重程度', retry: '重試', actions: '操作' },
  textColumn: '標題與說明：{language}',
  badges: { wild: '實際出現', variant: '依伺服器文字', fallback: '備援' },
  i18nKey: 'i18n 鍵名：{key}',
  mexcDescription: 'MEXC 原文（{language}）：「{doc}」',
  variantWhen: '伺服器文字符合 {pattern} 時',
  fallbackWhen: '適用於：{case}',
  fallbackCases: {
    unknown_code: '工具包無法辨識的錯誤代碼（例如 99999）',
    network_error: '沒有回應：網路故障',
    timeout: '用戶端等候逾時',
    aborted: '請求遭主動取消',
    http_error: '沒有錯誤代碼的 HTTP 錯誤頁面（例如 404）',
    http_forbidden: '沒有錯誤代碼的 HTTP 403',
    http_rate_limited: '沒有錯誤代碼的 HTTP 429',
    http_server_error: '沒有錯誤代碼的 HTTP 5xx（例如 502）',
    websocket_error: 'WebSocket 上的 rs.error 訊息',
    unknown_error: '其他所有情況',
  },
  textFallback: '（沒有 {requested} 文字：改用 {found}）',
} satisfies CatalogLabels;
