import { describe, expect, it } from 'vitest';
import {
  apiErrorRetryDelay,
  getApiErrorDefinition,
  isRetryableApiError,
  normalizeApiError,
  resolveApiError,
  shouldRetryApiError,
} from '../../src/core/index';
import { isRetryable } from '../../src/core/retry';

const body = (code: number) => ({ success: false, code, message: 'x' });
/** The retry rule the catalog gives a failure. */
const retryRule = (failure: unknown) => getApiErrorDefinition(normalizeApiError(failure)).retry;

describe('retry policy', () => {
  it('never retries codes that fail the same way again', () => {
    for (const code of [2005, 600, 401, 402, 406, 602, 1000, 2011]) expect(isRetryableApiError(body(code)), String(code)).toBe(false);
    expect(isRetryableApiError(new DOMException('x', 'AbortError'))).toBe(false);
  });

  it('never retries a WebSocket rs.error: the same subscription fails the same way', () => {
    const frame = { channel: 'rs.error', data: "Contract doesn't exist!", ts: 1700000000000 };
    expect(retryRule(frame)).toBe('never');
    expect(isRetryableApiError(frame, { operation: 'read' })).toBe(false);
    expect(shouldRetryApiError(0, JSON.stringify(frame))).toBe(false);
  });

  it('re-reads after a timeout or network failure of any common client, never re-sends a write', () => {
    const failures = [
      'RequestTimeout: mexc POST https://contract.mexc.com/api/v1/private/order/submit',
      Object.assign(new Error('mexc GET https://contract.mexc.com/api/v1/private/position/open_positions'), { name: 'NetworkError' }),
      new TypeError('fetch failed', {
        cause: Object.assign(new Error('Headers Timeout Error'), { name: 'HeadersTimeoutError', code: 'UND_ERR_HEADERS_TIMEOUT' }),
      }),
    ];
    for (const failure of failures) {
      expect(retryRule(failure)).toBe('check_state_first');
      expect(isRetryableApiError(failure, { operation: 'write' })).toBe(false);
      expect(isRetryableApiError(failure, { operation: 'read' })).toBe(true);
    }
  });

  it('retries rate limits and busy servers with backoff', () => {
    for (const code of [510, 2037, 501]) {
      expect(isRetryableApiError(body(code))).toBe(true);
      expect(shouldRetryApiError(2, body(code))).toBe(true);
      expect(shouldRetryApiError(3, body(code))).toBe(false);
    }
  });

  it('retries 513 exactly once, immediately after the clock sync', () => {
    expect(shouldRetryApiError(0, body(513))).toBe(true);
    expect(shouldRetryApiError(1, body(513))).toBe(false);
    expect(apiErrorRetryDelay(0, body(513))).toBe(0);
  });

  it('re-reads but never blindly re-sends a write whose outcome is unknown', () => {
    for (const failure of [body(500), body(504), new TypeError('Failed to fetch'), body(603)]) {
      expect(isRetryableApiError(failure)).toBe(false);
      expect(isRetryableApiError(failure, { operation: 'write' })).toBe(false);
      expect(isRetryableApiError(failure, { operation: 'read' })).toBe(true);
    }
  });

  it('retries a 500 that announces maintenance with backoff: nothing went through', () => {
    const maintenance = { success: false, code: 500, message: 'System maintenance' };
    expect(retryRule(maintenance)).toBe('backoff');
    expect(isRetryableApiError(maintenance, { operation: 'write' })).toBe(true);
    expect(shouldRetryApiError(2, maintenance)).toBe(true);
    expect(shouldRetryApiError(3, maintenance)).toBe(false);
  });

  it('never retries an order record: it reports how the order ended', () => {
    for (const errorCode of [2, 8, 20]) {
      const frame = { channel: 'push.personal.order', data: { orderId: '1', state: 4, errorCode } };
      expect(isRetryableApiError(frame, { operation: 'read' }), String(errorCode)).toBe(false);
    }
  });

  it('decides retryable in one rule: resolveApiError agrees with the retry policy for writes', () => {
    const failures = [body(2005), body(510), body(513), body(500), body(504), body(603), body(424242), new TypeError('Failed to fetch')];
    for (const failure of [...failures, { success: false, code: 500, message: 'System maintenance' }, { state: 4, errorCode: 20 }]) {
      expect(resolveApiError(failure).retryable, JSON.stringify(failure)).toBe(isRetryableApiError(failure));
    }
    expect(isRetryable('never', 'read')).toBe(false);
    expect(isRetryable('backoff', 'write')).toBe(true);
    expect(isRetryable('after_clock_sync', 'write')).toBe(true);
    expect(isRetryable('check_state_first', 'write')).toBe(false);
    expect(isRetryable('check_state_first', 'read')).toBe(true);
    expect(isRetryable('check_state_first')).toBe(false);
  });

  it('backs off exponentially with jitter, capped', () => {
    const low = { random: () => 0 };
    const high = { random: () => 0.999999 };
    expect(apiErrorRetryDelay(0, body(510), low)).toBe(500);
    expect(apiErrorRetryDelay(0, body(510), high)).toBe(1000);
    expect(apiErrorRetryDelay(3, body(510), low)).toBe(4000);
    expect(apiErrorRetryDelay(20, body(510), high)).toBe(30_000);
    expect(apiErrorRetryDelay(2, body(510), { baseMs: 100, maxMs: 250, random: () => 1 })).toBe(250);
    const delays = Array.from({ length: 50 }, () => apiErrorRetryDelay(1, body(510)));
    expect(new Set(delays).size).toBeGreaterThan(1);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(1000);
      expect(delay).toBeLessThanOrEqual(2000);
    }
  });

  it('honours Retry-After', () => {
    expect(apiErrorRetryDelay(0, { catalog: 'futures', source: 'http', code: null, httpStatus: 429, retryAfterMs: 7000 })).toBe(7000);
    expect(apiErrorRetryDelay(0, 'Too Many Requests', {})).toBeLessThanOrEqual(1000);
  });

  it('treats garbage attempt numbers as the first attempt', () => {
    expect(apiErrorRetryDelay(Number.NaN, body(510), { random: () => 0 })).toBe(500);
    expect(apiErrorRetryDelay(-4, body(510), { random: () => 0 })).toBe(500);
  });
});
