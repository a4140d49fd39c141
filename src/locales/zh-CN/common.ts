import type { CommonTexts } from '../../core/text/messages.js';

/**
 * Simplified Chinese (mainland): the kit's UI strings, action labels and the texts of failures without a
 * known code.
 *
 * Conventions of every zh-CN file (checked by test/locales/zh-CN.test.ts, glossary in
 * test/locales/glossary.zh-CN.ts): formal 您; one term per concept (委托 for an order, 仓位 for a position,
 * 杠杆, 保证金, 合约账户, 强平价格, 计划委托, 止盈止损, API Key / Secret Key); full-width punctuation; one
 * half-width space between Chinese and Latin letters, digits or `{placeholders}`, none next to full-width
 * punctuation.
 */
export default {
  ui: {
    regionLabel: '通知',
    dismiss: '关闭',
    codeBadge: '错误码 {code}',
    details: '详情',
    serverMessage: '交易所返回信息',
    time: '时间',
    copyDetails: '复制详情',
    copied: '已复制',
    repeatCount: '×{count}',
    tryAgain: '重试',
    severityInfo: '提示',
    severityWarning: '警告',
    severityError: '错误',
    severityCritical: '严重错误',
    overflowTitle: {
      other: '另有 {count} 条通知',
    },
    overflowMessage: '短时间内收到的通知过多，未能逐条显示。请查看您的委托和仓位，以免遗漏。',
  },
  actions: {
    transfer_funds: '划转资金',
    deposit: '充值',
    reduce_size: '减少数量',
    lower_leverage: '降低杠杆',
    renew_api_key: '更新 API Key',
    check_api_key: '检查 API Key',
    whitelist_ip: '添加 IP 白名单',
    enable_permission: '开启权限',
    sync_clock: '同步时间',
    retry: '重试',
    retry_later: '稍后重试',
    refresh: '刷新',
    cancel_open_orders: '撤销委托',
    adjust_price: '调整价格',
    adjust_quantity: '调整数量',
    adjust_leverage: '调整杠杆',
    edit_order: '修改委托',
    choose_contract: '选择合约',
    open_futures_account: '开通合约账户',
    adjust_margin: '调整保证金',
    split_batch: '分批处理',
    contact_support: '联系客服',
    check_connection: '检查网络',
  },
  general: {
    unknown_code: {
      title: '未知错误（错误码 {code}）',
      message: '交易所返回了本应用无法识别的错误。请稍后重试；如问题持续，请联系客服并提供错误码。',
    },
    network_error: {
      title: '无法连接交易所',
      message: '未收到交易所的回应，无法确定委托是否已提交。请检查网络连接并查看委托，确认未提交后再重试。',
    },
    timeout: {
      title: '请求超时',
      message: '交易所未能及时回应，委托可能已经提交成功。请先刷新委托确认结果，再重试。',
    },
    aborted: {
      title: '请求已取消',
      message: '请求在完成前已被取消。如仍需要，请重试。',
    },
    http_error: {
      title: '交易所返回异常',
      message: '交易所返回了异常的错误页面（HTTP {status}）。请稍后重试；如问题持续，请联系客服。',
    },
    http_forbidden: {
      title: '访问被拦截',
      message: '交易所拦截了本次连接，常见原因是您所在的地区、VPN 或 IP 地址受限。请检查网络或 VPN；如仍被拦截，请联系客服。',
    },
    http_rate_limited: {
      title: '请求过于频繁',
      message: '交易所正在限制来自当前网络的请求。请稍等片刻后重试。',
    },
    http_server_error: {
      title: '交易所服务器错误',
      message: '交易所服务器返回错误（HTTP {status}），委托可能已经提交成功。请先刷新委托确认结果，再稍后重试。',
    },
    websocket_error: {
      title: '实时数据中断',
      message: '实时行情和仓位数据的连接出错，页面上的数据可能不是最新的。请刷新以重新连接。',
    },
    unknown_error: {
      title: '出现未知错误',
      message: '发生了意外错误。请重试；如问题持续，请联系客服。',
    },
  },
} satisfies CommonTexts;
