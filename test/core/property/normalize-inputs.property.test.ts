// Property-based tests: normalizeApiError is total. Whatever it is given (JSON, any string, numbers,
// hostile objects, throwing getters, cycles, Proxies) and whatever context comes with it, it never
// throws and always returns a valid ApiError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeApiError } from '../../../src/core/index';
import { HTML_TAG, expectBothValid, expectValidApiError } from './checks';
import { PROPERTY_TIMEOUT, RUNS, SMALL_RUNS } from './constants';
import { hostileObject, lazy, plantTraps, proxyTargets, revokedProxy, throwingProxy, trapLabel, trapsArb } from './hostile';
import { anyInput, cyclicObject, withProxies, withThrowingGetters } from './inputs';
import { allKindsOfValues, anyNumber, anyString, objectWithAnyPrototype } from './inputs-generic';
import { mexcShaped, retryAfterLike, statusLike } from './inputs-mexc';
import { contextArb } from './options';

describe('normalizeApiError never throws and returns a valid ApiError', { timeout: PROPERTY_TIMEOUT }, () => {
  it('for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expectValidApiError(input);
      }),
      { numRuns: RUNS },
    );
  });

  it('for arbitrary strings: unicode, full unicode, lone surrogates, JSON text, markup, entities', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        expectValidApiError(input);
      }),
      { numRuns: RUNS },
    );
  });

  it('for numbers: doubles (NaN, ±Infinity, -0), integers, safe and unsafe integers, bigints', () => {
    fc.assert(
      fc.property(anyNumber, (input) => {
        const error = expectValidApiError(input);
        const asNumber = Number(input);
        if (Number.isSafeInteger(asNumber) && (typeof input === 'number' || BigInt(asNumber) === input)) {
          expect(error).toEqual({ catalog: 'futures', code: asNumber + 0, source: 'api' }); // -0 is read as code 0
        } else {
          expect(error).toEqual({ catalog: 'futures', code: null, source: 'unknown' });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('for arbitrary values and objects, with a null, foreign or hostile prototype', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(allKindsOfValues), fc.object(allKindsOfValues), objectWithAnyPrototype), (input) => {
        expectValidApiError(input);
      }),
      { numRuns: RUNS },
    );
  });

  it('for MEXC-shaped bodies, batch responses, axios-style errors and Error instances with random field types', () => {
    fc.assert(
      fc.property(mexcShaped, (input) => {
        expectValidApiError(input);
      }),
      { numRuns: RUNS },
    );
  });

  it('for objects with throwing getters on random keys (code, message, response, source, name...)', () => {
    fc.assert(
      fc.property(withThrowingGetters, (input) => {
        expectValidApiError(input);
      }),
      { numRuns: RUNS },
    );
  });

  it('for cyclic objects', () => {
    fc.assert(
      fc.property(cyclicObject, (input) => {
        const error = expectValidApiError(input);
        expect(normalizeApiError(error)).toEqual(error);
      }),
      { numRuns: SMALL_RUNS },
    );
  });

  it('for the classic cycles: a.self = a, a.response = { data: a }, error.cause = error', () => {
    const a: Record<string, unknown> = { success: false, code: 2005, message: 'cyclic' };
    a.self = a;
    a.response = { data: a };
    const bare: Record<string, unknown> = {};
    bare.self = bare;
    bare.response = { status: 502, data: bare };
    const error = new Error('cyclic cause') as Error & { cause?: unknown };
    error.cause = error;
    const ping: Record<string, unknown> = {};
    const pong: Record<string, unknown> = { cause: ping, response: { data: ping } };
    ping.cause = pong;
    ping.response = { data: pong };
    const list: unknown[] = [];
    list.push(list, { errorCode: list });
    for (const input of [a, bare, error, ping, list, { data: list }]) {
      expectBothValid(input);
    }
    expect(normalizeApiError(a)).toMatchObject({ code: 2005, source: 'api' });
  });

  it('for Proxies whose every trap throws, and revoked Proxies, anywhere in the input', () => {
    for (const target of proxyTargets) {
      expectBothValid(throwingProxy(target()));
      expectBothValid(revokedProxy(target()));
    }
    fc.assert(
      fc.property(withProxies, (input) => {
        expectValidApiError(input);
      }),
      { numRuns: SMALL_RUNS },
    );
  });

  it('for a random context argument (status, Retry-After, anything, traps, Proxies)', () => {
    const context = fc.oneof(
      contextArb,
      hostileObject,
      fc.tuple(fc.record({ httpStatus: statusLike, retryAfter: retryAfterLike }, { requiredKeys: [] }), trapsArb).map(([c, traps]) =>
        lazy(
          () => trapLabel(c, traps),
          () => plantTraps(c, traps),
        ),
      ),
    );
    fc.assert(
      fc.property(anyInput, context, (input, ctx) => {
        expectValidApiError(input, ctx);
      }),
      { numRuns: RUNS },
    );
  });

  it('for any input at all (every generator above mixed)', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expectValidApiError(input);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps no tag markup from an HTML error page (text without entities)', () => {
    const tagName = fc.constantFrom(
      'div',
      'p',
      'span',
      'b',
      'a',
      'script',
      'style',
      'title',
      'h1',
      'br',
      'hr',
      'center',
      'pre',
      'img',
      'table',
      'td',
      'body',
      'head',
    );
    const attributes = fc.string({ maxLength: 12 }).map((text) => text.replace(/[<>&]/g, ''));
    const tag = fc.oneof(
      fc.tuple(tagName, attributes).map(([name, attrs]) => `<${name}${attrs ? ` ${attrs}` : ''}>`),
      tagName.map((name) => `</${name}>`),
      fc.constantFrom('<!-- comment -->', '<!--', '-->', '<br/>', '<!DOCTYPE html>'),
    );
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })).map((value) => value.replace(/[<>&]/g, ''));
    const page = fc
      .tuple(
        fc.constantFrom('<!DOCTYPE html>', '<html>', '<body>', '<div>', '<p>', '<center>', '<h1>', '<pre>', '<hr>', '<br>'),
        fc.array(fc.oneof(tag, text), { maxLength: 30 }),
      )
      .map(([opening, parts]) => opening + parts.join(''));
    fc.assert(
      fc.property(page, fc.option(fc.constantFrom(403, 500, 502, 503)), (html, status) => {
        const error = expectValidApiError(html, status === null ? undefined : { httpStatus: status });
        if (error.serverMessage !== undefined) expect(error.serverMessage).not.toMatch(HTML_TAG);
      }),
      { numRuns: RUNS },
    );
  });
});
