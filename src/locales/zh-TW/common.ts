import type { CommonTexts } from '../../core/text/messages.js';

/**
 * Traditional Chinese (Taiwan): the kit's UI strings, action labels and the texts of failures without a
 * known code.
 *
 * Conventions of every zh-TW file (glossary and ruled-out wordings in test/locales/guides/zh-TW.ts): written
 * for Taiwan, not converted from zh-CN: formal 您; Taiwan wording (帳戶, 網路, 連線, 裝置, 重新整理, 逾時,
 * 設定, 支援, 應用程式, IP 位址); one term per concept (委託 for an order, 倉位, 槓桿, 保證金, 合約帳戶, 劃轉,
 * 強平價格, 全倉/逐倉, 計畫委託, 止盈止損, 只做 Maker, 自動減倉, API Key / Secret Key, 取消 for cancelling);
 * full-width punctuation and 「」 quotes; one half-width space between Chinese and Latin letters, digits or
 * `{placeholders}`, none next to full-width punctuation.
 */
export default {
  ui: {
    regionLabel: '通知',
    dismiss: '關閉',
    codeBadge: '錯誤代碼 {code}',
    details: '詳細資訊',
    serverMessage: '交易所回傳訊息',
    time: '時間',
    copyDetails: '複製詳細資訊',
    copied: '已複製',
    repeatCount: '×{count}',
    tryAgain: '重試',
    severityInfo: '提示',
    severityWarning: '警告',
    severityError: '錯誤',
    severityCritical: '嚴重錯誤',
    overflowTitle: {
      other: '另有 {count} 則通知',
    },
    overflowMessage: '短時間內收到太多通知，無法逐一顯示。請查看您的委託和倉位，以免遺漏。',
  },
  actions: {
    transfer_funds: '劃轉資金',
    deposit: '充值',
    reduce_size: '減少數量',
    lower_leverage: '降低槓桿',
    renew_api_key: '更新 API Key',
    check_api_key: '檢查 API Key',
    whitelist_ip: '將 IP 加入白名單',
    enable_permission: '開啟權限',
    sync_clock: '同步時間',
    retry: '重試',
    retry_later: '稍後重試',
    refresh: '重新整理',
    cancel_open_orders: '取消未成交委託',
    adjust_price: '調整價格',
    adjust_quantity: '調整數量',
    adjust_leverage: '調整槓桿',
    edit_order: '修改委託',
    choose_contract: '選擇合約',
    open_futures_account: '開通合約帳戶',
    adjust_margin: '調整保證金',
    split_batch: '分批處理',
    contact_support: '聯絡客服',
    check_connection: '檢查網路連線',
  },
  general: {
    unknown_code: {
      title: '未知錯誤（錯誤代碼 {code}）',
      message: '交易所回傳了本應用程式無法辨識的錯誤。請稍後重試；若問題持續發生，請聯絡客服。',
    },
    network_error: {
      title: '無法連線至交易所',
      message: '沒有收到交易所的回應，無法確定委託是否已送出。請檢查網路連線並查看委託，確認沒有送出後再重試。',
    },
    timeout: {
      title: '請求逾時',
      message: '交易所未及時回應，委託可能已經送出。請先重新整理委託確認結果，再決定是否重試。',
    },
    aborted: {
      title: '請求已取消',
      message: '請求在完成前已被取消。如仍有需要，請重試。',
    },
    http_error: {
      title: '交易所回應異常',
      message: '交易所回傳了非預期的錯誤頁面（HTTP {status}）。請稍後重試；若問題持續發生，請聯絡客服。',
    },
    http_forbidden: {
      title: '連線遭到封鎖',
      message: '交易所封鎖了這個連線，常見原因是您所在的地區、VPN 或 IP 位址受到限制。請檢查網路連線或 VPN；若仍無法連線，請聯絡客服。',
    },
    http_rate_limited: {
      title: '請求過於頻繁',
      message: '交易所正在限制來自目前網路連線的請求。請稍候片刻再重試。',
    },
    http_server_error: {
      title: '交易所伺服器錯誤',
      message: '交易所伺服器回傳錯誤（HTTP {status}），委託可能已經送出。請先重新整理委託確認結果，稍後再重試。',
    },
    websocket_error: {
      title: '即時資料中斷',
      message: '即時行情與倉位資料的連線發生錯誤，畫面上的資料可能不是最新的。請重新整理以重新連線。',
    },
    unknown_error: {
      title: '發生錯誤',
      message: '發生了非預期的錯誤。請重試；若問題持續發生，請聯絡客服。',
    },
  },
} satisfies CommonTexts;
