// Generic input arbitraries of the property-based tests: strings (markup, entities, controls,
// secrets), numbers and bigints, objects of every kind and prototype, small arbitrary values.
// No tests here.
import fc from 'fast-check';
import { KNOWN_CODES } from './constants';
import { copyOf, lazy, revokedProxy, throwingProxy, type Lazy } from './hostile';

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
  'password ', 'Secret-Key: ', 'Basic ', 'dXNlcjpwYXNz', '%3D', '%26', '%2', 'Request-Time ', 'timestamp=', 's3cr3t', 'aB',
  "{'code': 2005, 'msg': 'x'}", '{success=false, code=2005, message=x}', "{ code: 510, message: 'y', }", 'mexc ',
  'RequestTimeout: ', 'TypeError: ', 'ConnectTimeoutError', 'UND_ERR_SOCKET', 'ECONNRESET', '101716841474621953', '-9007199254740993',
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

/** Any value, kept small: it fills the fields of most generated objects. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({ maxDepth: 2, maxKeys: 4 });
