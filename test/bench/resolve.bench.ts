// Throughput of the hot path a dashboard runs on every failure: normalize + resolve, and the toast
// store under a burst. Run with `npm run bench`; numbers are for comparing changes on one machine.
// The store against other toast libraries, at 1,000 and 10,000 failures: test/bench/toast-store.bench.mjs.
import { bench, describe } from 'vitest';
import { createToastStore, normalizeApiError, resolveApiError } from '../../src/core/index';
import { createMessageLookup } from '../../src/core/text/lookup';
import { resolveNormalizedApiError } from '../../src/core/text/resolve';
import zhCN from '../../src/locales/zh-CN/index';

const BODY = { success: false, code: 2005, message: '余额不足' };
const JSON_BODY = JSON.stringify(BODY);
const WAF_PAGE = `<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body>${'<p>blocked</p>'.repeat(500)}</body></html>`;
const AXIOS_ERROR = Object.assign(new Error('Request failed'), {
  config: { headers: { ApiKey: 'mx0vglSECRET', Signature: 'f'.repeat(64) } },
  response: { status: 200, data: BODY, headers: {} },
});
const ORDER_PUSH = JSON.stringify({
  channel: 'push.personal.order',
  data: { orderId: '102067003631907840', symbol: 'CRV_USDT', state: 4, errorCode: 20, vol: 1, price: 0.707 },
  ts: 1610005069989,
});
const zhLookup = createMessageLookup({ locale: 'zh-CN', messages: { 'zh-CN': zhCN } });

describe('normalizeApiError', () => {
  bench('MEXC body object', () => void normalizeApiError(BODY));
  bench('MEXC body as JSON text', () => void normalizeApiError(JSON_BODY));
  bench('axios-style error', () => void normalizeApiError(AXIOS_ERROR));
  bench('8 kB HTML WAF page', () => void normalizeApiError(WAF_PAGE, { httpStatus: 403 }));
  bench('push.personal.order frame as text', () => void normalizeApiError(ORDER_PUSH));
});

describe('resolveApiError', () => {
  bench('en, options built per call', () => void resolveApiError(BODY));
  bench('zh-CN, lookup prepared once (as a toaster does)', () => void resolveNormalizedApiError(normalizeApiError(BODY), zhLookup));
});

describe('toast store', () => {
  bench('burst of 100 identical failures (dedupe)', () => {
    const store = createToastStore();
    for (let i = 0; i < 100; i++) store.show(BODY);
    store.dismiss();
  });
});
