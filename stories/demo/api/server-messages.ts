// Texts copied word for word from MEXC's tables (the seed in ../shared/seed/mexc-contract-error-codes*.json,
// from the project root; its copy in test/fixtures/); test/demo checks them against those fixtures.
// 2040/2041 are not in the tables: MEXC words them itself.

/** Languages the simulated server answers in, picked by the `Language` request header (default `zh`). */
export type ServerLanguage = 'zh' | 'en';

const MESSAGES: Readonly<Record<number, { zh: string; en: string }>> = {
  401: { zh: '未授权', en: 'Unauthorized' },
  510: { zh: '请求过于频繁', en: 'Excessive frequency of requests' },
  513: {
    zh: '请求无效(针对open api 请求时间>服务器时间2秒或者<服务器时间10秒以上)',
    en: 'Invalid request(for open api serves time more or less than 10s)',
  },
  600: { zh: '参数错误', en: 'Parameter error' },
  601: { zh: '数据解析错误', en: 'Data decoding error' },
  602: { zh: '验签失败', en: 'Verify failed' },
  1001: { zh: '合约不存在', en: 'Contract does not exist' },
  2005: { zh: '余额不足', en: 'Balance insufficient' },
  2006: { zh: '杠杆倍数错误', en: 'Leverage ratio error' },
  2008: { zh: '可平数量不足', en: 'The quantity is insufficient' },
  2009: { zh: '仓位不存在或已平仓', en: 'Positions do not exist or have been closed' },
  2011: { zh: '订单数量错误', en: 'Order quantity error' },
  2013: { zh: '取消订单数量超过最大限制', en: 'Cancel orders over maximum limit' },
  2015: { zh: '价格或者数量精度错误', en: 'Price or quantity accuracy error' },
  2021: {
    zh: '下单杠杆倍数和已有仓位杠杆倍数不一致',
    en: 'The single leverage is not consistent with the existing position leverage',
  },
  6005: { zh: '交易对未开放', en: 'The trading pair is not available' },
};

/** The per-item `errorMsg` of a batch cancel, in English as real batch responses carry it. */
export const CANCEL_ITEM_MESSAGES: Readonly<Record<2040 | 2041, string>> = {
  2040: 'order not exist',
  2041: 'order state cannot be cancelled',
};

/** Every code the simulator can answer with, for tests and story controls. */
export const SIMULATOR_ERROR_CODES: readonly number[] = Object.keys(MESSAGES).map(Number);

/** The `Language` header value to a {@link ServerLanguage}; anything but English gets Chinese, like MEXC. */
export function serverLanguage(header: string | null): ServerLanguage {
  return header !== null && /^en\b/i.test(header.trim()) ? 'en' : 'zh';
}

/** The server's `message` for a code, in MEXC's own wording. */
export function serverMessage(code: number, language: ServerLanguage = 'zh'): string {
  return MESSAGES[code]?.[language] ?? (language === 'zh' ? '公共异常' : 'Public abnormal');
}
