// The catalog page's labels in Japanese.
import type { CatalogLabels } from '../catalog-labels';

export default {
  dir: 'ltr',
  searchLabel: 'コード、キー、テキストで検索',
  searchPlaceholder: '例：2005、balance、時刻',
  rowCount: { other: '{count}行' },
  resultCount: { other: '「{query}」の検索結果：{count}件' },
  noResults: '「{query}」に一致するコード、キー、テキストはありません。',
  captions: {
    futures: 'MEXC先物APIのエラーコード（カタログfutures）：公式{official}件、実際に観測{wild}件、サーバーの文言で判別{variant}件',
    order: '注文記録の理由、つまり注文のerrorCode（カタログorder）：{reason}件',
    general: '既知のコードがないエラー（カタログgeneral）：{fallback}件',
  },
  columns: { code: 'コード', key: 'キー', category: 'カテゴリー', severity: '重要度', retry: '再試行', actions: '操作' },
  textColumn: 'タイトルとメッセージ：{language}',
  badges: { wild: '実際に観測', variant: 'サーバーの文言で判別', fallback: 'フォールバック' },
  i18nKey: 'i18nキー：{key}',
  mexcDescription: 'MEXCの原文（{language}）：「{doc}」',
  variantWhen: 'サーバーの文言が{pattern}に一致する場合',
  fallbackWhen: '対象：{case}',
  fallbackCases: {
    unknown_code: 'キットが認識しないコード（例：99999）',
    network_error: '応答なし：ネットワーク障害',
    timeout: 'クライアントが応答待ちを打ち切った場合',
    aborted: 'リクエストを意図的にキャンセルした場合',
    http_error: 'コードのないHTTPエラーページ（例：404）',
    http_forbidden: 'コードのないHTTP 403',
    http_rate_limited: 'コードのないHTTP 429',
    http_server_error: 'コードのないHTTP 5xx（例：502）',
    websocket_error: 'WebSocketで受信したrs.errorフレーム',
    unknown_error: 'その他すべて',
  },
  textFallback: '（{requested}のテキストなし：{found}で代替）',
} satisfies CatalogLabels;
