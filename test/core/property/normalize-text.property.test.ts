// Property-based tests: the result of normalizeApiError is a fixed point (JSON round trip, idempotence,
// well-formed cuts), plus the counterexamples the properties found, kept as fixed cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeApiError, resolveApiError, type ResolveApiErrorOptions } from '../../../src/core/index';
import { LONE_SURROGATE, checkApiError, expectValidApiError, resolvedProblems, viaJson } from './checks';
import { PROPERTY_TIMEOUT, RUNS, SMALL_RUNS } from './constants';
import { materialize } from './hostile';
import { anyInput } from './inputs';
import { tokenString } from './inputs-generic';

describe('normalizeApiError: its result is a fixed point', { timeout: PROPERTY_TIMEOUT }, () => {
  it('the result is JSON-serializable and survives a JSON round trip', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const error = normalizeApiError(materialize(input));
        const json = JSON.stringify(error);
        expect(typeof json).toBe('string');
        expect(JSON.parse(json)).toEqual(viaJson(error));
      }),
      { numRuns: RUNS },
    );
  });

  it('normalizing the result again, as an object or as its JSON text, gives an equal object (idempotence)', () => {
    // Server text that sits on the edges of the text clean-up: entities that decode to markup or to
    // other entities, and secret-like hex runs that the 500-character cut lands in.
    const entityText = fc
      .array(fc.constantFrom('&amp;', '&lt;', '&gt;', 'lt;', 'gt;', 'b', 'p', 'div', '!--', ' ', 'x', '&#38;', '&nbsp;'), {
        minLength: 1,
        maxLength: 10,
      })
      .map((parts) => parts.join(''));
    const cutHexRun = fc
      .tuple(fc.nat(520), fc.constantFrom('0', 'f', 'A'), fc.integer({ min: 20, max: 100 }), fc.constantFrom('', ' ', 'g', 'z'))
      .map(([prefix, digit, length, after]) => `${'x '.repeat(prefix).slice(0, prefix)}${digit.repeat(length)}${after}`);
    const input = fc.oneof(anyInput, entityText, cutHexRun, tokenString);
    fc.assert(
      fc.property(input, fc.boolean(), (generated, asJsonText) => {
        const error = normalizeApiError(materialize(generated));
        const again = normalizeApiError(asJsonText ? JSON.stringify(error) : error);
        expect(viaJson(again)).toEqual(viaJson(error));
      }),
      { numRuns: RUNS },
    );
  });

  it('never splits a surrogate pair when it cuts a long message (well-formed input, well-formed output)', () => {
    // Runs of plain and astral characters, so that a failure shrinks fast to a readable string.
    const run = fc.tuple(fc.constantFrom('x', '😀', 'é', '𝄞', '中', '👍🏽', ' '), fc.nat(300)).map(([char, count]) => char.repeat(count));
    const longText = fc.array(run, { minLength: 1, maxLength: 6 }).map((runs) => runs.join(''));
    fc.assert(
      fc.property(longText, fc.constantFrom('plain', 'body'), (text, shape) => {
        const error = expectValidApiError(shape === 'plain' ? text : { success: false, code: 2005, message: text });
        if (error.serverMessage !== undefined) expect(error.serverMessage).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: SMALL_RUNS },
    );
  });
});

describe('counterexamples the properties found (kept as fixed cases)', () => {
  // Found by the properties above against an earlier src/core; deterministic, unlike a random run.
  it('server text on the edges of the clean-up stays valid, well-formed and idempotent', () => {
    const cases = [
      '&amp;lt;', // entities decoded twice: '&lt;' then '<'
      '&lt;b&gt;', // decoded entities formed a tag, stripped on the second pass
      '<!--&gt;', // shrunk by fast-check: '<!-->' then nothing
      '&amp;gt;&amp;',
      '&#xD800;<b>', // an entity decoded to a lone surrogate
      '0'.repeat(500) + 'g', // a hex run the cut ends: '[redacted]…' only on the second pass
      `${'x '.repeat(230)}${'0'.repeat(60)}g`,
      `x${'😀'.repeat(250)}`, // the cut split a surrogate pair: '…\uD83D…'
      `${'é'.repeat(130)}${'👍🏽'.repeat(120)}`,
    ];
    for (const text of cases) {
      for (const input of [text, { success: false, code: 2005, message: text }, { data: [{ errorCode: 2037, errorMsg: text }] }]) {
        const error = checkApiError(input);
        if (error.serverMessage !== undefined) expect(error.serverMessage).not.toMatch(LONE_SURROGATE);
        expect(normalizeApiError(error)).toEqual(error);
        expect(viaJson(normalizeApiError(JSON.stringify(error)))).toEqual(viaJson(error));
      }
    }
  });

  it('app strings that are blank after interpolation, or the raw i18n key, never become the text', () => {
    const cases: ResolveApiErrorOptions[] = [
      { t: () => '{x}', values: { x: '' } },
      { messages: { en: { futures: { balance_insufficient: { title: '{x}', message: '{x}' } } } }, values: { x: ' ' } },
      { messages: { en: { futures: { balance_insufficient: { title: { one: '{x}', other: '{x}' } } } } }, values: { x: '', count: 1 } },
      {
        messages: {
          en: {
            futures: {
              balance_insufficient: {
                title: 'mexc.futures.balance_insufficient.title',
                message: 'mexc.futures.balance_insufficient.message',
              },
            },
            actions: { transfer_funds: 'mexc.action.transfer_funds' },
          },
        },
      },
      {
        locale: 'en',
        messages: [
          {
            en: {
              general: { http_server_error: { title: 'mexc.general.http_server_error.title' } },
              actions: { contact_support: 'mexc.action.contact_support' },
            },
          },
        ],
      },
      {
        messages: { en: { order: { post_only_cancel: { title: 'mexc.order.post_only_cancel.title', message: ' ' } } } },
      },
    ];
    for (const options of cases) {
      for (const input of [2005, { response: { status: 502, data: '' } }, null, { state: 4, errorCode: 20 }]) {
        expect(resolvedProblems(resolveApiError(input, options), ['shape', 'blank', 'ownKey'])).toEqual([]);
      }
    }
  });
});
