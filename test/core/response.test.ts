import { describe, expect, it } from 'vitest';
import { MexcApiError, normalizeApiError, normalizeApiResponse, unwrapApiResponse } from '../../src/core/index';

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

describe('normalizeApiResponse', () => {
  it('reads an HTTP 200 error body and leaves the body readable for the caller', async () => {
    const response = json({ success: false, code: 2005, message: '余额不足' });
    expect(await normalizeApiResponse(response)).toEqual({
      catalog: 'futures',
      code: 2005,
      source: 'api',
      httpStatus: 200,
      serverMessage: '余额不足',
    });
    expect(await response.json()).toMatchObject({ code: 2005 });
  });

  it('reads a 429 with Retry-After and a 403 HTML page', async () => {
    const limited = new Response('', { status: 429, headers: { 'Retry-After': '5' } });
    expect(await normalizeApiResponse(limited)).toEqual({
      catalog: 'futures',
      code: null,
      source: 'http',
      httpStatus: 429,
      retryAfterMs: 5000,
    });
    const waf = new Response('<html><head><title>Access Denied</title></head></html>', { status: 403 });
    expect(await normalizeApiResponse(waf)).toMatchObject({ source: 'http', httpStatus: 403, serverMessage: 'Access Denied' });
  });

  it('reads the reason on an order query’s record as an order-catalog code', async () => {
    const text = '{"success":true,"code":0,"data":{"orderId":101716841474621953,"state":4,"errorCode":20}}';
    expect(await normalizeApiResponse(new Response(text))).toEqual({
      catalog: 'order',
      code: 20,
      source: 'api',
      httpStatus: 200,
      orderId: '101716841474621953',
    });
  });

  it('never rejects, even for a body that was already read', async () => {
    const response = json({ code: 510 });
    await response.text();
    expect(await normalizeApiResponse(response)).toMatchObject({ httpStatus: 200 });
  });
});

describe('unwrapApiResponse', () => {
  it('returns data of a success envelope', async () => {
    expect(await unwrapApiResponse(json({ success: true, code: 0, data: [{ currency: 'USDT' }] }))).toEqual([{ currency: 'USDT' }]);
  });

  it('throws a MexcApiError carrying the normalized error that the normalizer reads back', async () => {
    const thrown = await unwrapApiResponse(json({ success: false, code: 2005, message: '余额不足' })).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(MexcApiError);
    expect(thrown).toMatchObject({ code: 2005, message: 'MEXC API error 2005' });
    expect(normalizeApiError(thrown)).toEqual({
      catalog: 'futures',
      code: 2005,
      source: 'api',
      httpStatus: 200,
      serverMessage: '余额不足',
    });
  });

  it('returns an order record as data: a cancelled order is an answer, not a failed request', async () => {
    const record = { orderId: '7', state: 4, errorCode: 20 };
    expect(await unwrapApiResponse(json({ success: true, code: 0, data: record }))).toEqual(record);
  });

  it('throws for a non-JSON page and for a success flag on an HTTP error status', async () => {
    await expect(unwrapApiResponse(new Response('<html>bad gateway</html>', { status: 502 }))).rejects.toMatchObject({
      apiError: { source: 'http', httpStatus: 502 },
    });
    await expect(unwrapApiResponse(json({ success: true, code: 0 }, { status: 500 }))).rejects.toBeInstanceOf(MexcApiError);
  });
});
