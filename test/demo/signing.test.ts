// @vitest-environment node
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SIMULATOR_ERROR_CODES, serverMessage } from '../../stories/demo/api/server-messages';
import { signRequest, signaturesMatch, toQueryParamString } from '../../stories/demo/api/signing';
import { enTable, zhTable } from './harness';

describe('signing', () => {
  it('is hex HMAC-SHA256 of apiKey + requestTime + paramString, like node:crypto', async () => {
    const input = { apiKey: 'key', secretKey: 'secret', requestTime: '1700000000000', paramString: '{"a":1}' };
    const expected = createHmac('sha256', 'secret').update('key1700000000000{"a":1}').digest('hex');
    expect(await signRequest(input)).toBe(expected);
  });

  it('sorts GET params by key and drops empty ones', () => {
    expect(toQueryParamString({ symbol: 'BTC_USDT', page_size: 10, b: undefined, a: null })).toBe('page_size=10&symbol=BTC_USDT');
    expect(toQueryParamString()).toBe('');
  });

  it('compares signatures exactly', () => {
    expect(signaturesMatch('ab12', 'ab12')).toBe(true);
    expect(signaturesMatch('ab12', 'ab13')).toBe(false);
    expect(signaturesMatch('ab12', 'ab1')).toBe(false);
  });
});

describe('server texts', () => {
  it('cover every code the simulator answers with', () => {
    expect([...SIMULATOR_ERROR_CODES].sort()).toEqual(
      [401, 510, 513, 600, 601, 602, 1001, 2005, 2006, 2008, 2009, 2011, 2013, 2015, 2021, 6005].sort(),
    );
  });

  it('are MEXC’s own, word for word', () => {
    for (const code of SIMULATOR_ERROR_CODES) {
      expect(serverMessage(code), String(code)).toBe(zhTable.get(code));
      expect(serverMessage(code, 'en'), String(code)).toBe(enTable.get(code));
    }
  });
});
