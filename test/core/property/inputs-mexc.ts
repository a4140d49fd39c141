// MEXC-shaped input arbitraries of the property-based tests: bodies, batch responses, axios-style
// errors, responses, carried ApiErrors and Error instances, with random field types. No tests here.
import fc from 'fast-check';
import { KNOWN_CODES, SOURCES } from './constants';
import { boom } from './hostile';
import { anyNumber, anyString, anyValue } from './inputs-generic';

// ---------------------------------------------------------------------------------------------------
// MEXC-shaped bodies, axios-style errors, Error instances
// ---------------------------------------------------------------------------------------------------

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
    {
      'retry-after': retryAfterLike,
      'Retry-After': retryAfterLike,
      authorization: anyString,
      ApiKey: anyString,
      'content-type': anyString,
    },
    { requiredKeys: [] },
  ),
  retryAfterLike.map((value) => ({ get: (name: string) => (name.toLowerCase() === 'retry-after' ? value : null) })),
  fc.constant({ get: boom }),
  fc
    .constantFrom('120', 'Wed, 21 Oct 2015 07:28:00 GMT')
    .map((value) => (typeof Headers === 'undefined' ? { 'retry-after': value } : new Headers({ 'Retry-After': value }))),
  anyValue,
);

const messageLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: anyString },
  fc.record({ msg: anyString, message: anyString }, { requiredKeys: [] }),
  anyValue,
);

const orderIdLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.constantFrom(Number('101716841474621953'), -(2 ** 60), Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, '101716841474621953'),
  anyString,
  fc.string({ minLength: 60, maxLength: 70 }),
  anyValue,
);

const batchItem: fc.Arbitrary<unknown> = fc.record(
  { orderId: orderIdLike, errorCode: codeLike, errorMsg: messageLike, externalOid: anyValue },
  { requiredKeys: [] },
);

/** An order record (REST order query, push.personal.order data): `state` and `errorCode`, no `errorMsg`. */
const orderRecord: fc.Arbitrary<unknown> = fc.record(
  { orderId: orderIdLike, state: fc.oneof(fc.integer({ min: 1, max: 5 }), anyValue), errorCode: codeLike, symbol: anyString },
  { requiredKeys: ['state', 'errorCode'] },
);

const dataLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.array(fc.oneof({ weight: 3, arbitrary: batchItem }, orderRecord, anyValue), { maxLength: 6 }),
  batchItem,
  orderRecord,
  anyString,
  anyValue,
);

export const mexcBody: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    success: fc.oneof(fc.boolean(), fc.constantFrom('false', 'true', 0, 1, null), anyValue),
    code: codeLike,
    message: messageLike,
    msg: messageLike,
    data: dataLike,
    errorCode: codeLike,
    errorMsg: messageLike,
    orderId: orderIdLike,
    state: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom('4', ' 4 ', 4.5, null), anyValue),
    channel: fc.oneof(fc.constant('rs.error'), fc.constantFrom('push.personal.order', 'rs.login'), fc.string(), anyValue),
    ts: anyValue,
  },
  { requiredKeys: [] },
);

const responseLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    status: statusLike,
    statusCode: statusLike,
    statusText: anyString,
    data: fc.oneof(mexcBody, dataLike, anyString, fc.json(), fc.constantFrom('', null, undefined)),
    body: fc.oneof(mexcBody, anyString, fc.json(), anyValue),
    headers: headersLike,
    config: anyValue,
  },
  { requiredKeys: [] },
);

const apiErrorLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    catalog: fc.oneof(fc.constantFrom('futures', 'order', 'general', 'spot', '', 'Futures', '__proto__'), fc.string(), anyValue),
    code: fc.oneof(fc.constant(null), codeLike),
    source: fc.oneof(fc.constantFrom(...SOURCES), fc.string(), anyValue),
    httpStatus: statusLike,
    serverMessage: messageLike,
    retryAfterMs: fc.oneof(fc.nat(), fc.double(), anyValue),
    orderId: orderIdLike,
    orderIdUnsafe: fc.oneof(fc.constant(true), anyValue),
    headers: anyValue,
    config: anyValue,
  },
  { requiredKeys: ['source'] },
);

export const errorFields: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    name: fc.oneof(
      fc.constantFrom(
        'Error',
        'TypeError',
        'AbortError',
        'CanceledError',
        'TimeoutError',
        'AxiosError',
        'NetworkError',
        'MexcApiError',
        '',
      ),
      fc.constantFrom(
        'RequestTimeout',
        'ExchangeNotAvailable',
        'InsufficientFunds',
        'ConnectTimeoutError',
        'SocketError',
        'HTTPError',
        'RequestError',
      ),
      fc.string(),
      anyValue,
    ),
    message: fc.oneof(
      fc.constantFrom(
        'Failed to fetch',
        'Network Error',
        'timeout of 5000ms exceeded',
        'Load failed',
        'The operation was aborted',
        'fetch failed',
      ),
      fc.constantFrom(
        'mexc {"success":false,"code":2005,"message":"x"}',
        "mexc {'code': 510, 'msg': 'y'}",
        'connect ECONNREFUSED 127.0.0.1:443',
      ),
      anyString,
      anyValue,
    ),
    code: fc.oneof(
      fc.constantFrom(
        'ERR_NETWORK',
        'ECONNRESET',
        'ECONNABORTED',
        'ETIMEDOUT',
        'ERR_CANCELED',
        'ABORT_ERR',
        'UND_ERR_SOCKET',
        'ERR_BAD_RESPONSE',
      ),
      fc.constantFrom('UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT'),
      codeLike,
    ),
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

export const errorInstance: fc.Arbitrary<object> = fc.oneof(
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

/** JSON text of anything fast-check builds (bigints as numbers); never throws. */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? Number(item) : item)) ?? '';
  } catch {
    return '';
  }
}

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
