// `{name}` placeholders: filled from values, left visible when a value is missing, listed for parity checks.
import { describe, expect, it } from 'vitest';
import { resolveApiError } from '../../src/core/index';
import { interpolate, placeholdersOf } from '../../src/core/text/interpolate';

describe('interpolate', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Code {code}: {missing}', { code: 2005 })).toBe('Code 2005: {missing}');
    expect(interpolate('{a}{a} {b}', { a: 'x', b: 0 })).toBe('xx 0');
  });

  it('never reads a placeholder from the prototype', () => {
    expect(interpolate('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });
});

describe('placeholdersOf', () => {
  it('lists each placeholder once, sorted', () => {
    expect(placeholdersOf('{b} {a} {b}')).toEqual(['a', 'b']);
    expect(placeholdersOf('no placeholder')).toEqual([]);
  });
});

describe('placeholders in resolved texts', () => {
  it('get {code} and {status} from the error, over a value of the same name', () => {
    expect(resolveApiError(424242).title).toContain('424242');
    expect(resolveApiError('', { context: { httpStatus: 502 } }).message).toContain('502');
    expect(resolveApiError(424242, { values: { code: 'spoofed' } }).title).toContain('424242');
  });

  it('stay visible when the app gives no value for them', () => {
    const messages = { en: { futures: { balance_insufficient: { title: 'Need {amount} USDT' } } } };
    expect(resolveApiError(2005, { messages }).title).toBe('Need {amount} USDT');
  });
});
