import { toPlainServerText } from './plain-text';
import {
  isArray,
  isInstance,
  isObject,
  parseRetryAfter,
  read,
  readHeader,
  readString,
  toCode,
  toHttpStatus,
} from './safe-access';
import type { ApiError, ApiErrorSource } from './types';

/** What the caller knows about the failure beyond the payload itself. */
export interface NormalizeContext {
  /** HTTP status of the response the payload came with. */
  httpStatus?: number;
  /** The response's `Retry-After` header value, if any. */
  retryAfter?: string | number | null;
}

const SOURCES: ReadonlySet<string> = new Set(['api', 'http', 'network', 'timeout', 'aborted', 'websocket', 'unknown']);
const NETWORK_CODES = new Set(['ERR_NETWORK', 'ECONNRESET', 'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT']);
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const ABORT_CODES = new Set(['ERR_CANCELED', 'ABORT_ERR']);
const FETCH_FAILURE = /failed to fetch|networkerror|network ?error|load failed|network request failed|fetch failed|err_internet_disconnected/i;
const MAX_DEPTH = 4;

interface Ctx {
  httpStatus?: number;
  retryAfterMs?: number;
}

function make(source: ApiErrorSource, code: number | null, ctx: Ctx, message?: unknown): ApiError {
  const error: ApiError = { code, source };
  if (ctx.httpStatus !== undefined) error.httpStatus = ctx.httpStatus;
  if (ctx.retryAfterMs !== undefined) error.retryAfterMs = ctx.retryAfterMs;
  const text = typeof message === 'string' ? toPlainServerText(message) : messageFromObject(message);
  if (text !== undefined) error.serverMessage = text;
  return error;
}

function messageFromObject(value: unknown): string | undefined {
  const nested = readString(value, 'msg') ?? readString(value, 'message');
  return nested === undefined ? undefined : toPlainServerText(nested);
}

function withoutCode(ctx: Ctx, message?: unknown): ApiError {
  return make(ctx.httpStatus !== undefined && (ctx.httpStatus < 200 || ctx.httpStatus > 299) ? 'http' : 'unknown', null, ctx, message);
}

function fromText(text: string, ctx: Ctx, depth: number): ApiError {
  const trimmed = text.trim();
  const code = toCode(trimmed);
  if (code !== undefined) return make('api', code, ctx);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return fromValue(JSON.parse(trimmed) as unknown, ctx, depth + 1);
    } catch {
      // not JSON after all: keep it as text
    }
  }
  return withoutCode(ctx, trimmed);
}

function fromApiErrorLike(value: unknown): ApiError | undefined {
  const source = read(value, 'source');
  const code = read(value, 'code');
  if (typeof source !== 'string' || !SOURCES.has(source)) return undefined;
  if (code !== null && toCode(code) === undefined) return undefined;
  const ctx: Ctx = {};
  const httpStatus = toHttpStatus(read(value, 'httpStatus'));
  if (httpStatus !== undefined) ctx.httpStatus = httpStatus;
  const retryAfterMs = read(value, 'retryAfterMs');
  if (typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) ctx.retryAfterMs = retryAfterMs;
  const error = make(source as ApiErrorSource, code === null ? null : (toCode(code) ?? null), ctx, readString(value, 'serverMessage'));
  const orderId = toOrderId(read(value, 'orderId'));
  if (orderId !== undefined) error.orderId = orderId;
  return error;
}

function toOrderId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.length > 0 && value.length <= 64) return value;
  return undefined;
}

function fromBatchItem(item: unknown, ctx: Ctx): ApiError | undefined {
  const code = toCode(read(item, 'errorCode'));
  if (code === undefined || code === 0) return undefined;
  const error = make('api', code, ctx, readString(item, 'errorMsg'));
  const orderId = toOrderId(read(item, 'orderId'));
  if (orderId !== undefined) error.orderId = orderId;
  return error;
}

function batchItems(value: unknown): unknown[] | undefined {
  if (isArray(value)) return value;
  const data = read(value, 'data');
  return isArray(data) ? data : undefined;
}

/** Every failed item of a batch response (`[{ orderId, errorCode, errorMsg }]`), in order. */
export function failedBatchItems(value: unknown, ctx: Ctx = {}): ApiError[] {
  const items = batchItems(value);
  if (!items) return [];
  const failures: ApiError[] = [];
  const length = Math.min(items.length, 10_000);
  for (let i = 0; i < length; i++) {
    const failure = fromBatchItem(items[i], ctx);
    if (failure) failures.push(failure);
  }
  return failures;
}

function fromErrorLike(error: unknown, ctx: Ctx, depth: number): ApiError | undefined {
  const name = readString(error, 'name') ?? '';
  const message = readString(error, 'message') ?? '';
  const rawCode = read(error, 'code');
  const stringCode = typeof rawCode === 'string' ? rawCode.toUpperCase() : '';
  const carried = fromApiErrorLike(read(error, 'apiError'));
  if (carried) return carried;
  if (name === 'AbortError' || name === 'CanceledError' || message === 'CancelledError' || ABORT_CODES.has(stringCode) || read(error, '__CANCEL__') === true) {
    return make('aborted', null, ctx);
  }
  if (name === 'TimeoutError' || TIMEOUT_CODES.has(stringCode)) {
    return make('timeout', null, ctx);
  }
  const response = read(error, 'response');
  if (isObject(response)) {
    const status = toHttpStatus(read(response, 'status'));
    const retryAfterMs = parseRetryAfter(readHeader(read(response, 'headers'), 'retry-after'));
    const inner: Ctx = { ...ctx };
    if (status !== undefined) inner.httpStatus = status;
    if (retryAfterMs !== undefined) inner.retryAfterMs = retryAfterMs;
    // axios keeps the body in response.data; ofetch and others keep it on the error as .data.
    const data = read(response, 'data') ?? read(error, 'data');
    if (data !== undefined && data !== null && data !== '') return fromValue(data, inner, depth + 1);
    if (status !== undefined) return withoutCode(inner);
  }
  const code = toCode(rawCode);
  if (code !== undefined) return make('api', code, ctx, message);
  if (NETWORK_CODES.has(stringCode) || ((name === 'TypeError' || name === 'NetworkError' || name === '') && FETCH_FAILURE.test(message))) {
    return make('network', null, ctx);
  }
  if (/\btime(d)? ?out\b/i.test(message) && name !== 'TypeError') return make('timeout', null, ctx);
  const status = toHttpStatus(read(error, 'status')) ?? toHttpStatus(read(error, 'statusCode'));
  const data = read(error, 'data');
  if (status !== undefined || isObject(data)) {
    const inner: Ctx = status === undefined ? ctx : { ...ctx, httpStatus: status };
    return isObject(data) ? fromValue(data, inner, depth + 1) : withoutCode(inner, message);
  }
  const cause = read(error, 'cause');
  if (cause !== undefined && cause !== error) {
    const fromCause = fromValue(cause, ctx, depth + 1);
    if (fromCause.source !== 'unknown') return fromCause;
  }
  return undefined;
}

function isErrorLike(value: unknown): boolean {
  if (isInstance(value, Error)) return true;
  if (typeof DOMException !== 'undefined' && isInstance(value, DOMException)) return true;
  return typeof readString(value, 'name') === 'string' && typeof readString(value, 'message') === 'string';
}

function fromObject(value: object, ctx: Ctx, depth: number): ApiError {
  const own = fromApiErrorLike(value);
  if (own) return own;
  if (typeof Response !== 'undefined' && isInstance(value, Response)) {
    const status = toHttpStatus(read(value, 'status'));
    return withoutCode(status === undefined ? ctx : { ...ctx, httpStatus: status });
  }
  if (isErrorLike(value)) {
    const fromError = fromErrorLike(value, ctx, depth);
    if (fromError) return fromError;
    return make('unknown', null, ctx, readString(value, 'message'));
  }
  if (read(value, 'channel') === 'rs.error') {
    const data = read(value, 'data');
    return make('websocket', null, ctx, data);
  }
  const code = toCode(read(value, 'code'));
  if (code !== undefined) {
    if (code === 0 || read(value, 'success') === true) {
      const failed = failedBatchItems(value, ctx)[0];
      if (failed) return failed;
    }
    return make('api', code, ctx, readString(value, 'message') ?? readString(value, 'msg'));
  }
  const item = fromBatchItem(value, ctx);
  if (item) return item;
  const firstFailed = failedBatchItems(value, ctx)[0];
  if (firstFailed) return firstFailed;
  if (read(value, 'success') === false) return make('api', null, ctx, readString(value, 'message') ?? readString(value, 'msg'));
  const fromAxiosOrWrapper = fromErrorLike(value, ctx, depth);
  return fromAxiosOrWrapper ?? withoutCode(ctx, readString(value, 'message'));
}

function fromValue(value: unknown, ctx: Ctx, depth: number): ApiError {
  if (depth > MAX_DEPTH) return withoutCode(ctx);
  if (value === null || value === undefined) return withoutCode(ctx);
  if (typeof value === 'number' || typeof value === 'bigint') {
    const code = toCode(typeof value === 'bigint' ? Number(value) : value);
    return code === undefined ? withoutCode(ctx) : make('api', code, ctx);
  }
  if (typeof value === 'string') return fromText(value, ctx, depth);
  if (isObject(value)) return fromObject(value, ctx, depth);
  return withoutCode(ctx);
}

function toCtx(context: NormalizeContext | undefined): Ctx {
  const ctx: Ctx = {};
  const httpStatus = toHttpStatus(read(context, 'httpStatus'));
  if (httpStatus !== undefined) ctx.httpStatus = httpStatus;
  const retryAfterMs = parseRetryAfter(read(context, 'retryAfter'));
  if (retryAfterMs !== undefined) ctx.retryAfterMs = retryAfterMs;
  return ctx;
}

/**
 * Turns any failure into an {@link ApiError}. Pure and total: it never throws, whatever it is given.
 *
 * Accepts a MEXC body (object or JSON text, `code` as number or string), a batch response or item
 * (`errorCode` / `errorMsg`), a WebSocket `rs.error` frame, an axios-style error, an `Error` with
 * `.code`, a fetch `TypeError`, an `AbortError` or timeout, an HTML or plain-text error page, a code
 * as number or numeric string, `null` and `undefined`. Read a fetch `Response` with
 * {@link normalizeApiResponse} instead (its body is only available asynchronously).
 *
 * @example
 * normalizeApiError({ success: false, code: 2005, message: '余额不足' }, { httpStatus: 200 });
 * // → { code: 2005, source: 'api', httpStatus: 200, serverMessage: '余额不足' }
 */
export function normalizeApiError(input: unknown, context?: NormalizeContext): ApiError {
  try {
    return fromValue(input, toCtx(context), 0);
  } catch {
    return { code: null, source: 'unknown' };
  }
}

/**
 * Every failure in a response: one {@link ApiError} per failed item of a batch response, the single
 * failure of any other input, and an empty array for a success.
 */
export function normalizeApiErrors(input: unknown, context?: NormalizeContext): ApiError[] {
  try {
    const ctx = toCtx(context);
    const parsed = typeof input === 'string' && /^\s*[[{]/.test(input) ? (JSON.parse(input) as unknown) : input;
    const items = failedBatchItems(parsed, ctx);
    if (items.length > 0) return items;
    if (read(parsed, 'success') === true) return [];
    const single = fromValue(parsed, ctx, 0);
    return single.code === 0 ? [] : [single];
  } catch {
    return [normalizeApiError(input, context)];
  }
}
