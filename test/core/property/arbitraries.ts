// Shared support for the property-based tests of normalizeApiError and resolveApiError: validity
// checks, hostile building blocks (Lazy, materialize, traps, cycles, Proxies) and fast-check
// arbitraries for inputs and options. No tests here.
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  apiErrorCatalog,
  apiErrorFallbacks,
  getApiErrorDefinition,
  normalizeApiError,
  resolveApiError,
  type ApiError,
  type NormalizeContext,
  type ResolveApiErrorOptions,
} from '../../../src/core/index';

/** Runs of the main properties. */
export const RUNS = 10_000;
/** Runs of the properties whose inputs are long or expensive to build. */
export const SMALL_RUNS = 2_000;
export const MB = 1 << 20;
/** Per test: a property runs thousands of cases (and shrinks on failure), far beyond the 5 s default. */
export const PROPERTY_TIMEOUT = 60_000;

const SOURCES: ReadonlySet<unknown> = new Set(['api', 'http', 'network', 'timeout', 'aborted', 'websocket', 'unknown']);
const SEVERITIES: ReadonlySet<unknown> = new Set(['info', 'warning', 'error', 'critical']);
const RETRY_RULES: ReadonlySet<unknown> = new Set(['never', 'backoff', 'after_clock_sync', 'check_state_first']);
const API_ERROR_KEYS: ReadonlySet<PropertyKey> = new Set(['code', 'source', 'httpStatus', 'serverMessage', 'retryAfterMs', 'orderId']);
export const KNOWN_CODES: ReadonlySet<number> = new Set(apiErrorCatalog.map((entry) => entry.code));

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** In `u` mode a surrogate range only matches a surrogate that is not part of a pair. */
export const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const PLACEHOLDER = /\{\w+\}/;
const I18N_KEY = /^mexc\.(error|action|ui)\./;
export const HTML_TAG = /<\/?[a-z!][^<>]*>/i;

// ---------------------------------------------------------------------------------------------------
// Validity checks: each returns the list of problems, so a failure says what is wrong.
// ---------------------------------------------------------------------------------------------------

function show(value: unknown): string {
  try {
    return fc.stringify(value).slice(0, 200);
  } catch {
    return '<unprintable>';
  }
}

function apiErrorProblems(error: unknown): string[] {
  if (typeof error !== 'object' || error === null) return [`not an object: ${show(error)}`];
  const problems: string[] = [];
  if (Object.getPrototypeOf(error) !== Object.prototype) problems.push('not a plain object');
  for (const key of Reflect.ownKeys(error)) {
    if (!API_ERROR_KEYS.has(key)) problems.push(`unexpected own key ${String(key)}`);
  }
  const { code, source, httpStatus, serverMessage, retryAfterMs, orderId } = error as Record<string, unknown>;
  if (code !== null && !Number.isSafeInteger(code)) problems.push(`code is ${show(code)}`);
  if (!SOURCES.has(source)) problems.push(`source is ${show(source)}`);
  if (httpStatus !== undefined && !(Number.isInteger(httpStatus) && (httpStatus as number) >= 100 && (httpStatus as number) <= 599)) {
    problems.push(`httpStatus is ${show(httpStatus)}`);
  }
  if (serverMessage !== undefined) {
    if (typeof serverMessage !== 'string') problems.push(`serverMessage is ${show(serverMessage)}`);
    else {
      if (serverMessage === '') problems.push('serverMessage is empty');
      if (serverMessage !== serverMessage.trim()) problems.push(`serverMessage is not trimmed: ${show(serverMessage)}`);
      // The cut is on UTF-16 units, '…' included, and never splits a pair (so at most 500 code points too).
      if (serverMessage.length > 500) problems.push(`serverMessage has ${serverMessage.length} UTF-16 units`);
      if (CONTROL_CHARACTERS.test(serverMessage)) problems.push(`serverMessage has a control character: ${show(serverMessage)}`);
      if (BIDI_CONTROLS.test(serverMessage)) problems.push(`serverMessage has a bidi control: ${show(serverMessage)}`);
      if (/[^\S ]| {2}/.test(serverMessage)) problems.push(`serverMessage whitespace is not collapsed: ${show(serverMessage)}`);
    }
  }
  if (retryAfterMs !== undefined && !(typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0)) {
    problems.push(`retryAfterMs is ${show(retryAfterMs)}`);
  }
  if (orderId !== undefined && !(typeof orderId === 'string' && orderId !== '')) problems.push(`orderId is ${show(orderId)}`);
  try {
    JSON.stringify(error);
  } catch (cause) {
    problems.push(`not JSON-serializable: ${String(cause)}`);
  }
  return problems;
}

/**
 * What a resolution is checked for:
 * - `shape`: types, enums, i18n keys of the entry and its actions, the ApiError part, JSON;
 * - `blank`: title, message and action labels are never empty or blank;
 * - `ownKey`: no text is the raw i18n key of its own field (`mexc.error.<key>.title`, `mexc.action.<id>`);
 * - `clean`: no leftover `{placeholder}` and nothing shaped like an i18n key. Only checked when every
 *   app string is clean: an app string may legitimately contain `{name}` (interpolate keeps unknown
 *   placeholders visible on purpose).
 */
type Check = 'shape' | 'blank' | 'ownKey' | 'clean';
export const ALL_CHECKS: readonly Check[] = ['shape', 'blank', 'ownKey', 'clean'];

export function resolvedProblems(resolved: unknown, checks: readonly Check[] = ALL_CHECKS): string[] {
  if (typeof resolved !== 'object' || resolved === null) return [`not an object: ${show(resolved)}`];
  const problems: string[] = [];
  const shape = checks.includes('shape');
  const r = resolved as Record<string, unknown>;
  if (shape) {
    if (r.code !== null && !Number.isSafeInteger(r.code)) problems.push(`code is ${show(r.code)}`);
    if (typeof r.key !== 'string' || r.key === '') problems.push(`key is ${show(r.key)}`);
    if (r.i18nKey !== `mexc.error.${String(r.key)}`) problems.push(`i18nKey is ${show(r.i18nKey)}`);
    if (typeof r.category !== 'string' || r.category === '') problems.push(`category is ${show(r.category)}`);
    if (!SEVERITIES.has(r.severity)) problems.push(`severity is ${show(r.severity)}`);
    if (!RETRY_RULES.has(r.retry)) problems.push(`retry is ${show(r.retry)}`);
    if (typeof r.retryable !== 'boolean') problems.push(`retryable is ${show(r.retryable)}`);
    if (!SOURCES.has(r.source)) problems.push(`source is ${show(r.source)}`);
    if (typeof r.locale !== 'string' || r.locale === '') problems.push(`locale is ${show(r.locale)}`);
    if (!Array.isArray(r.actions)) problems.push(`actions is ${show(r.actions)}`);
    for (const problem of apiErrorProblems(pickApiError(r))) problems.push(`(ApiError part) ${problem}`);
    try {
      JSON.stringify(resolved);
    } catch (cause) {
      problems.push(`not JSON-serializable: ${String(cause)}`);
    }
  }
  // Every text of the resolution with the i18n key it is looked up with.
  const texts: [what: string, text: unknown, key: string][] = [
    ['title', r.title, `${String(r.i18nKey)}.title`],
    ['message', r.message, `${String(r.i18nKey)}.message`],
  ];
  for (const action of Array.isArray(r.actions) ? (r.actions as unknown[]) : []) {
    const { id, label, i18nKey } = (typeof action === 'object' && action !== null ? action : {}) as Record<string, unknown>;
    if (shape) {
      if (typeof id !== 'string' || id === '') problems.push(`action id is ${show(id)}`);
      if (typeof i18nKey !== 'string' || !i18nKey.startsWith('mexc.action.') || i18nKey !== `mexc.action.${String(id)}`) {
        problems.push(`action i18nKey is ${show(i18nKey)}`);
      }
    }
    texts.push([`label of action ${String(id)}`, label, `mexc.action.${String(id)}`]);
  }
  for (const [what, text, key] of texts) {
    if (typeof text !== 'string') {
      if (shape) problems.push(`${what} is not a string: ${show(text)}`);
      continue;
    }
    if (checks.includes('blank') && text.trim() === '') problems.push(`${what} is blank: ${show(text)}`);
    if (checks.includes('ownKey') && text === key) problems.push(`${what} is its own i18n key: ${text}`);
    if (checks.includes('clean') && PLACEHOLDER.test(text)) problems.push(`${what} has a leftover placeholder: ${show(text)}`);
    if (checks.includes('clean') && I18N_KEY.test(text)) problems.push(`${what} looks like an i18n key: ${show(text)}`);
  }
  return problems;
}

/** The ApiError fields of a resolved error. */
function pickApiError(resolved: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = { code: resolved.code, source: resolved.source };
  for (const key of ['httpStatus', 'serverMessage', 'retryAfterMs', 'orderId']) {
    if (resolved[key] !== undefined) picked[key] = resolved[key];
  }
  return picked;
}

/** The value as JSON sees it (`-0` becomes `0`, `undefined` fields disappear). */
export function viaJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

export function checkApiError(input: unknown, context?: unknown): ApiError {
  const result = normalizeApiError(input, context as NormalizeContext | undefined);
  expect(apiErrorProblems(result)).toEqual([]);
  return result;
}

/** For generated values: builds the hostile parts first (see {@link Lazy}). */
export function expectValidApiError(generated: unknown, generatedContext?: unknown): ApiError {
  return checkApiError(materialize(generated), materialize(generatedContext));
}

export function expectValidResolution(generated: unknown, generatedOptions?: unknown, checks: readonly Check[] = ALL_CHECKS): void {
  const input = materialize(generated);
  const options = materialize(generatedOptions);
  const resolved = resolveApiError(input, options as ResolveApiErrorOptions | undefined);
  expect(resolvedProblems(resolved, checks)).toEqual([]);
}

/** Both functions, no options: valid, and the resolution agrees with the normalization. */
/** For built values (call `materialize` first on generated ones). */
export function expectBothValid(input: unknown): void {
  const normalized = checkApiError(input);
  const resolved = resolveApiError(input);
  expect(resolvedProblems(resolved)).toEqual([]);
  expect(pickApiError(resolved as unknown as Record<string, unknown>)).toEqual({ ...normalized });
  expect(resolved.key).toBe(getApiErrorDefinition(normalized).key);
}

// ---------------------------------------------------------------------------------------------------
// Hostile building blocks
// ---------------------------------------------------------------------------------------------------

const boom = () => {
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
function copyOf(value: object): object {
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

/** JSON text of anything fast-check builds (bigints as numbers); never throws. */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? Number(item) : item)) ?? '';
  } catch {
    return '';
  }
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

export const hostileObject: fc.Arbitrary<Lazy> = fc
  .tuple(fc.nat(proxyTargets.length - 1), fc.boolean())
  .map(([index, revoked]) =>
    lazy(() => `${revoked ? 'revokedProxy' : 'throwingProxy'}(${String(proxyTargets[index])})`, () =>
      revoked ? revokedProxy(proxyTargets[index]!()) : throwingProxy(proxyTargets[index]!()),
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
  'code', 'message', 'response', 'source', 'name', 'data', 'success', 'msg', 'errorCode', 'errorMsg', 'channel',
  'status', 'statusCode', 'headers', 'get', 'retry-after', 'Retry-After', 'apiError', 'cause', 'httpStatus',
  'serverMessage', 'retryAfterMs', 'orderId', '__CANCEL__', 'length', '0', 'then', 'toJSON', 'constructor',
  'locale', 'messages', 't', 'values', 'context', 'en', 'title', 'actions', 'unknown_error', 'unknown_code',
] as const;

const hostileKey: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HOSTILE_KEYS) }, fc.string({ maxLength: 6 }));

/** Where a throwing getter is planted, from the root object. */
const TRAP_PATHS: readonly (readonly string[])[] = [
  [], [], [], ['response'], ['response', 'headers'], ['response', 'data'], ['data'], ['data', '0'], ['cause'], ['apiError'],
  ['messages'], ['messages', 'en'], ['messages', 'en', 'unknown_error'],
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

// ---------------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------------

/** Pieces that exercise the markup, entity, control-character, secret and JSON paths. */
const TOKENS = [
  '<', '>', '</', '<div>', '</div>', '<p>', '<br>', '<br/>', '<hr>', '<center>', '<h1>', '<pre>', '<span>', '<b>',
  '<title>', '</title>', '<html>', '<body>', '<head>', '<!DOCTYPE html>', '<script>', '</script>', '<style>', '<!--', '-->',
  '&', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#39;', '&nbsp;', '&#', '&#x', ';', 'amp;', 'lt;', 'gt;',
  '&#0;', '&#1;', '&#10;', '&#x1F600;', '&#x202e;', '&#133;', '&#x7f;', '&#1114112;', '&#xD800;',
  '{', '}', '{code}', '{status}', '"', "'", ':', '=', ',', '[', ']', 'null', 'true', 'false',
  ' ', '  ', '\t', '\n', '\r\n', '\u0000', '\u0007', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f', '\u00a0',
  '\u2028', '\u200e', '\u200f', '\u202e', '\u2066', '\u2069', '\ufeff', '\u3000',
  '😀', '𝄞', 'é', 'e\u0301', '余额不足', '…', 'mexc.error.unknown_error.title',
  'token', 'api_key', 'apiKey=', 'secret: ', 'signature=', 'sign=', 'Authorization: ', 'Bearer ', 'Bearer abc.def-ghi',
  'mx0abcdefghijkl123', '0123456789abcdef0123456789abcdef',
  'Failed to fetch', 'Network Error', 'timeout', 'timed out', 'AbortError',
  '2005', '-1', '0', '1e3', ' 703 ', '9999999999999999', '{"success":false,"code":2005,"message":"x"}', '{"code":"602"}',
  '[{"orderId":1,"errorCode":2005,"errorMsg":"x"}]',
] as const;

export const tokenString: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TOKENS) }, fc.string({ maxLength: 4 })), { maxLength: 24 })
  .map((parts) => parts.join(''));

export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'grapheme-composite' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary-ascii' }),
  fc.json(),
  fc.json({ noUnicodeString: false }),
  tokenString,
  tokenString,
);

// ---------------------------------------------------------------------------------------------------
// Numbers, JSON, objects
// ---------------------------------------------------------------------------------------------------

export const anyNumber: fc.Arbitrary<number | bigint> = fc.oneof(
  fc.double(),
  fc.double({ noDefaultInfinity: false, noNaN: false, min: -1e6, max: 1e6 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, Number.MIN_VALUE, Number.MAX_VALUE),
  fc.integer(),
  fc.maxSafeInteger(),
  fc.constantFrom(...KNOWN_CODES),
  fc.bigInt(),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
  fc.constantFrom(2005n, -1n, 0n, 2n ** 53n, 2n ** 64n),
);

export const allKindsOfValues = {
  maxDepth: 3,
  maxKeys: 6,
  withBoxedValues: true,
  withSet: true,
  withMap: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withUnicodeString: true,
} as const;

const PROTOTYPES: readonly (() => object | null)[] = [
  () => null,
  () => Object.prototype,
  () => Error.prototype,
  () => TypeError.prototype,
  () => Array.prototype,
  () => Function.prototype,
  () => Date.prototype,
  () => Promise.prototype,
  () => (typeof Response === 'undefined' ? null : (Response.prototype as object)),
  () => (typeof DOMException === 'undefined' ? null : (DOMException.prototype as object)),
  () => throwingProxy({}),
  () => revokedProxy({}),
  () => ({ source: 'api', code: 2005 }),
];

export const objectWithAnyPrototype: fc.Arbitrary<Lazy> = fc
  .tuple(fc.object(allKindsOfValues), fc.nat(PROTOTYPES.length - 1))
  .map(([object, index]) =>
    lazy(() => `Object.setPrototypeOf(${fc.stringify(object)}, (${String(PROTOTYPES[index])})())`, () => Object.setPrototypeOf(copyOf(object), PROTOTYPES[index]!()) as object),
  );

// ---------------------------------------------------------------------------------------------------
// MEXC-shaped bodies, axios-style errors, Error instances
// ---------------------------------------------------------------------------------------------------

/** Any value, kept small: it fills the fields of most generated objects. */
const anyValue: fc.Arbitrary<unknown> = fc.anything({ maxDepth: 2, maxKeys: 4 });

const codeLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...KNOWN_CODES),
  fc.constantFrom(...[...KNOWN_CODES].map(String)),
  fc.integer(),
  fc.integer().map(String),
  anyNumber,
  fc.constantFrom('', ' 2005 ', '2005.0', '1e3', '0x10', '-0', '+2005', '9999999999999999', 'abc', '２００５', null, undefined, true),
  anyValue,
);

export const statusLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 0, max: 700 }),
  fc.constantFrom(200, 403, 429, 500, 502, 503, 504),
  fc.integer().map(String),
  fc.double(),
  fc.constantFrom('429', ' 503 ', '2e2', '200.5', '', null),
  anyValue,
);

export const retryAfterLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.nat(),
  fc.double(),
  fc.constantFrom('120', '1.5', ' 3 ', '-1', '1e9', 'Wed, 21 Oct 2015 07:28:00 GMT', 'Fri, 01 Jan 2100 00:00:00 GMT', 'soon', ''),
  fc.date().map((date) => date.toUTCString()),
  fc.string(),
  anyValue,
);

const headersLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    { 'retry-after': retryAfterLike, 'Retry-After': retryAfterLike, authorization: anyString, ApiKey: anyString, 'content-type': anyString },
    { requiredKeys: [] },
  ),
  retryAfterLike.map((value) => ({ get: (name: string) => (name.toLowerCase() === 'retry-after' ? value : null) })),
  fc.constant({ get: boom }),
  fc.constantFrom('120', 'Wed, 21 Oct 2015 07:28:00 GMT').map((value) =>
    typeof Headers === 'undefined' ? { 'retry-after': value } : new Headers({ 'Retry-After': value }),
  ),
  anyValue,
);

const messageLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: anyString },
  fc.record({ msg: anyString, message: anyString }, { requiredKeys: [] }),
  anyValue,
);

const orderIdLike: fc.Arbitrary<unknown> = fc.oneof(fc.integer(), fc.double(), fc.bigInt(), anyString, fc.string({ minLength: 60, maxLength: 70 }), anyValue);

const batchItem: fc.Arbitrary<unknown> = fc.record(
  { orderId: orderIdLike, errorCode: codeLike, errorMsg: messageLike, externalOid: anyValue },
  { requiredKeys: [] },
);

const dataLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.array(fc.oneof({ weight: 3, arbitrary: batchItem }, anyValue), { maxLength: 6 }),
  batchItem,
  anyString,
  anyValue,
);

const mexcBody: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    success: fc.oneof(fc.boolean(), fc.constantFrom('false', 'true', 0, 1, null), anyValue),
    code: codeLike,
    message: messageLike,
    msg: messageLike,
    data: dataLike,
    errorCode: codeLike,
    errorMsg: messageLike,
    orderId: orderIdLike,
    channel: fc.oneof(fc.constant('rs.error'), fc.constantFrom('push.personal.order', 'rs.login'), fc.string(), anyValue),
    ts: anyValue,
  },
  { requiredKeys: [] },
);

const responseLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    status: statusLike,
    statusText: anyString,
    data: fc.oneof(mexcBody, dataLike, anyString, fc.json(), fc.constantFrom('', null, undefined)),
    headers: headersLike,
    config: anyValue,
  },
  { requiredKeys: [] },
);

const apiErrorLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    code: fc.oneof(fc.constant(null), codeLike),
    source: fc.oneof(fc.constantFrom(...SOURCES), fc.string(), anyValue),
    httpStatus: statusLike,
    serverMessage: messageLike,
    retryAfterMs: fc.oneof(fc.nat(), fc.double(), anyValue),
    orderId: orderIdLike,
    headers: anyValue,
    config: anyValue,
  },
  { requiredKeys: ['source'] },
);

const errorFields: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    name: fc.oneof(
      fc.constantFrom('Error', 'TypeError', 'AbortError', 'CanceledError', 'TimeoutError', 'AxiosError', 'NetworkError', 'MexcApiError', ''),
      fc.string(),
      anyValue,
    ),
    message: fc.oneof(
      fc.constantFrom('Failed to fetch', 'Network Error', 'timeout of 5000ms exceeded', 'Load failed', 'The operation was aborted', 'fetch failed'),
      anyString,
      anyValue,
    ),
    code: fc.oneof(fc.constantFrom('ERR_NETWORK', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED', 'ABORT_ERR', 'UND_ERR_SOCKET', 'ERR_BAD_RESPONSE'), codeLike),
    response: fc.oneof({ weight: 3, arbitrary: responseLike }, anyValue),
    status: statusLike,
    statusCode: statusLike,
    data: fc.oneof(mexcBody, dataLike),
    cause: fc.oneof(mexcBody, anyValue),
    isAxiosError: fc.boolean(),
    __CANCEL__: fc.oneof(fc.boolean(), anyValue),
    config: fc.record({ headers: fc.record({ ApiKey: anyString, Signature: anyString, 'Request-Time': fc.nat() }) }),
    apiError: fc.oneof(apiErrorLike, anyValue),
  },
  { requiredKeys: [] },
);

const ERROR_CLASSES: readonly (new (message?: string) => Error)[] = [Error, TypeError, RangeError, SyntaxError];

const errorInstance: fc.Arbitrary<object> = fc.oneof(
  fc.tuple(fc.constantFrom(...ERROR_CLASSES), anyString, errorFields).map(([ErrorClass, message, fields]) => {
    const error = new ErrorClass(message);
    for (const [key, value] of Object.entries(fields)) {
      Object.defineProperty(error, key, { value, configurable: true, enumerable: true, writable: true });
    }
    return error;
  }),
  fc
    .tuple(anyString, fc.constantFrom('AbortError', 'TimeoutError', 'NetworkError', 'SyntaxError', 'whatever'))
    .map(([message, name]) => (typeof DOMException === 'undefined' ? new Error(message) : new DOMException(message, name))),
);

export const mexcShaped: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: mexcBody },
  errorFields,
  responseLike.map((response) => ({ response })),
  responseLike,
  apiErrorLike,
  errorInstance,
  dataLike,
  mexcBody.map(safeJson),
);

export function trapLabel(base: unknown, traps: readonly Trap[]): string {
  const plan = traps.map(({ path, key, thrown }) => `${[...path, key].map((part) => JSON.stringify(part)).join('.')} throws ${thrown}`);
  return `withThrowingGetters(${fc.stringify(base)}, [${plan.join('; ')}])`;
}

export const withThrowingGetters: fc.Arbitrary<Lazy> = fc
  .tuple(fc.oneof(mexcShaped, fc.object(), anyValue), trapsArb)
  .map(([base, traps]) => lazy(() => trapLabel(base, traps), () => plantTraps(base, traps)));

// ---------------------------------------------------------------------------------------------------
// Cycles and Proxies
// ---------------------------------------------------------------------------------------------------

const CYCLES = ['self', 'responseData', 'cause', 'data', 'dataItem', 'apiError', 'headers', 'prototypeLike', 'nested'] as const;

function addCycles(base: object, cycles: readonly (typeof CYCLES)[number][]): object {
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

export const cyclicObject: fc.Arbitrary<Lazy> = fc
  .tuple(
    fc.oneof(mexcBody, errorFields, errorInstance, fc.constant({}), fc.constant(new Error('cyclic'))),
    fc.subarray([...CYCLES], { minLength: 1 }),
  )
  .map(([base, cycles]) => lazy(() => `withCycles(${fc.stringify(base)}, ${cycles.join(', ')})`, () => addCycles(base, cycles)));

/** Where a hostile Proxy is placed inside an otherwise ordinary input. */
const PROXY_PLACES = ['root', 'response', 'responseData', 'responseHeaders', 'data', 'dataItem', 'cause', 'apiError', 'message', 'prototype', 'errorPrototype'] as const;

function placeProxy(place: (typeof PROXY_PLACES)[number], proxy: object, body: Record<string, unknown>): unknown {
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

export const withProxies: fc.Arbitrary<Lazy> = fc
  .tuple(fc.constantFrom(...PROXY_PLACES), hostileObject, mexcBody)
  .map(([place, proxy, body]) =>
    lazy(() => `${proxy.describe()} at ${place} of ${fc.stringify(body)}`, () => placeProxy(place, proxy.make() as object, materialize(body) as Record<string, unknown>)),
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
  mexcShaped,
  anyString,
);

// ---------------------------------------------------------------------------------------------------
// Options of resolveApiError
// ---------------------------------------------------------------------------------------------------

const ERROR_KEYS = [...apiErrorCatalog.map((entry) => entry.key), ...Object.keys(apiErrorFallbacks)];
const ACTION_IDS = [...new Set([...apiErrorCatalog, ...Object.values(apiErrorFallbacks)].flatMap((entry) => [...entry.actions]))];
const I18N_KEYS = [
  ...ERROR_KEYS.flatMap((key) => [`mexc.error.${key}.title`, `mexc.error.${key}.message`, `mexc.error.${key}`]),
  ...ACTION_IDS.map((id) => `mexc.action.${id}`),
];

const localeArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('en', 'EN', 'en-US', 'en_us', 'zh-CN', 'zh_cn', 'zh', 'zh-Hant-TW', 'ja', 'fr', 'x', '', ' ', '-', '__proto__', 'constructor', 'toString', '1234', 'en--', '-en', 'en-x-private-1234'),
  fc.string(),
  fc.string({ unit: 'binary' }),
);

/** App strings that cannot leave a placeholder or look like an i18n key. */
const cleanText: fc.Arbitrary<string> = fc
  .oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('保证金不足', 'Zu wenig Margin', 'Код ошибки'))
  .map((text) => text.replace(/[{}]/g, '').replace(/mexc\./gi, 'mexc-'));

/** Values that are not strings, so a lookup skips them; none holds a string anywhere inside. */
const nonText: fc.Arbitrary<unknown> = fc.constantFrom(undefined, null, 0, 42, true, {}, [], Number.NaN);

/** App strings of any kind, including blank ones, placeholders and raw i18n keys. */
const anyText: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: cleanText },
  fc.constantFrom('', ' ', '\n\t', '\u00a0', '{x}', '{code}', '{status}', '{count}', '{}', '{ x }', 'Code {code}', '{__proto__}', '{constructor}'),
  fc.constantFrom(...I18N_KEYS),
  anyString,
  anyValue,
);

function packArb(text: fc.Arbitrary<unknown>, other: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  const entry = fc.oneof({ weight: 4, arbitrary: fc.record({ title: text, message: text }, { requiredKeys: [] }) }, text, other);
  const entryKey = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ERROR_KEYS) },
    fc.constantFrom(...[...KNOWN_CODES].map(String), '8817', '-1', '0'),
    fc.string({ maxLength: 8 }),
  );
  return fc
    .tuple(
      fc.dictionary(entryKey, entry, { maxKeys: 5 }),
      fc.option(fc.dictionary(fc.constantFrom(...ACTION_IDS), text, { maxKeys: 3 })),
      fc.option(other),
    )
    .map(([errors, actions, ui]) => {
      const pack: Record<string, unknown> = { ...errors };
      if (actions !== null) pack.actions = actions;
      if (ui !== null) pack.ui = ui;
      return pack;
    });
}

function messagesArb(text: fc.Arbitrary<unknown>, other: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const layer = fc.dictionary(localeArb, packArb(text, other), { maxKeys: 3 });
  return fc.oneof({ weight: 3, arbitrary: layer }, fc.array(layer, { maxLength: 3 }), other);
}

function translateArb(text: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(undefined),
    fc.func<[string, unknown], unknown>(text),
    fc.constant((key: string) => key),
    fc.constant((key: string) => (key.endsWith('.title') ? undefined : key)),
    fc.constant(boom),
    fc.constant(() => {
      throw undefined;
    }),
    fc.constantFrom(null, 42, 'not a function', {}),
  );
}

const valuesArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(
    fc.constantFrom('x', 'code', 'status', 'count', 'name', '__proto__', 'constructor'),
    fc.oneof(fc.constantFrom('', ' ', 'v', '{x}'), fc.integer(), fc.string(), anyValue, fc.constant({ toString: boom })),
    { maxKeys: 4 },
  ),
  anyValue,
);

export const contextArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.record({ httpStatus: statusLike, retryAfter: retryAfterLike }, { requiredKeys: [] }),
  anyValue,
);

const PLACEHOLDER_TEMPLATES = ['{x}', '{name}', '{x}{name}', ' {x} ', '{code}', '{status}'] as const;

/** Templates made only of placeholders, with values for them (some blank): interpolation edge cases. */
const placeholderOptions: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    locale: fc.constantFrom('en', 'zh-CN'),
    t: fc.oneof(fc.constant(undefined), fc.constantFrom(...PLACEHOLDER_TEMPLATES).map((template) => () => template)),
    messages: fc
      .tuple(fc.constantFrom('en', 'zh-CN'), fc.constantFrom(...ERROR_KEYS), fc.constantFrom(...PLACEHOLDER_TEMPLATES), fc.constantFrom(...ACTION_IDS))
      .map(([locale, key, template, action]) => ({ [locale]: { [key]: { title: template, message: template }, actions: { [action]: template } } })),
    values: fc.dictionary(fc.constantFrom('x', 'name', 'code', 'status'), fc.constantFrom('', ' ', '\n', 'v', 0), { maxKeys: 3 }),
  },
  { requiredKeys: ['values'] },
);

/**
 * Packs whose strings are the i18n keys themselves, as some extraction tools write them for strings
 * nobody translated yet (`"title": "mexc.error.balance_insufficient.title"`).
 */
const keyEchoOptions: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.constantFrom('en', 'zh-CN'),
    fc.uniqueArray(fc.constantFrom(...ERROR_KEYS), { minLength: 1, maxLength: 4 }),
    fc.uniqueArray(fc.constantFrom(...ACTION_IDS), { maxLength: 4 }),
    fc.boolean(),
  )
  .map(([locale, keys, actions, asLayers]) => {
    const pack: Record<string, unknown> = {};
    for (const key of keys) pack[key] = { title: `mexc.error.${key}.title`, message: `mexc.error.${key}.message` };
    pack.actions = Object.fromEntries(actions.map((id) => [id, `mexc.action.${id}`]));
    return { locale, messages: asLayers ? [{ [locale]: pack }] : { [locale]: pack } };
  });

/** Options as an app could get them wrong: random locales, packs, `t`, values, context, traps, Proxies. */
export const hostileOptions: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: placeholderOptions },
  { weight: 2, arbitrary: keyEchoOptions },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        locale: fc.oneof({ weight: 3, arbitrary: localeArb }, anyValue),
        messages: messagesArb(anyText, fc.oneof(anyValue, hostileObject)),
        t: translateArb(anyText),
        values: valuesArb,
        context: contextArb,
      },
      { requiredKeys: [] },
    ),
  },
  fc
    .tuple(
      fc.record({ locale: localeArb, messages: messagesArb(anyText, anyValue), t: translateArb(anyText) }, { requiredKeys: [] }),
      trapsArb,
    )
    .map(([options, traps]) => lazy(() => trapLabel(options, traps), () => plantTraps(options, traps))),
  hostileObject,
  anyValue,
);

/** Options whose app strings are all clean: the texts must stay free of placeholders and keys. */
export const cleanOptions: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    locale: localeArb,
    messages: messagesArb(fc.oneof({ weight: 4, arbitrary: cleanText }, nonText), nonText),
    t: translateArb(fc.oneof({ weight: 4, arbitrary: cleanText }, nonText)),
    values: valuesArb,
    context: contextArb,
  },
  { requiredKeys: [] },
);
