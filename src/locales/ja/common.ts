import type { CommonTexts } from '../../core/text/messages.js';

/**
 * Japanese: the kit's UI strings, action labels and the texts of failures without a known code.
 *
 * Conventions of every ja file (glossary and ruled-out wordings in test/locales/guides/ja.ts): messages in
 * 丁寧語 (です／ます, 〜してください), titles as short headlines without 。; one term per concept as MEXC's
 * Japanese app words it (注文, ポジション, 証拠金, レバレッジ, 先物口座, 銘柄, 振替, 入金, 強制決済価格,
 * クロスマージン／分離マージン, リスク制限／ティア, トリガー注文, 利確／損切り, Post Only, 自動デレバレッジ,
 * APIキー／シークレットキー, 再読み込み for refreshing); contract quantity in 「枚」; full-width punctuation
 * 。、「」（）; no space between Japanese and Latin letters, digits or `{placeholders}` (APIキー, IPアドレス,
 * MEXCの, 90日, ほか{count}件), as MEXC's, Binance's and Bybit's Japanese apps write them.
 */
export default {
  ui: {
    regionLabel: '通知',
    dismiss: '閉じる',
    codeBadge: 'エラーコード：{code}',
    details: '詳細',
    serverMessage: 'サーバーからのメッセージ',
    time: '時刻',
    copyDetails: '詳細をコピー',
    copied: 'コピーしました',
    repeatCount: '×{count}',
    tryAgain: '再試行',
    severityInfo: '情報',
    severityWarning: '警告',
    severityError: 'エラー',
    severityCritical: '重大なエラー',
    overflowTitle: {
      other: 'ほか{count}件の通知',
    },
    overflowMessage: '短時間に多くの通知が届いたため、すべてを表示できませんでした。見落としがないよう、注文とポジションをご確認ください。',
  },
  actions: {
    transfer_funds: '資金を振替',
    deposit: '入金',
    reduce_size: '数量を減らす',
    lower_leverage: 'レバレッジを下げる',
    renew_api_key: 'APIキーを更新',
    check_api_key: 'APIキーを確認',
    whitelist_ip: 'IPをホワイトリストに追加',
    enable_permission: '権限を有効にする',
    sync_clock: '時刻を同期',
    retry: '再試行',
    retry_later: '後で再試行',
    refresh: '再読み込み',
    cancel_open_orders: '未約定注文をキャンセル',
    adjust_price: '価格を調整',
    adjust_quantity: '数量を調整',
    adjust_leverage: 'レバレッジを調整',
    edit_order: '注文を修正',
    choose_contract: '銘柄を選択',
    open_futures_account: '先物口座を開設',
    adjust_margin: '証拠金を調整',
    split_batch: '分割して処理',
    contact_support: 'サポートに問い合わせ',
    check_connection: '接続を確認',
  },
  general: {
    unknown_code: {
      title: '不明なエラー（コード：{code}）',
      message:
        'MEXCから、このアプリでは認識できないエラーが返されました。時間をおいて再試行し、解決しない場合はサポートにお問い合わせください。',
    },
    network_error: {
      title: 'MEXCに接続できません',
      message:
        'MEXCから応答がなかったため、注文が受け付けられたかどうか分かりません。接続と注文の状況を確認し、注文が入っていないことを確かめてから再試行してください。',
    },
    timeout: {
      title: 'リクエストがタイムアウトしました',
      message:
        'MEXCから時間内に応答がなく、注文が受け付けられている可能性があります。再試行する前に、注文を再読み込みして結果を確認してください。',
    },
    aborted: {
      title: 'リクエストをキャンセルしました',
      message: 'リクエストは完了する前にキャンセルされました。必要であれば再試行してください。',
    },
    http_error: {
      title: 'MEXCからの予期しない応答',
      message:
        'MEXCから予期しないエラーページ（HTTP {status}）が返されました。時間をおいて再試行し、解決しない場合はサポートにお問い合わせください。',
    },
    http_forbidden: {
      title: 'アクセスがブロックされました',
      message:
        'MEXCがこの接続をブロックしました。お住まいの地域、VPN、IPアドレスが原因であることがよくあります。接続やVPNを確認するか、サポートにお問い合わせください。',
    },
    http_rate_limited: {
      title: 'リクエストが多すぎます',
      message: 'MEXCがこの接続からのリクエストを制限しています。しばらく待ってから再試行してください。',
    },
    http_server_error: {
      title: '取引所のサーバーエラー',
      message:
        'MEXCのサーバーがエラー（HTTP {status}）を返しましたが、注文は受け付けられている可能性があります。注文を再読み込みして結果を確認してから、時間をおいて再試行してください。',
    },
    websocket_error: {
      title: 'リアルタイムデータが途切れました',
      message:
        '相場とポジションのリアルタイム配信でエラーが発生したため、画面のデータが最新でない可能性があります。再読み込みして再接続してください。',
    },
    unknown_error: {
      title: '問題が発生しました',
      message: '予期しないエラーが発生しました。再試行し、解決しない場合はサポートにお問い合わせください。',
    },
  },
} satisfies CommonTexts;
