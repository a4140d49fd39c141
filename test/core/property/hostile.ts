// Hostile building blocks of the property-based tests: Lazy and materialize, throwing Proxies,
// throwing getters (traps), cycles and Proxy placement. No tests here.
import fc from 'fast-check';

export const boom = () => {
  throw new Error('boom');
};

/**
 * A hostile value built only when the property runs. fast-check inspects every generated value
 * (it reads a symbol key to look for a clone method), so a Proxy whose traps throw, or an object whose
 * prototype is one, cannot be handed to it directly. Building late also gives every run fresh
 * objects: traps and cycles are never planted on values fast-check reuses while shrinking.
 */
class Lazy {
  constructor(
    /** How a counterexample is printed; only computed when fast-check reports one. */
    readonly describe: () => string,
    readonly make: () => unknown,
  ) {}

  [fc.toStringMethod](): string {
    return this.describe();
  }
}

export type { Lazy };

export function lazy(describe: () => string, make: () => unknown): Lazy {
  return new Lazy(describe, make);
}

function isPlain(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Builds every {@link Lazy} inside plain objects and arrays, copying them on the way. */
export function materialize(value: unknown, depth = 0): unknown {
  if (value instanceof Lazy) return value.make();
  if (depth > 8) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => materialize(item, depth + 1));
  if (!isPlain(value)) return value;
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(value)) {
    Object.defineProperty(copy, key, { value: materialize(value[key], depth + 1), configurable: true, enumerable: true, writable: true });
  }
  return copy;
}

/** A shallow copy that keeps the prototype (an Error stays an Error) and the array-ness. */
export function copyOf(value: object): object {
  let descriptors: PropertyDescriptorMap;
  try {
    descriptors = Object.getOwnPropertyDescriptors(value);
  } catch {
    // V8 formats an Error's lazy `stack` on first read, which throws when `message` was replaced by
    // an object that cannot become a string. Such a value is used as it is, uncopied.
    return value;
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    delete (descriptors as Record<string, unknown>).length;
    copy.length = value.length;
    return Object.defineProperties(copy, descriptors);
  }
  return Object.create(Object.getPrototypeOf(value) as object | null, descriptors) as object;
}

/** A Proxy whose every trap throws. */
export function throwingProxy<T extends object>(target: T): T {
  return new Proxy(target, {
    get: boom,
    set: boom,
    has: boom,
    ownKeys: boom,
    getPrototypeOf: boom,
    setPrototypeOf: boom,
    getOwnPropertyDescriptor: boom,
    defineProperty: boom,
    deleteProperty: boom,
    isExtensible: boom,
    preventExtensions: boom,
    apply: boom,
    construct: boom,
  });
}

export function revokedProxy<T extends object>(target: T): T {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

export const proxyTargets: readonly (() => object)[] = [
  () => ({}),
  () => [],
  () => Object.create(null) as object,
  () => new Error('target'),
  () => new TypeError('Failed to fetch'),
  () => ({ success: false, code: 2005, message: 'x' }),
  () => [{ orderId: 1, errorCode: 2005, errorMsg: 'x' }],
  () => function target() {},
];

export const hostileObject: fc.Arbitrary<Lazy> = fc.tuple(fc.nat(proxyTargets.length - 1), fc.boolean()).map(([index, revoked]) =>
  lazy(
    () => `${revoked ? 'revokedProxy' : 'throwingProxy'}(${String(proxyTargets[index])})`,
    () => (revoked ? revokedProxy(proxyTargets[index]!()) : throwingProxy(proxyTargets[index]!())),
  ),
);

/** Values a throwing getter throws. */
const THROWN: Readonly<Record<string, () => unknown>> = {
  "new Error('getter')": () => new Error('getter'),
  "new TypeError('getter')": () => new TypeError('getter'),
  "'a string'": () => 'a string',
  undefined: () => undefined,
  null: () => null,
  'throwingProxy({})': () => throwingProxy({}),
  'revokedProxy({})': () => revokedProxy({}),
};

const thrownValue: fc.Arbitrary<string> = fc.constantFrom(...Object.keys(THROWN));

const HOSTILE_KEYS = [
  'code',
  'message',
  'response',
  'source',
  'name',
  'data',
  'success',
  'msg',
  'errorCode',
  'errorMsg',
  'channel',
  'status',
  'statusCode',
  'headers',
  'get',
  'retry-after',
  'Retry-After',
  'apiError',
  'cause',
  'httpStatus',
  'serverMessage',
  'retryAfterMs',
  'orderId',
  '__CANCEL__',
  'length',
  '0',
  'then',
  'toJSON',
  'constructor',
  'locale',
  'messages',
  't',
  'values',
  'context',
  'en',
  'title',
  'actions',
  'unknown_error',
  'unknown_code',
] as const;

const hostileKey: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HOSTILE_KEYS) }, fc.string({ maxLength: 6 }));

/** Where a throwing getter is planted, from the root object. */
const TRAP_PATHS: readonly (readonly string[])[] = [
  [],
  [],
  [],
  ['response'],
  ['response', 'headers'],
  ['response', 'data'],
  ['data'],
  ['data', '0'],
  ['cause'],
  ['apiError'],
  ['messages'],
  ['messages', 'en'],
  ['messages', 'en', 'unknown_error'],
];

interface Trap {
  path: readonly string[];
  key: string;
  /** A key of {@link THROWN}. */
  thrown: string;
}

export const trapsArb: fc.Arbitrary<Trap[]> = fc.array(
  fc.record({ path: fc.constantFrom(...TRAP_PATHS), key: hostileKey, thrown: thrownValue }),
  { minLength: 1, maxLength: 6 },
);

/**
 * Walks `path` through data properties, replacing each node on the way by a copy (or a new object), so
 * that the generated value itself is never changed; never runs a getter.
 */
function nodeAt(root: object, path: readonly string[]): object | undefined {
  let node: object = root;
  for (const segment of path) {
    const descriptor = Object.getOwnPropertyDescriptor(node, segment);
    const current = descriptor && 'value' in descriptor ? (descriptor.value as unknown) : undefined;
    const next = typeof current === 'object' && current !== null ? copyOf(current) : {};
    try {
      Object.defineProperty(node, segment, { value: next, configurable: true, enumerable: true, writable: true });
    } catch {
      return undefined;
    }
    node = next;
  }
  return node;
}

/** Plants throwing getters on a copy of `base`. */
export function plantTraps(base: unknown, traps: readonly Trap[]): object {
  const built = materialize(base);
  const root = typeof built === 'object' && built !== null ? copyOf(built) : {};
  for (const { path, key, thrown } of traps) {
    const node = nodeAt(root, path);
    if (!node) continue;
    try {
      Object.defineProperty(node, key, {
        configurable: true,
        enumerable: true,
        get() {
          throw THROWN[thrown]!();
        },
      });
    } catch {
      // a non-configurable property (an array's length): leave it
    }
  }
  return root;
}

export function trapLabel(base: unknown, traps: readonly Trap[]): string {
  const plan = traps.map(({ path, key, thrown }) => `${[...path, key].map((part) => JSON.stringify(part)).join('.')} throws ${thrown}`);
  return `withThrowingGetters(${fc.stringify(base)}, [${plan.join('; ')}])`;
}

// ---------------------------------------------------------------------------------------------------
// Cycles and Proxies
// ---------------------------------------------------------------------------------------------------

export const CYCLES = ['self', 'responseData', 'cause', 'data', 'dataItem', 'apiError', 'headers', 'prototypeLike', 'nested'] as const;

export function addCycles(base: object, cycles: readonly (typeof CYCLES)[number][]): object {
  const root = copyOf(base) as Record<string, unknown>;
  const set = (target: object, key: string, value: unknown) => {
    try {
      Object.defineProperty(target, key, { value, configurable: true, enumerable: true, writable: true });
    } catch {
      // frozen or non-configurable: skip
    }
  };
  for (const cycle of cycles) {
    if (cycle === 'self') set(root, 'self', root);
    if (cycle === 'responseData') set(root, 'response', { status: 500, data: root, headers: { 'retry-after': '1' } });
    if (cycle === 'cause') set(root, 'cause', root);
    if (cycle === 'data') set(root, 'data', root);
    if (cycle === 'dataItem') set(root, 'data', [root, { errorCode: root, errorMsg: root, orderId: root }]);
    if (cycle === 'apiError') set(root, 'apiError', root);
    if (cycle === 'headers') {
      const headers: Record<string, unknown> = {};
      headers.self = headers;
      headers['retry-after'] = headers;
      set(root, 'response', { status: 429, headers, data: { response: { data: root } } });
    }
    if (cycle === 'prototypeLike') set(root, 'message', { msg: root, message: root });
    if (cycle === 'nested') {
      const a: Record<string, unknown> = { code: root };
      const b: Record<string, unknown> = { cause: a, response: { data: a } };
      a.cause = b;
      set(root, 'cause', a);
    }
  }
  return root;
}

/** Where a hostile Proxy is placed inside an otherwise ordinary input. */
export const PROXY_PLACES = [
  'root',
  'response',
  'responseData',
  'responseHeaders',
  'data',
  'dataItem',
  'cause',
  'apiError',
  'message',
  'prototype',
  'errorPrototype',
] as const;

export function placeProxy(place: (typeof PROXY_PLACES)[number], proxy: object, body: Record<string, unknown>): unknown {
  switch (place) {
    case 'root':
      return proxy;
    case 'response':
      return { ...body, response: proxy };
    case 'responseData':
      return { name: 'AxiosError', message: 'Request failed', response: { status: 500, data: proxy } };
    case 'responseHeaders':
      return { response: { status: 429, headers: proxy, data: body } };
    case 'data':
      return { ...body, success: true, code: 0, data: proxy };
    case 'dataItem':
      return { success: true, code: 0, data: [body, proxy] };
    case 'cause':
      return Object.assign(new Error('wrapped'), { cause: proxy });
    case 'apiError':
      return Object.assign(new Error('carrier'), { apiError: proxy });
    case 'message':
      return { ...body, message: proxy, msg: proxy };
    case 'prototype':
      return Object.setPrototypeOf({ ...body }, proxy) as object;
    case 'errorPrototype':
      return Object.setPrototypeOf(new Error('x'), proxy) as object;
  }
}
