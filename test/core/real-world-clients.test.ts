// One table of failures as client libraries report them: fetch, undici, axios, got, ky and ccxt (as
// objects and printed as text), bodies relayed by other languages' code, and the kit's own MexcApiError.
// Each row gives the whole expected ApiError: nothing else may leak, not the key or signature of a config.
import { describe, it } from 'vitest';
import { MexcApiError } from '../../src/core/index';
import { API_KEY, NGINX_502, SIGNATURE, SUBMIT, expectRow, type Row } from './real-world-rows';

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

const rows: Row[] = [
  // fetch in browsers, undici in Node
  {
    what: 'Chrome fetch failure',
    input: new TypeError('Failed to fetch'),
    expected: { catalog: 'futures', code: null, source: 'network' },
  },
  {
    what: 'Firefox fetch failure',
    input: new TypeError('NetworkError when attempting to fetch resource.'),
    expected: { catalog: 'futures', code: null, source: 'network' },
  },
  { what: 'Safari fetch failure', input: new TypeError('Load failed'), expected: { catalog: 'futures', code: null, source: 'network' } },
  {
    what: 'fetch failure printed as text',
    input: 'TypeError: Failed to fetch',
    expected: { catalog: 'futures', code: null, source: 'network' },
  },
  {
    what: 'cancelled fetch (AbortError)',
    input: new DOMException('The user aborted a request.', 'AbortError'),
    expected: { catalog: 'futures', code: null, source: 'aborted' },
  },
  {
    what: 'AbortSignal.timeout fired (TimeoutError)',
    input: new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
    expected: { catalog: 'futures', code: null, source: 'timeout' },
  },
  {
    what: 'undici: fetch failed, cause ConnectTimeoutError',
    input: undiciFailure(
      'ConnectTimeoutError',
      'UND_ERR_CONNECT_TIMEOUT',
      'Connect Timeout Error (attempted address: contract.mexc.com:443, timeout: 10000ms)',
    ),
    expected: { catalog: 'futures', code: null, source: 'timeout' },
  },
  {
    what: 'undici: fetch failed, cause HeadersTimeoutError',
    input: undiciFailure('HeadersTimeoutError', 'UND_ERR_HEADERS_TIMEOUT', 'Headers Timeout Error'),
    expected: { catalog: 'futures', code: null, source: 'timeout' },
  },
  {
    what: 'undici: fetch failed, cause BodyTimeoutError',
    input: undiciFailure('BodyTimeoutError', 'UND_ERR_BODY_TIMEOUT', 'Body Timeout Error'),
    expected: { catalog: 'futures', code: null, source: 'timeout' },
  },
  {
    what: 'undici: fetch failed, cause SocketError',
    input: undiciFailure('SocketError', 'UND_ERR_SOCKET', 'other side closed'),
    expected: { catalog: 'futures', code: null, source: 'network' },
  },
  {
    what: 'undici: fetch failed, cause ECONNREFUSED',
    input: undiciFailure('Error', 'ECONNREFUSED', 'connect ECONNREFUSED 203.0.113.7:443'),
    expected: { catalog: 'futures', code: null, source: 'network' },
  },
  {
    what: 'undici failure as Node prints it (cause and inspect block)',
    input:
      'TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13 {\n  [cause]: ConnectTimeoutError: Connect Timeout Error ' +
      "(attempted address: contract.mexc.com:443, timeout: 10000ms)\n      at onConnectTimeout (node:internal/deps/undici/undici:2602:28) {\n    code: 'UND_ERR_CONNECT_TIMEOUT'\n  }\n}",
    expected: { catalog: 'futures', code: null, source: 'timeout' },
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
    expected: { catalog: 'futures', code: 2005, source: 'api', httpStatus: 200, retryAfterMs: 3000, serverMessage: '余额不足' },
  },
  {
    what: 'axios timeout (ECONNABORTED)',
    input: clientError('AxiosError', 'timeout of 5000ms exceeded', { code: 'ECONNABORTED', config: axiosConfig, isAxiosError: true }),
    expected: { catalog: 'futures', code: null, source: 'timeout' },
  },
  {
    what: 'axios network failure (ERR_NETWORK)',
    input: clientError('AxiosError', 'Network Error', { code: 'ERR_NETWORK', config: axiosConfig, isAxiosError: true }),
    expected: { catalog: 'futures', code: null, source: 'network' },
  },
  {
    what: 'axios error with an HTML 502 body',
    input: clientError('AxiosError', 'Request failed with status code 502', {
      isAxiosError: true,
      config: axiosConfig,
      response: { status: 502, data: NGINX_502, headers: {} },
    }),
    expected: { catalog: 'futures', code: null, source: 'http', httpStatus: 502, serverMessage: '502 Bad Gateway' },
  },
  {
    what: 'axios timeout printed as text',
    input: 'AxiosError: timeout of 5000ms exceeded',
    expected: { catalog: 'futures', code: null, source: 'timeout' },
  },
  {
    what: 'axios network failure printed as text',
    input: 'AxiosError: Network Error',
    expected: { catalog: 'futures', code: null, source: 'network' },
  },
  {
    what: 'axios cancellation',
    input: clientError('CanceledError', 'canceled', { code: 'ERR_CANCELED' }),
    expected: { catalog: 'futures', code: null, source: 'aborted' },
  },
  // got
  {
    what: 'got TimeoutError',
    input: clientError('TimeoutError', "Timeout awaiting 'request' for 5000ms", { code: 'ETIMEDOUT', event: 'request' }),
    expected: { catalog: 'futures', code: null, source: 'timeout' },
  },
  {
    what: 'got RequestError ECONNRESET',
    input: clientError('RequestError', 'read ECONNRESET', { code: 'ECONNRESET' }),
    expected: { catalog: 'futures', code: null, source: 'network' },
  },
  {
    what: 'got RequestError ETIMEDOUT',
    input: clientError('RequestError', 'connect ETIMEDOUT 203.0.113.7:443', { code: 'ETIMEDOUT' }),
    expected: { catalog: 'futures', code: null, source: 'timeout' },
  },
  {
    what: 'got HTTPError: statusCode and a text body',
    input: clientError('HTTPError', 'Response code 400 (Bad Request)', {
      code: 'ERR_NON_2XX_3XX_RESPONSE',
      response: { statusCode: 400, body: '{"success":false,"code":600,"message":"参数错误"}', headers: {} },
    }),
    expected: { catalog: 'futures', code: 600, source: 'api', httpStatus: 400, serverMessage: '参数错误' },
  },
  // ky
  {
    what: 'ky TimeoutError',
    input: clientError('TimeoutError', `Request timed out: POST ${SUBMIT}`),
    expected: { catalog: 'futures', code: null, source: 'timeout' },
  },
  {
    what: 'ky TimeoutError printed as text',
    input: 'TimeoutError: Request timed out',
    expected: { catalog: 'futures', code: null, source: 'timeout' },
  },
  {
    what: 'ky HTTPError: the response is a fetch Response',
    input: clientError('HTTPError', `Request failed with status code 503 Service Unavailable: POST ${SUBMIT}`, {
      response: new Response('', { status: 503, headers: { 'Retry-After': '30' } }),
    }),
    expected: { catalog: 'futures', code: null, source: 'http', httpStatus: 503, retryAfterMs: 30_000 },
  },
  // ccxt
  {
    what: 'ccxt RequestTimeout printed as text',
    input: `RequestTimeout: mexc POST ${SUBMIT}`,
    expected: { catalog: 'futures', code: null, source: 'timeout' },
  },
  {
    what: 'ccxt RequestTimeout (Python) printed as text',
    input: `ccxt.base.errors.RequestTimeout: mexc POST ${SUBMIT}`,
    expected: { catalog: 'futures', code: null, source: 'timeout' },
  },
  {
    what: 'ccxt RequestTimeout',
    input: clientError('RequestTimeout', `mexc POST ${SUBMIT}`),
    expected: { catalog: 'futures', code: null, source: 'timeout' },
  },
  {
    what: 'ccxt NetworkError',
    input: clientError('NetworkError', 'mexc GET https://contract.mexc.com/api/v1/private/account/assets'),
    expected: { catalog: 'futures', code: null, source: 'network' },
  },
  {
    what: 'ccxt ExchangeNotAvailable',
    input: clientError(
      'ExchangeNotAvailable',
      'mexc GET https://contract.mexc.com/api/v1/contract/ping 503 Service Temporarily Unavailable',
    ),
    expected: { catalog: 'futures', code: null, source: 'network' },
  },
  {
    what: 'ccxt InsufficientFunds: the MEXC body in its message',
    input: clientError('InsufficientFunds', 'mexc {"success":false,"code":2005,"message":"余额不足"}'),
    expected: { catalog: 'futures', code: 2005, source: 'api', serverMessage: '余额不足' },
  },
  {
    what: 'ccxt error printed as text, with an order id beyond 2^53',
    input: 'OrderNotFound: mexc {"success":false,"code":2040,"message":"order not exist","data":{"orderId":101716841474621953}}',
    expected: { catalog: 'futures', code: 2040, source: 'api', serverMessage: 'order not exist' },
  },
  {
    what: 'ccxt RateLimitExceeded (a NetworkError) whose body has code 510',
    input: clientError('RateLimitExceeded', 'mexc {"success":false,"code":510,"message":"请求频率过快"}'),
    expected: { catalog: 'futures', code: 510, source: 'api', serverMessage: '请求频率过快' },
  },
  // Bodies relayed by other languages' code
  {
    what: 'Python dict repr',
    input: "{'code': 2005, 'msg': '余额不足'}",
    expected: { catalog: 'futures', code: 2005, source: 'api', serverMessage: '余额不足' },
  },
  {
    what: 'Python dict repr inside an exception text',
    input: "mexc.exceptions.MexcAPIException: {'success': False, 'code': 602, 'message': 'Signature verification failed'}",
    expected: { catalog: 'futures', code: 602, source: 'api', serverMessage: 'Signature verification failed' },
  },
  {
    what: 'Java map toString',
    input: '{success=false, code=2005, message=余额不足}',
    expected: { catalog: 'futures', code: 2005, source: 'api', serverMessage: '余额不足' },
  },
  {
    what: 'Node util.inspect output',
    input: "{ success: false, code: 2005, message: '余额不足' }",
    expected: { catalog: 'futures', code: 2005, source: 'api', serverMessage: '余额不足' },
  },
  {
    what: 'almost-JSON: single quotes, unquoted keys, trailing comma',
    input: "{success: false, code: '510', message: 'Requests are too frequent',}",
    expected: { catalog: 'futures', code: 510, source: 'api', serverMessage: 'Requests are too frequent' },
  },
  // Wrappers
  {
    what: 'MexcApiError thrown by unwrapApiResponse',
    input: new MexcApiError({ catalog: 'futures', code: 2005, source: 'api', httpStatus: 200, serverMessage: '余额不足' }),
    expected: { catalog: 'futures', code: 2005, source: 'api', httpStatus: 200, serverMessage: '余额不足' },
  },
];

describe('normalizing real-world client errors', () => {
  it.each(rows)('$what', expectRow);
});
