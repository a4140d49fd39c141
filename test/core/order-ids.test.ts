// Order ids beyond 2^53: read exactly from JSON text and Responses, reported (never rounded) when they
// arrive as already-parsed numbers.
import { describe, expect, it } from 'vitest';
import {
  normalizeApiError,
  normalizeApiErrors,
  normalizeApiResponse,
  resolveApiError,
  unwrapApiResponse,
  type ApiError,
} from '../../src/core/index';
import { parseJsonExact, quoteUnsafeIntegers } from '../../src/core/errors/json-text';
import { formatErrorDetails } from '../../src/react/ToastDetails';

describe('quoteUnsafeIntegers', () => {
  it('quotes integer literals beyond 2^53 and leaves everything else as it is', () => {
    expect(quoteUnsafeIntegers('{"orderId":101716841474621953,"n":2005}')).toBe('{"orderId":"101716841474621953","n":2005}');
    expect(quoteUnsafeIntegers('[-9007199254740993,9007199254740992,9007199254740991]')).toBe(
      '["-9007199254740993","9007199254740992",9007199254740991]',
    );
    expect(quoteUnsafeIntegers('[1.5e300,12345678901234567890.5,12345678901234567890e2]')).toBe(
      '[1.5e300,12345678901234567890.5,12345678901234567890e2]',
    );
  });

  it('never touches digits inside string literals, escaped quotes included', () => {
    const text = '{"msg":"id 101716841474621953 \\" 108885377779302912","id":108885377779302912}';
    expect(quoteUnsafeIntegers(text)).toBe('{"msg":"id 101716841474621953 \\" 108885377779302912","id":"108885377779302912"}');
  });

  it('keeps invalid JSON invalid (a leading zero stays a syntax error)', () => {
    expect(parseJsonExact('[01716841474621953123]')).toBeUndefined();
    expect(parseJsonExact('{"a":101716841474621953')).toBeUndefined();
    expect(parseJsonExact('not json')).toBeUndefined();
  });

  it('parses with exact integers and never throws, even on a megabyte of digits or brackets', () => {
    expect(parseJsonExact('{"data":[{"orderId":108885377779302912}]}')).toEqual({ value: { data: [{ orderId: '108885377779302912' }] } });
    expect(parseJsonExact('9'.repeat(1 << 20))?.value).toBe('9'.repeat(1 << 20));
    expect(() => parseJsonExact('['.repeat(1 << 20))).not.toThrow();
  });
});

describe('order ids in JSON text and Responses are exact', () => {
  const batch =
    '{"success":true,"code":0,"data":[{"orderId":101716841474621953,"errorCode":2040,"errorMsg":"order not exist"},' +
    '{"orderId":108885377779302912,"errorCode":2041,"errorMsg":"order state cannot be cancelled"}]}';

  it('normalizeApiErrors keeps every failed item’s id', () => {
    expect(normalizeApiErrors(batch).map((error) => error.orderId)).toEqual(['101716841474621953', '108885377779302912']);
  });

  it('normalizeApiResponse reads the ids from the raw text', async () => {
    expect(await normalizeApiResponse(new Response(batch))).toMatchObject({ code: 2040, orderId: '101716841474621953' });
  });

  it('unwrapApiResponse returns large integers in data as exact strings and smaller ones as numbers', async () => {
    const ok = '{"success":true,"code":0,"data":{"orderId":101716841474621953,"vol":3,"price":64250.5}}';
    expect(await unwrapApiResponse(new Response(ok))).toEqual({ orderId: '101716841474621953', vol: 3, price: 64250.5 });
    expect(await unwrapApiResponse(new Response('{"success":true,"code":0,"data":108885377779302912}'))).toBe('108885377779302912');
  });

  it('never reads an unsafe integer as a MEXC code', () => {
    expect(normalizeApiError('{"success":false,"code":9007199254740993,"message":"x"}')).toEqual({
      catalog: 'futures',
      code: null,
      source: 'api',
      serverMessage: 'x',
    });
    expect(normalizeApiError('{"code":123456789012345678901}')).toEqual({ catalog: 'futures', code: null, source: 'unknown' });
  });
});

describe('orderIdUnsafe: an id that was rounded before the kit saw it', () => {
  // What `await res.json()` gives: the last digits are already gone.
  const parsed = JSON.parse('{"orderId":101716841474621953,"errorCode":2040,"errorMsg":"order not exist"}') as unknown;

  it('reports the id as unsafe instead of passing on a different order’s id', () => {
    const error = normalizeApiError(parsed);
    expect(error).toEqual({ catalog: 'futures', code: 2040, source: 'api', serverMessage: 'order not exist', orderIdUnsafe: true });
    expect(error.orderId).toBeUndefined();
  });

  it('keeps safe numbers and bigints exact', () => {
    expect(normalizeApiError({ orderId: 9007199254740991, errorCode: 2040 }).orderId).toBe('9007199254740991');
    expect(normalizeApiError({ orderId: 101716841474621953n, errorCode: 2040 }).orderId).toBe('101716841474621953');
  });

  it('survives normalizing again, as an object or as JSON text, and resolving', () => {
    const error = normalizeApiError(parsed);
    expect(normalizeApiError(error)).toEqual(error);
    expect(normalizeApiError(JSON.stringify(error))).toEqual(error);
    expect(resolveApiError(parsed)).toMatchObject({ key: 'order_not_found', orderIdUnsafe: true });
    expect(resolveApiError(parsed).orderId).toBeUndefined();
  });

  it('is never set together with an order id', () => {
    const both = { catalog: 'futures', code: 2040, source: 'api', orderId: '7', orderIdUnsafe: true } satisfies ApiError;
    expect(normalizeApiError(both)).toEqual({ catalog: 'futures', code: 2040, source: 'api', orderId: '7' });
  });

  it('says so in the copied details', () => {
    const details = formatErrorDetails(resolveApiError(parsed), Date.UTC(2026, 0, 1));
    expect(details).toContain('Order: id too large to read exactly');
    expect(details).not.toMatch(/10171684147462195/);
  });
});
