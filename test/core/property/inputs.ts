// Composite input arbitraries of the property-based tests: throwing getters, cycles and Proxies
// planted in generated inputs, and the mixes of every kind of input. No tests here.
import fc from 'fast-check';
import { KNOWN_CODES, ORDER_CODES } from './constants';
import {
  CYCLES,
  PROXY_PLACES,
  addCycles,
  hostileObject,
  lazy,
  materialize,
  placeProxy,
  plantTraps,
  trapLabel,
  trapsArb,
  type Lazy,
} from './hostile';
import { allKindsOfValues, anyNumber, anyString, anyValue, objectWithAnyPrototype } from './inputs-generic';
import { errorFields, errorInstance, mexcBody, mexcShaped } from './inputs-mexc';

export const withThrowingGetters: fc.Arbitrary<Lazy> = fc
  .tuple(fc.oneof(mexcShaped, fc.object(), anyValue), trapsArb)
  .map(([base, traps]) =>
    lazy(
      () => trapLabel(base, traps),
      () => plantTraps(base, traps),
    ),
  );

// ---------------------------------------------------------------------------------------------------
// Cycles and Proxies
// ---------------------------------------------------------------------------------------------------

export const cyclicObject: fc.Arbitrary<Lazy> = fc
  .tuple(
    fc.oneof(mexcBody, errorFields, errorInstance, fc.constant({}), fc.constant(new Error('cyclic'))),
    fc.subarray([...CYCLES], { minLength: 1 }),
  )
  .map(([base, cycles]) =>
    lazy(
      () => `withCycles(${fc.stringify(base)}, ${cycles.join(', ')})`,
      () => addCycles(base, cycles),
    ),
  );

export const withProxies: fc.Arbitrary<Lazy> = fc
  .tuple(fc.constantFrom(...PROXY_PLACES), hostileObject, mexcBody)
  .map(([place, proxy, body]) =>
    lazy(
      () => `${proxy.describe()} at ${place} of ${fc.stringify(body)}`,
      () => placeProxy(place, proxy.make() as object, materialize(body) as Record<string, unknown>),
    ),
  );

/** Every kind of input at once. */
export const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  anyString,
  anyNumber,
  fc.anything(allKindsOfValues),
  objectWithAnyPrototype,
  { weight: 3, arbitrary: mexcShaped },
  withThrowingGetters,
  cyclicObject,
  withProxies,
);

/** Inputs for the option properties: every error key is reachable, generation stays cheap. */
export const commonInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...KNOWN_CODES),
  fc.integer(),
  fc.constantFrom(null, 'Failed to fetch', '<html><title>502 Bad Gateway</title></html>', new TypeError('Failed to fetch')),
  fc.constantFrom(...KNOWN_CODES).map((code) => ({ success: false, code, message: 'server text' })),
  fc.constantFrom(403, 429, 500, 502, 404).map((status) => ({ response: { status, data: '<html><body>error</body></html>' } })),
  fc.constantFrom('AbortError', 'TimeoutError').map((name) => Object.assign(new Error('x'), { name })),
  fc.constant({ channel: 'rs.error', data: 'feed error' }),
  fc.constantFrom('System maintenance', '系统维护中').map((message) => ({ success: false, code: 500, message })),
  fc
    .tuple(fc.constantFrom(...ORDER_CODES), fc.integer({ min: 1, max: 5 }), fc.boolean())
    .map(([errorCode, state, pushed]) =>
      pushed ? { channel: 'push.personal.order', data: { orderId: '7', state, errorCode } } : { state, errorCode },
    ),
  mexcShaped,
  anyString,
);
