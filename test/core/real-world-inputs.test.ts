// One table of failures as MEXC's servers and the proxies in front of them answer: REST bodies, batch
// envelopes with ids beyond 2^53, WebSocket frames, order records, HTML pages. Each row gives the whole
// expected ApiError: nothing else may leak. The errors of client libraries: real-world-clients.test.ts.
import { describe, it } from 'vitest';
import { API_KEY, NGINX_502, SIGNATURE, WAF_PAGE, expectRow, type Row } from './real-world-rows';

const rows: Row[] = [
  // MEXC REST bodies
  {
    what: 'MEXC error body (object, HTTP 200)',
    input: { success: false, code: 2005, message: '余额不足' },
    context: { httpStatus: 200 },
    expected: { catalog: 'futures', code: 2005, source: 'api', httpStatus: 200, serverMessage: '余额不足' },
  },
  {
    what: 'MEXC error body as JSON text, code as a string',
    input: '{"success":false,"code":"602","message":"签名验证失败"}',
    expected: { catalog: 'futures', code: 602, source: 'api', serverMessage: '签名验证失败' },
  },
  {
    what: 'body whose reason is in data (no message or msg)',
    input: '{"code":26,"data":"Order quantity below the minimum"}',
    expected: { catalog: 'futures', code: 26, source: 'api', serverMessage: 'Order quantity below the minimum' },
  },
  {
    what: 'maintenance body with extra fields',
    input: { success: false, code: 801, message: '系统维护中', announcement: 'https://www.mexc.com/support', _extend: null },
    expected: { catalog: 'futures', code: 801, source: 'api', serverMessage: '系统维护中' },
  },
  {
    what: 'a body that echoes the API key and signature',
    input: { success: false, code: 602, message: `Signature verification failed, ApiKey=${API_KEY} signature=${SIGNATURE}` },
    expected: {
      catalog: 'futures',
      code: 602,
      source: 'api',
      serverMessage: 'Signature verification failed, ApiKey=[redacted] signature=[redacted]',
    },
  },
  // Batch envelopes and order ids beyond 2^53
  {
    what: 'batch cancel item as JSON text, order id beyond 2^53',
    input: '{"orderId":101716841474621953,"errorCode":2040,"errorMsg":"order not exist"}',
    expected: { catalog: 'futures', code: 2040, source: 'api', serverMessage: 'order not exist', orderId: '101716841474621953' },
  },
  {
    what: 'batch cancel envelope as JSON text: first failed item, id exact',
    input:
      '{"success":true,"code":0,"data":[{"orderId":101716841474621952,"errorCode":0,"errorMsg":"success"},' +
      '{"orderId":108885377779302912,"errorCode":2041,"errorMsg":"order state cannot be cancelled"}]}',
    expected: {
      catalog: 'futures',
      code: 2041,
      source: 'api',
      serverMessage: 'order state cannot be cancelled',
      orderId: '108885377779302912',
    },
  },
  {
    what: 'batch envelope as a Response: ids read from the raw text',
    input: new Response('{"success":true,"code":0,"data":[{"orderId":108885377779302912,"errorCode":2040,"errorMsg":"order not exist"}]}'),
    expected: {
      catalog: 'futures',
      code: 2040,
      source: 'api',
      httpStatus: 200,
      serverMessage: 'order not exist',
      orderId: '108885377779302912',
    },
  },
  {
    what: 'batch item already parsed by JSON.parse: the rounded id is reported, not passed on',
    input: JSON.parse('{"orderId":101716841474621953,"errorCode":2040,"errorMsg":"order not exist"}') as unknown,
    expected: { catalog: 'futures', code: 2040, source: 'api', serverMessage: 'order not exist', orderIdUnsafe: true },
  },
  {
    what: 'batch item with a string id',
    input: { orderId: '739', errorCode: 2011, errorMsg: 'vol error' },
    expected: { catalog: 'futures', code: 2011, source: 'api', serverMessage: 'vol error', orderId: '739' },
  },
  // WebSocket
  {
    what: 'WebSocket rs.error frame as text',
    input: '{"channel":"rs.error","data":"Contract doesn\'t exist!","ts":1700000000000}',
    expected: { catalog: 'futures', code: null, source: 'websocket', serverMessage: "Contract doesn't exist!" },
  },
  {
    what: 'WebSocket rs.error frame for a failed login, data as an object',
    input: { channel: 'rs.error', data: { msg: 'signature verification failed' }, ts: 1700000000000 },
    expected: { catalog: 'futures', code: null, source: 'websocket', serverMessage: 'signature verification failed' },
  },
  // Order records: the errorCode next to state is an order-record reason, not an API business code
  {
    what: 'push.personal.order frame as text: post-only order cancelled, id beyond 2^53',
    input:
      '{"channel":"push.personal.order","data":{"orderId":102067003631907840,"symbol":"CRV_USDT","externalOid":"_m_95bc2b72d3784bce8f9efecbdef9fe35",' +
      '"side":1,"orderType":2,"openType":1,"vol":1,"price":0.707,"leverage":10,"state":4,"errorCode":20,"createTime":1610005069976,' +
      '"updateTime":1610005069983},"ts":1610005069989}',
    expected: { catalog: 'order', code: 20, source: 'websocket', orderId: '102067003631907840' },
  },
  {
    what: 'REST order query as a Response: rejected for insufficient margin',
    input: new Response('{"success":true,"code":0,"data":{"orderId":"739","symbol":"BTC_USDT","state":5,"errorCode":2}}'),
    expected: { catalog: 'order', code: 2, source: 'api', httpStatus: 200, orderId: '739' },
  },
  // HTTP pages
  {
    what: 'HTML WAF page with 403',
    input: WAF_PAGE,
    context: { httpStatus: 403 },
    expected: { catalog: 'futures', code: null, source: 'http', httpStatus: 403, serverMessage: '403 Forbidden' },
  },
  {
    what: 'nginx 502 page as a Response',
    input: new Response(NGINX_502, { status: 502 }),
    expected: { catalog: 'futures', code: null, source: 'http', httpStatus: 502, serverMessage: '502 Bad Gateway' },
  },
  {
    what: '429 with Retry-After and an empty body, as a Response',
    input: new Response('', { status: 429, headers: { 'Retry-After': '5' } }),
    expected: { catalog: 'futures', code: null, source: 'http', httpStatus: 429, retryAfterMs: 5000 },
  },
  {
    what: '429 plain-text body with Retry-After in the context',
    input: 'Too Many Requests',
    context: { httpStatus: 429, retryAfter: '7' },
    expected: { catalog: 'futures', code: null, source: 'http', httpStatus: 429, retryAfterMs: 7000, serverMessage: 'Too Many Requests' },
  },
];

describe('normalizing real-world server answers', () => {
  it.each(rows)('$what', expectRow);
});
