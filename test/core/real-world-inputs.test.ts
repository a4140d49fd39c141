// One table of failures as real clients and servers produce them: MEXC bodies, batch envelopes with ids
// beyond 2^53, WebSocket frames, HTML pages, and the errors of fetch, undici, axios, got, ky and ccxt
// (as objects and printed as text). Each row gives the whole expected ApiError: nothing else may leak.
import { describe, expect, it } from 'vitest';
import { MexcApiError, normalizeApiError, normalizeApiResponse, type ApiError, type NormalizeContext } from '../../src/core/index';

const SUBMIT = 'https://contract.mexc.com/api/v1/private/order/submit';
const API_KEY = 'mx0vglQ7Zr2K9pLm3xYw';
const SIGNATURE = 'c3a1f0e9d8b7a6c5b4a3928170f6e5d4c3b2a19087f6e5d4c3b2a1908f7e6d5c';
const WAF_PAGE = '<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body><h1>Access denied</h1></body></html>';
const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>';

/** An Error of another library: its class name and extra fields, as that library sets them. */
function clientError(name: string, message: string, fields: Record<string, unknown> = {}, ErrorClass: ErrorConstructor = Error): Error {
  const error = new ErrorClass(message);
  Object.defineProperty(error, 'name', { value: name, configurable: true, writable: true });
  return Object.assign(error, fields);
}

/** What `fetch` in Node (undici) throws: a TypeError "fetch failed" whose cause says what happened. */
function undiciFailure(causeName: string, causeCode: string, causeMessage: string): Error {
  return new TypeError('fetch failed', { cause: clientError(causeName, causeMessage, { code: causeCode }) });
}

const axiosConfig = {
  url: SUBMIT,
  method: 'post',
  timeout: 5000,
  headers: { ApiKey: API_KEY, 'Request-Time': '1700000000000', Signature: SIGNATURE },
};

interface Row {
  what: string;
  input: unknown;
  context?: NormalizeContext;
  expected: ApiError;
}

const rows: Row[] = [
  // MEXC REST bodies
  {
    what: 'MEXC error body (object, HTTP 200)',
    input: { success: false, code: 2005, message: '余额不足' },
    context: { httpStatus: 200 },
    expected: { code: 2005, source: 'api', httpStatus: 200, serverMessage: '余额不足' },
  },
  {
    what: 'MEXC error body as JSON text, code as a string',
    input: '{"success":false,"code":"602","message":"签名验证失败"}',
    expected: { code: 602, source: 'api', serverMessage: '签名验证失败' },
  },
  {
    what: 'body whose reason is in data (no message or msg)',
    input: '{"code":26,"data":"Order quantity below the minimum"}',
    expected: { code: 26, source: 'api', serverMessage: 'Order quantity below the minimum' },
  },
  {
    what: 'maintenance body with extra fields',
    input: { success: false, code: 801, message: '系统维护中', announcement: 'https://www.mexc.com/support', _extend: null },
    expected: { code: 801, source: 'api', serverMessage: '系统维护中' },
  },
  {
    what: 'a body that echoes the API key and signature',
    input: { success: false, code: 602, message: `Signature verification failed, ApiKey=${API_KEY} signature=${SIGNATURE}` },
    expected: { code: 602, source: 'api', serverMessage: 'Signature verification failed, ApiKey=[redacted] signature=[redacted]' },
  },
  // Batch envelopes and order ids beyond 2^53
  {
    what: 'batch cancel item as JSON text, order id beyond 2^53',
    input: '{"orderId":101716841474621953,"errorCode":2040,"errorMsg":"order not exist"}',
    expected: { code: 2040, source: 'api', serverMessage: 'order not exist', orderId: '101716841474621953' },
  },
  {
    what: 'batch cancel envelope as JSON text: first failed item, id exact',
    input:
      '{"success":true,"code":0,"data":[{"orderId":101716841474621952,"errorCode":0,"errorMsg":"success"},' +
      '{"orderId":108885377779302912,"errorCode":2041,"errorMsg":"order state cannot be cancelled"}]}',
    expected: { code: 2041, source: 'api', serverMessage: 'order state cannot be cancelled', orderId: '108885377779302912' },
  },
  {
    what: 'batch envelope as a Response: ids read from the raw text',
    input: new Response('{"success":true,"code":0,"data":[{"orderId":108885377779302912,"errorCode":2040,"errorMsg":"order not exist"}]}'),
    expected: { code: 2040, source: 'api', httpStatus: 200, serverMessage: 'order not exist', orderId: '108885377779302912' },
  },
  {
    what: 'batch item already parsed by JSON.parse: the rounded id is reported, not passed on',
    input: JSON.parse('{"orderId":101716841474621953,"errorCode":2040,"errorMsg":"order not exist"}') as unknown,
    expected: { code: 2040, source: 'api', serverMessage: 'order not exist', orderIdUnsafe: true },
  },
  {
    what: 'batch item with a string id',
    input: { orderId: '739', errorCode: 2011, errorMsg: 'vol error' },
    expected: { code: 2011, source: 'api', serverMessage: 'vol error', orderId: '739' },
  },
  // WebSocket
  {
    what: 'WebSocket rs.error frame as text',
    input: '{"channel":"rs.error","data":"Contract doesn\'t exist!","ts":1700000000000}',
    expected: { code: null, source: 'websocket', serverMessage: "Contract doesn't exist!" },
  },
  {
    what: 'WebSocket rs.error frame for a failed login, data as an object',
    input: { channel: 'rs.error', data: { msg: 'signature verification failed' }, ts: 1700000000000 },
    expected: { code: null, source: 'websocket', serverMessage: 'signature verification failed' },
  },
  // HTTP pages
  {
    what: 'HTML WAF page with 403',
    input: WAF_PAGE,
    context: { httpStatus: 403 },
    expected: { code: null, source: 'http', httpStatus: 403, serverMessage: '403 Forbidden' },
  },
  {
    what: 'nginx 502 page as a Response',
    input: new Response(NGINX_502, { status: 502 }),
    expected: { code: null, source: 'http', httpStatus: 502, serverMessage: '502 Bad Gateway' },
  },
  {
    what: '429 with Retry-After and an empty body, as a Response',
    input: new Response('', { status: 429, headers: { 'Retry-After': '5' } }),
    expected: { code: null, source: 'http', httpStatus: 429, retryAfterMs: 5000 },
  },
  {
    what: '429 plain-text body with Retry-After in the context',
    input: 'Too Many Requests',
    context: { httpStatus: 429, retryAfter: '7' },
    expected: { code: null, source: 'http', httpStatus: 429, retryAfterMs: 7000, serverMessage: 'Too Many Requests' },
  },
  // fetch in browsers, undici in Node
  { what: 'Chrome fetch failure', input: new TypeError('Failed to fetch'), expected: { code: null, source: 'network' } },
  {
    what: 'Firefox fetch failure',
    input: new TypeError('NetworkError when attempting to fetch resource.'),
    expected: { code: null, source: 'network' },
  },
  { what: 'Safari fetch failure', input: new TypeError('Load failed'), expected: { code: null, source: 'network' } },
  { what: 'fetch failure printed as text', input: 'TypeError: Failed to fetch', expected: { code: null, source: 'network' } },
  {
    what: 'cancelled fetch (AbortError)',
    input: new DOMException('The user aborted a request.', 'AbortError'),
    expected: { code: null, source: 'aborted' },
  },
  {
    what: 'AbortSignal.timeout fired (TimeoutError)',
    input: new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
    expected: { code: null, source: 'timeout' },
  },
  {
    what: 'undici: fetch failed, cause ConnectTimeoutError',
    input: undiciFailure(
      'ConnectTimeoutError',
      'UND_ERR_CONNECT_TIMEOUT',
      'Connect Timeout Error (attempted address: contract.mexc.com:443, timeout: 10000ms)',
    ),
    expected: { code: null, source: 'timeout' },
  },
  {
    what: 'undici: fetch failed, cause HeadersTimeoutError',
    input: undiciFailure('HeadersTimeoutError', 'UND_ERR_HEADERS_TIMEOUT', 'Headers Timeout Error'),
    expected: { code: null, source: 'timeout' },
  },
  {
    what: 'undici: fetch failed, cause BodyTimeoutError',
    input: undiciFailure('BodyTimeoutError', 'UND_ERR_BODY_TIMEOUT', 'Body Timeout Error'),
    expected: { code: null, source: 'timeout' },
  },
  {
    what: 'undici: fetch failed, cause SocketError',
    input: undiciFailure('SocketError', 'UND_ERR_SOCKET', 'other side closed'),
    expected: { code: null, source: 'network' },
  },
  {
    what: 'undici: fetch failed, cause ECONNREFUSED',
    input: undiciFailure('Error', 'ECONNREFUSED', 'connect ECONNREFUSED 203.0.113.7:443'),
    expected: { code: null, source: 'network' },
  },
  {
    what: 'undici failure as Node prints it (cause and inspect block)',
    input:
      'TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13 {\n  [cause]: ConnectTimeoutError: Connect Timeout Error ' +
      "(attempted address: contract.mexc.com:443, timeout: 10000ms)\n      at onConnectTimeout (node:internal/deps/undici/undici:2602:28) {\n    code: 'UND_ERR_CONNECT_TIMEOUT'\n  }\n}",
    expected: { code: null, source: 'timeout' },
  },
  // axios
  {
    what: 'axios error with a MEXC body; its config headers hold the key and signature',
    input: clientError('AxiosError', 'Request failed with status code 200', {
      isAxiosError: true,
      config: axiosConfig,
      request: {},
      response: {
        status: 200,
        data: { success: false, code: 2005, message: '余额不足' },
        headers: { 'retry-after': '3' },
        config: axiosConfig,
      },
    }),
    expected: { code: 2005, source: 'api', httpStatus: 200, retryAfterMs: 3000, serverMessage: '余额不足' },
  },
  {
    what: 'axios timeout (ECONNABORTED)',
    input: clientError('AxiosError', 'timeout of 5000ms exceeded', { code: 'ECONNABORTED', config: axiosConfig, isAxiosError: true }),
    expected: { code: null, source: 'timeout' },
  },
  {
    what: 'axios network failure (ERR_NETWORK)',
    input: clientError('AxiosError', 'Network Error', { code: 'ERR_NETWORK', config: axiosConfig, isAxiosError: true }),
    expected: { code: null, source: 'network' },
  },
  {
    what: 'axios error with an HTML 502 body',
    input: clientError('AxiosError', 'Request failed with status code 502', {
      isAxiosError: true,
      config: axiosConfig,
      response: { status: 502, data: NGINX_502, headers: {} },
    }),
    expected: { code: null, source: 'http', httpStatus: 502, serverMessage: '502 Bad Gateway' },
  },
  { what: 'axios timeout printed as text', input: 'AxiosError: timeout of 5000ms exceeded', expected: { code: null, source: 'timeout' } },
  { what: 'axios network failure printed as text', input: 'AxiosError: Network Error', expected: { code: null, source: 'network' } },
  {
    what: 'axios cancellation',
    input: clientError('CanceledError', 'canceled', { code: 'ERR_CANCELED' }),
    expected: { code: null, source: 'aborted' },
  },
  // got
  {
    what: 'got TimeoutError',
    input: clientError('TimeoutError', "Timeout awaiting 'request' for 5000ms", { code: 'ETIMEDOUT', event: 'request' }),
    expected: { code: null, source: 'timeout' },
  },
  {
    what: 'got RequestError ECONNRESET',
    input: clientError('RequestError', 'read ECONNRESET', { code: 'ECONNRESET' }),
    expected: { code: null, source: 'network' },
  },
  {
    what: 'got RequestError ETIMEDOUT',
    input: clientError('RequestError', 'connect ETIMEDOUT 203.0.113.7:443', { code: 'ETIMEDOUT' }),
    expected: { code: null, source: 'timeout' },
  },
  {
    what: 'got HTTPError: statusCode and a text body',
    input: clientError('HTTPError', 'Response code 400 (Bad Request)', {
      code: 'ERR_NON_2XX_3XX_RESPONSE',
      response: { statusCode: 400, body: '{"success":false,"code":600,"message":"参数错误"}', headers: {} },
    }),
    expected: { code: 600, source: 'api', httpStatus: 400, serverMessage: '参数错误' },
  },
  // ky
  {
    what: 'ky TimeoutError',
    input: clientError('TimeoutError', `Request timed out: POST ${SUBMIT}`),
    expected: { code: null, source: 'timeout' },
  },
  { what: 'ky TimeoutError printed as text', input: 'TimeoutError: Request timed out', expected: { code: null, source: 'timeout' } },
  {
    what: 'ky HTTPError: the response is a fetch Response',
    input: clientError('HTTPError', `Request failed with status code 503 Service Unavailable: POST ${SUBMIT}`, {
      response: new Response('', { status: 503, headers: { 'Retry-After': '30' } }),
    }),
    expected: { code: null, source: 'http', httpStatus: 503, retryAfterMs: 30_000 },
  },
  // ccxt
  {
    what: 'ccxt RequestTimeout printed as text',
    input: `RequestTimeout: mexc POST ${SUBMIT}`,
    expected: { code: null, source: 'timeout' },
  },
  {
    what: 'ccxt RequestTimeout (Python) printed as text',
    input: `ccxt.base.errors.RequestTimeout: mexc POST ${SUBMIT}`,
    expected: { code: null, source: 'timeout' },
  },
  { what: 'ccxt RequestTimeout', input: clientError('RequestTimeout', `mexc POST ${SUBMIT}`), expected: { code: null, source: 'timeout' } },
  {
    what: 'ccxt NetworkError',
    input: clientError('NetworkError', 'mexc GET https://contract.mexc.com/api/v1/private/account/assets'),
    expected: { code: null, source: 'network' },
  },
  {
    what: 'ccxt ExchangeNotAvailable',
    input: clientError(
      'ExchangeNotAvailable',
      'mexc GET https://contract.mexc.com/api/v1/contract/ping 503 Service Temporarily Unavailable',
    ),
    expected: { code: null, source: 'network' },
  },
  {
    what: 'ccxt InsufficientFunds: the MEXC body in its message',
    input: clientError('InsufficientFunds', 'mexc {"success":false,"code":2005,"message":"余额不足"}'),
    expected: { code: 2005, source: 'api', serverMessage: '余额不足' },
  },
  {
    what: 'ccxt error printed as text, with an order id beyond 2^53',
    input: 'OrderNotFound: mexc {"success":false,"code":2040,"message":"order not exist","data":{"orderId":101716841474621953}}',
    expected: { code: 2040, source: 'api', serverMessage: 'order not exist' },
  },
  {
    what: 'ccxt RateLimitExceeded (a NetworkError) whose body has code 510',
    input: clientError('RateLimitExceeded', 'mexc {"success":false,"code":510,"message":"请求频率过快"}'),
    expected: { code: 510, source: 'api', serverMessage: '请求频率过快' },
  },
  // Bodies relayed by other languages' code
  {
    what: 'Python dict repr',
    input: "{'code': 2005, 'msg': '余额不足'}",
    expected: { code: 2005, source: 'api', serverMessage: '余额不足' },
  },
  {
    what: 'Python dict repr inside an exception text',
    input: "mexc.exceptions.MexcAPIException: {'success': False, 'code': 602, 'message': 'Signature verification failed'}",
    expected: { code: 602, source: 'api', serverMessage: 'Signature verification failed' },
  },
  {
    what: 'Java map toString',
    input: '{success=false, code=2005, message=余额不足}',
    expected: { code: 2005, source: 'api', serverMessage: '余额不足' },
  },
  {
    what: 'Node util.inspect output',
    input: "{ success: false, code: 2005, message: '余额不足' }",
    expected: { code: 2005, source: 'api', serverMessage: '余额不足' },
  },
  {
    what: 'almost-JSON: single quotes, unquoted keys, trailing comma',
    input: "{success: false, code: '510', message: 'Requests are too frequent',}",
    expected: { code: 510, source: 'api', serverMessage: 'Requests are too frequent' },
  },
  // Wrappers
  {
    what: 'MexcApiError thrown by unwrapApiResponse',
    input: new MexcApiError({ code: 2005, source: 'api', httpStatus: 200, serverMessage: '余额不足' }),
    expected: { code: 2005, source: 'api', httpStatus: 200, serverMessage: '余额不足' },
  },
];

describe('normalizing real-world inputs', () => {
  it.each(rows)('$what', async ({ input, context, expected }) => {
    const error = input instanceof Response ? await normalizeApiResponse(input) : normalizeApiError(input, context);
    expect(error).toEqual(expected);
    expect(JSON.stringify(error)).not.toContain(API_KEY);
    expect(JSON.stringify(error)).not.toContain(SIGNATURE);
  });
});
