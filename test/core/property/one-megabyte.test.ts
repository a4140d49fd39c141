// normalizeApiError and resolveApiError on 1 MB strings: they never throw, return a valid result and
// stay fast.
import { describe, expect, it } from 'vitest';
import { normalizeApiError, resolveApiError, type NormalizeContext } from '../../../src/core/index';
import { HTML_TAG, expectValidApiError, expectValidResolution } from './checks';
import { MB, PROPERTY_TIMEOUT } from './constants';

describe('normalizeApiError and resolveApiError on 1 MB strings', { timeout: PROPERTY_TIMEOUT }, () => {
  const expectShortText = (input: string, context?: NormalizeContext) => {
    const started = performance.now();
    const error = expectValidApiError(input, context);
    expectValidResolution(input, context === undefined ? undefined : { context });
    expect(performance.now() - started).toBeLessThan(5_000);
    return error;
  };

  it('1 MB of "a"', () => {
    const error = expectShortText('a'.repeat(MB));
    expect(error).toMatchObject({ code: null, source: 'unknown' });
  });

  it('a 1 MB HTML error page, with and without a <title>', () => {
    const body = '<div class="row"><p>Upstream error &amp; retry later</p><span>nginx</span></div>\n'.repeat(Math.ceil(MB / 80));
    const withoutTitle = `<!DOCTYPE html><html><head><style>p { color: red }</style></head><body><script>var x = "<b>";</script>${body}</body></html>`;
    const withTitle = `<html><head><title>502 Bad Gateway</title></head><body>${body}</body></html>`;
    expect(withoutTitle.length).toBeGreaterThan(MB);
    for (const page of [withoutTitle, withTitle]) {
      const error = expectShortText(page, { httpStatus: 502 });
      expect(error).toMatchObject({ code: null, source: 'http', httpStatus: 502 });
      expect(error.serverMessage).toBeDefined();
      expect(error.serverMessage).not.toMatch(HTML_TAG);
    }
    expect(normalizeApiError(withTitle, { httpStatus: 502 }).serverMessage).toBe('502 Bad Gateway');
  });

  it('a MEXC body whose message is a 1 MB string', () => {
    const json = JSON.stringify({ success: false, code: 2005, message: 'Balance insufficient. '.repeat(MB / 16) });
    const error = expectShortText(json);
    expect(error).toMatchObject({ code: 2005, source: 'api' });
    expect(Array.from(error.serverMessage ?? '').length).toBeLessThanOrEqual(500);
    expect(error.serverMessage?.endsWith('…')).toBe(true);
    expect(resolveApiError(json).key).toBe('balance_insufficient');
  });

  it('1 MB of "<"', () => {
    const error = expectShortText('<'.repeat(MB));
    expect(error.code).toBeNull();
  });

  it('1 MB of other troublemakers: whitespace, "{", nested JSON arrays, emoji, entities, a hex run', () => {
    const nested = `${'['.repeat(MB / 2)}${']'.repeat(MB / 2)}`;
    for (const input of [
      ' \n\t'.repeat(MB / 3),
      '{'.repeat(MB),
      nested,
      '😀'.repeat(MB / 2),
      '&amp;'.repeat(MB / 5),
      'f'.repeat(MB),
      `<title>${'x'.repeat(MB)}`,
    ]) {
      expectShortText(input);
    }
  });
});
