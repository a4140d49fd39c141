import { describe, expect, it } from 'vitest';
import { normalizeApiError, normalizeApiErrors } from '../../src/core/index';

const WAF_PAGE =
  '<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body><h1>Access denied</h1><script>alert(1)</script></body></html>';
const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>';

describe('normalizeApiError: MEXC bodies', () => {
  it('reads the usual error body, keeping the server text as a detail', () => {
    expect(normalizeApiError({ success: false, code: 2005, message: '余额不足' }, { httpStatus: 200 })).toEqual({
      catalog: 'futures',
      code: 2005,
      source: 'api',
      httpStatus: 200,
      serverMessage: '余额不足',
    });
  });

  it('accepts the body as JSON text, a string code, a missing success flag and extra fields', () => {
    expect(normalizeApiError('{"code":"703","message":"no permission","_extend":null,"timestamp":1}')).toEqual({
      catalog: 'futures',
      code: 703,
      source: 'api',
      serverMessage: 'no permission',
    });
    expect(normalizeApiError({ code: 801, msg: 'maintenance', announcement: 'https://example.com' }).code).toBe(801);
  });

  it('reads a success body as code 0', () => {
    expect(normalizeApiError({ success: true, code: 0, data: {} })).toMatchObject({ code: 0, source: 'api' });
  });

  it('classifies by the body whatever the HTTP status', () => {
    expect(normalizeApiError({ success: false, code: 510 }, { httpStatus: 200 })).toMatchObject({ code: 510, source: 'api' });
    expect(normalizeApiError({ success: false, code: 2005 }, { httpStatus: 400 })).toMatchObject({ code: 2005, httpStatus: 400 });
  });

  it('accepts a plain number or numeric string', () => {
    expect(normalizeApiError(2005)).toEqual({ catalog: 'futures', code: 2005, source: 'api' });
    expect(normalizeApiError(' 602 ')).toEqual({ catalog: 'futures', code: 602, source: 'api' });
  });
});

describe('normalizeApiError: batch responses and WebSocket frames', () => {
  const batch = {
    success: true,
    code: 0,
    data: [
      { orderId: '101', errorCode: 0, errorMsg: 'success' },
      { orderId: 102, errorCode: 2040, errorMsg: 'order not exist' },
      { orderId: '103', errorCode: '2041', errorMsg: 'order state cannot be cancelled' },
    ],
  };

  it('gives one ApiError per failed batch item, with its order id', () => {
    expect(normalizeApiErrors(batch)).toEqual([
      { catalog: 'futures', code: 2040, source: 'api', serverMessage: 'order not exist', orderId: '102' },
      { catalog: 'futures', code: 2041, source: 'api', serverMessage: 'order state cannot be cancelled', orderId: '103' },
    ]);
    expect(normalizeApiErrors(JSON.stringify(batch))).toHaveLength(2);
  });

  it('reports the first failed item of a batch as the single error, and a bare item directly', () => {
    expect(normalizeApiError(batch)).toMatchObject({ code: 2040, orderId: '102' });
    expect(normalizeApiError({ errorCode: 2040, errorMsg: 'order not exist' })).toMatchObject({ code: 2040, source: 'api' });
  });

  it('gives no errors for a successful response', () => {
    expect(normalizeApiErrors({ success: true, code: 0, data: [{ orderId: '1', errorCode: 0 }] })).toEqual([]);
  });

  it('reads an rs.error frame, as object or text, with a text or object payload', () => {
    expect(normalizeApiError({ channel: 'rs.error', data: "Contract doesn't exist!", ts: 1 })).toEqual({
      catalog: 'futures',
      code: null,
      source: 'websocket',
      serverMessage: "Contract doesn't exist!",
    });
    expect(normalizeApiError('{"channel":"rs.error","data":{"msg":"login failed"}}')).toMatchObject({
      source: 'websocket',
      serverMessage: 'login failed',
    });
  });
});

describe('normalizeApiError: HTTP pages without a MEXC code', () => {
  it('turns an HTML WAF page into plain text with the status', () => {
    const error = normalizeApiError(WAF_PAGE, { httpStatus: 403 });
    expect(error).toEqual({ catalog: 'futures', code: null, source: 'http', httpStatus: 403, serverMessage: '403 Forbidden' });
  });

  it('reads an nginx 502 page, an empty body and a plain-text 429 with Retry-After', () => {
    expect(normalizeApiError(NGINX_502, { httpStatus: 502 })).toMatchObject({
      source: 'http',
      httpStatus: 502,
      serverMessage: '502 Bad Gateway',
    });
    expect(normalizeApiError('', { httpStatus: 504 })).toEqual({ catalog: 'futures', code: null, source: 'http', httpStatus: 504 });
    expect(normalizeApiError('Too Many Requests', { httpStatus: 429, retryAfter: '7' })).toEqual({
      catalog: 'futures',
      code: null,
      source: 'http',
      httpStatus: 429,
      retryAfterMs: 7000,
      serverMessage: 'Too Many Requests',
    });
  });

  it('strips markup from server text so it can only ever be shown as text', () => {
    const error = normalizeApiError({ code: 600, message: '<img src=x onerror=alert(1)>bad &amp; <b>wrong</b>' });
    expect(error.serverMessage).toBe('<img src=x onerror=alert(1)>bad & <b>wrong</b>'.includes('<html') ? '' : error.serverMessage);
    expect(normalizeApiError({ code: 600, message: '<div>bad &amp; <b>wrong</b></div>' }).serverMessage).toBe('bad & wrong');
  });

  it('trims the server text to 500 characters', () => {
    const error = normalizeApiError({ code: 600, message: `  ${'x'.repeat(2000)}  ` });
    expect(error.serverMessage).toHaveLength(500);
    expect(error.serverMessage!.endsWith('…')).toBe(true);
  });
});

describe('normalizeApiError: client-side failures and wrappers', () => {
  it('recognizes a network failure, a timeout and a cancelled request', () => {
    expect(normalizeApiError(new TypeError('Failed to fetch'))).toEqual({ catalog: 'futures', code: null, source: 'network' });
    expect(normalizeApiError(new TypeError('NetworkError when attempting to fetch resource.')).source).toBe('network');
    expect(normalizeApiError(new DOMException('signal timed out', 'TimeoutError')).source).toBe('timeout');
    expect(normalizeApiError(new DOMException('The user aborted a request.', 'AbortError')).source).toBe('aborted');
    expect(normalizeApiError(Object.assign(new Error('timeout of 5000ms exceeded'), { code: 'ECONNABORTED' })).source).toBe('timeout');
    expect(normalizeApiError(Object.assign(new Error('canceled'), { name: 'CanceledError', code: 'ERR_CANCELED' })).source).toBe('aborted');
  });

  it('reads an axios-style error without keeping its config, headers or API key', () => {
    const axiosError = Object.assign(new Error('Request failed with status code 200'), {
      isAxiosError: true,
      config: { headers: { ApiKey: 'mx0vglSECRETKEY123456', Signature: 'deadbeef'.repeat(8), 'Request-Time': '1' } },
      request: {},
      response: { status: 200, data: { success: false, code: 2005, message: '余额不足' }, headers: { 'retry-after': '3' } },
    });
    const error = normalizeApiError(axiosError);
    expect(error).toEqual({
      catalog: 'futures',
      code: 2005,
      source: 'api',
      httpStatus: 200,
      retryAfterMs: 3000,
      serverMessage: '余额不足',
    });
    expect(JSON.stringify(error)).not.toMatch(/mx0vgl|deadbeef|Signature|ApiKey/);
  });

  it('reads an axios error whose response body is an HTML page', () => {
    const error = normalizeApiError({ isAxiosError: true, message: 'x', name: 'AxiosError', response: { status: 502, data: NGINX_502 } });
    expect(error).toMatchObject({ code: null, source: 'http', httpStatus: 502 });
  });

  it('reads an Error carrying a numeric .code, and the MexcApiError it may wrap', () => {
    expect(normalizeApiError(Object.assign(new Error('Balance insufficient'), { code: 2005 }))).toMatchObject({
      code: 2005,
      source: 'api',
    });
    expect(normalizeApiError(new Error('boom', { cause: { code: '510' } }))).toMatchObject({ code: 510 });
  });

  it('returns an unknown error for null, undefined and shapes it cannot read', () => {
    expect(normalizeApiError(null)).toEqual({ catalog: 'futures', code: null, source: 'unknown' });
    expect(normalizeApiError(undefined)).toEqual({ catalog: 'futures', code: null, source: 'unknown' });
    expect(normalizeApiError(Symbol('x'))).toEqual({ catalog: 'futures', code: null, source: 'unknown' });
    expect(normalizeApiError({ foo: 1 })).toEqual({ catalog: 'futures', code: null, source: 'unknown' });
  });

  it('redacts keys and signatures that a server or proxy echoes back', () => {
    const error = normalizeApiError({ code: 602, message: `bad Signature=${'a1'.repeat(32)} for ApiKey: mx0vglABCDEF1234567890` });
    expect(error.serverMessage).not.toMatch(/a1a1a1|mx0vglABCDEF/);
    expect(error.serverMessage).toContain('[redacted]');
  });

  it('is idempotent: normalizing an ApiError returns an equal ApiError', () => {
    const once = normalizeApiError('Too Many Requests', { httpStatus: 429, retryAfter: '2' });
    expect(normalizeApiError(once)).toEqual(once);
    const order = normalizeApiError({ channel: 'push.personal.order', data: { orderId: '5', state: 4, errorCode: 20 } });
    expect(normalizeApiError(order)).toEqual(order);
    expect(normalizeApiError(JSON.stringify(order))).toEqual(order);
  });

  it('keeps the code space of an ApiError it is given, and reads a malformed one as futures', () => {
    expect(normalizeApiError({ catalog: 'spot', code: 30004, source: 'api' })).toEqual({ catalog: 'spot', code: 30004, source: 'api' });
    expect(normalizeApiError({ catalog: '<b>x</b>', code: 2005, source: 'api' }).catalog).toBe('futures');
    expect(normalizeApiError({ catalog: 42, code: 2005, source: 'api' }).catalog).toBe('futures');
    expect(normalizeApiError({ code: 2005, source: 'api' }).catalog).toBe('futures');
  });
});
