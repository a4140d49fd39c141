// Property-based tests: resolveApiError is total. Whatever it is given and whatever options come with
// it (random locales, packs, a t that throws, traps, Proxies), it never throws and always returns a
// valid resolution.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listApiErrorCatalogs, normalizeApiError, resolveApiError } from '../../../src/core/index';
import { ALL_CHECKS, expectBothValid, expectValidResolution, resolvedProblems } from './checks';
import { ENTRIES, FUTURES_CODES, PROPERTY_TIMEOUT, RUNS } from './constants';
import { materialize } from './hostile';
import { anyInput, commonInput } from './inputs';
import { anyString } from './inputs-generic';
import { cleanOptions, hostileOptions } from './options';

describe('resolveApiError never throws and returns a valid ResolvedApiError', { timeout: PROPERTY_TIMEOUT }, () => {
  it('for any input, without options, agreeing with normalizeApiError', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expectBothValid(materialize(input));
      }),
      { numRuns: RUNS },
    );
  });

  it('for any input and hostile options (random locale, messages with traps, a t that throws or returns anything)', () => {
    fc.assert(
      fc.property(anyInput, hostileOptions, (input, options) => {
        expectValidResolution(input, options, ['shape']);
      }),
      { numRuns: RUNS },
    );
  });

  it('with hostile options, no title, message or action label is ever blank or the raw i18n key of its own field', () => {
    fc.assert(
      fc.property(commonInput, hostileOptions, (input, options) => {
        expectValidResolution(input, options, ['blank', 'ownKey']);
      }),
      { numRuns: RUNS },
    );
  });

  it('for any input and options whose strings are clean: no leftover placeholder, no raw i18n key', () => {
    fc.assert(
      fc.property(commonInput, cleanOptions, (input, options) => {
        expectValidResolution(input, options, ALL_CHECKS);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('resolveApiError: known and unknown codes', { timeout: PROPERTY_TIMEOUT }, () => {
  it('a futures code resolves to that code and its entry, whatever the message (a 500 announcing maintenance to its own)', () => {
    const futures = listApiErrorCatalogs().find((catalog) => catalog.id === 'futures')!;
    const message = fc.oneof({ weight: 4, arbitrary: anyString }, fc.constantFrom('System maintenance', '系统维护中', 'maintain'));
    fc.assert(
      fc.property(fc.constantFrom(...futures.entries), message, (definition, text) => {
        const body = { success: false, code: String(definition.code), message: text };
        const serverMessage = normalizeApiError(body).serverMessage;
        const variant = futures.variants.find((each) => each.code === definition.code && each.serverMessage.test(serverMessage ?? ''));
        const resolved = resolveApiError(body);
        expect(resolved).toMatchObject({ catalog: 'futures', code: definition.code, key: (variant ?? definition).key });
        expect(resolvedProblems(resolved)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('an order record resolves to its reason in the order catalog, from REST or the push', () => {
    const reasons = ENTRIES.filter((entry) => entry.catalog === 'order');
    fc.assert(
      fc.property(fc.constantFrom(...reasons), fc.integer({ min: 1, max: 5 }), fc.boolean(), (reason, state, pushed) => {
        const record = { orderId: '102067003631907840', state, errorCode: reason.code };
        const resolved = resolveApiError(pushed ? { channel: 'push.personal.order', data: record } : record);
        expect(resolved).toMatchObject({ catalog: 'order', code: reason.code, key: reason.key, source: pushed ? 'websocket' : 'api' });
        expect(resolved.orderId).toBe('102067003631907840');
        expect(resolvedProblems(resolved)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('a code the catalog does not know shows its number in the title or message', () => {
    const unknownCode = fc
      .oneof(fc.integer(), fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }))
      .filter((code) => !FUTURES_CODES.has(code));
    fc.assert(
      fc.property(unknownCode, anyString, (code, message) => {
        const resolved = resolveApiError({ success: false, code: String(code), message });
        expect(resolved.code).toBe(code);
        expect(resolved.key).toBe('unknown_code');
        expect(`${resolved.title}\n${resolved.message}`).toContain(String(code));
        expect(resolvedProblems(resolved)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
