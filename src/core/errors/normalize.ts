import { failureByMessage, failureByNameOrCode, failureOfText } from './client-errors.js';
import { parseJsonExact } from './json-text.js';
import { readLooseFields } from './loose-fields.js';
import {
  CATALOG_ID,
  failedBatchItems,
  fromApiErrorLike,
  fromBatchItem,
  fromOrderRecord,
  make,
  withoutCode,
  type Ctx,
} from './api-error.js';
import { looksLikeHtml } from './html-text.js';
import { isInstance, isObject, isPlainObject, parseRetryAfter, read, readHeader, readString, toCode, toHttpStatus } from './safe-access.js';
import type { ApiError, ApiErrorCatalogId } from '../types.js';

/** What the caller knows about the failure beyond the payload itself. */
export interface NormalizeContext {
  /** HTTP status of the response the payload came with. */
  httpStatus?: number;
  /** The response's `Retry-After` header value, if any. */
  retryAfter?: string | number | null;
  /**
   * The code space of the payload's `code` when it is not the futures API's: the id of another catalog
   * (a spot catalog, say). Order records are recognized by their shape and always read as `'order'`.
   */
  catalog?: ApiErrorCatalogId;
}

const MAX_DEPTH = 4;
// As in plain-text.ts: only the head of a huge text is searched for markup.
const MAX_SCANNED_LENGTH = 20_000;

/** The text of a failure body: `message` or `msg`, else (MEXC does this for some codes) a text `data`. */
function bodyMessage(value: unknown, code: number | undefined): string | undefined {
  return readString(value, 'message') ?? readString(value, 'msg') ?? (code === 0 ? undefined : readString(value, 'data'));
}

/**
 * A MEXC body inside other text: ccxt's `mexc {"success":false,"code":2005,...}`, a Python dict repr,
 * a Java map, Node's util.inspect output. Not looked for in HTML, whose scripts and styles have braces.
 */
function fromEmbeddedText(text: string, ctx: Ctx, depth: number): ApiError | undefined {
  const brace = text.indexOf('{');
  if (brace < 0 || looksLikeHtml(text.slice(0, MAX_SCANNED_LENGTH))) return undefined;
  if (brace > 0) {
    const end = text.lastIndexOf('}');
    const parsed = end > brace ? parseJsonExact(text.slice(brace, end + 1)) : undefined;
    if (parsed && isObject(parsed.value)) {
      const error = fromValue(parsed.value, ctx, depth + 1);
      if (error.code !== null) return error;
    }
  }
  const loose = readLooseFields(text);
  if (loose?.code === undefined) return undefined;
  return make('api', loose.code, ctx, loose.message ?? (loose.code === 0 ? undefined : loose.data));
}

function fromText(text: string, ctx: Ctx, depth: number): ApiError {
  const trimmed = text.trim();
  const code = toCode(trimmed);
  if (code !== undefined) return make('api', code, ctx);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = parseJsonExact(trimmed);
    if (parsed) return fromValue(parsed.value, ctx, depth + 1);
  }
  const embedded = fromEmbeddedText(trimmed, ctx, depth);
  if (embedded) return embedded;
  // A body that came with an HTTP status is the server's text; without one it may be a client's error
  // printed as text ("RequestTimeout: mexc POST …", "TypeError: Failed to fetch"), not the server's.
  if (ctx.httpStatus === undefined) {
    const failure = failureOfText(trimmed);
    if (failure) return make(failure, null, ctx);
  }
  return withoutCode(ctx, trimmed);
}

/** A network failure, unless its cause says the client gave up waiting (undici: "fetch failed" + ConnectTimeoutError). */
function networkFailure(error: unknown, ctx: Ctx, depth: number): ApiError {
  const cause = read(error, 'cause');
  if (cause !== undefined && cause !== error) {
    const { source } = fromValue(cause, ctx, depth + 1);
    if (source === 'timeout' || source === 'aborted') return make(source, null, ctx);
  }
  return make('network', null, ctx);
}

function fromResponse(error: unknown, response: object, ctx: Ctx, depth: number): ApiError | undefined {
  // axios and ky: status; got and Node's IncomingMessage: statusCode.
  const status = toHttpStatus(read(response, 'status')) ?? toHttpStatus(read(response, 'statusCode'));
  const retryAfterMs = parseRetryAfter(readHeader(read(response, 'headers'), 'retry-after'));
  const inner: Ctx = { ...ctx };
  if (status !== undefined) inner.httpStatus = status;
  if (retryAfterMs !== undefined) inner.retryAfterMs = retryAfterMs;
  // axios keeps the body in response.data, got in response.body (a fetch Response's body is a stream: skipped);
  // ofetch and others keep it on the error as .data.
  const body = read(response, 'body');
  const data = read(response, 'data') ?? (typeof body === 'string' || isPlainObject(body) ? body : undefined) ?? read(error, 'data');
  if (data !== undefined && data !== null && data !== '') return fromValue(data, inner, depth + 1);
  return status === undefined ? undefined : withoutCode(inner);
}

function fromErrorLike(error: unknown, ctx: Ctx, depth: number): ApiError | undefined {
  const name = readString(error, 'name') ?? '';
  const message = readString(error, 'message') ?? '';
  const rawCode = read(error, 'code');
  const carried = fromApiErrorLike(read(error, 'apiError'));
  if (carried) return carried;
  const byName = failureByNameOrCode(name, typeof rawCode === 'string' ? rawCode : '');
  if (byName === 'aborted' || message === 'CancelledError' || read(error, '__CANCEL__') === true) return make('aborted', null, ctx);
  const response = read(error, 'response');
  const fromHttp = isObject(response) ? fromResponse(error, response, ctx, depth) : undefined;
  if (fromHttp) return fromHttp;
  if (byName === 'timeout') return make('timeout', null, ctx);
  const code = toCode(rawCode);
  if (code !== undefined) return make('api', code, ctx, message);
  // ccxt words most failures as "mexc {…the body…}": the body's code says more than the class name.
  const embedded = message ? fromEmbeddedText(message, ctx, depth) : undefined;
  if (embedded) return embedded;
  const failure = byName ?? failureByMessage(message, name);
  if (failure === 'network') return networkFailure(error, ctx, depth);
  if (failure) return make(failure, null, ctx);
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
  const channel = read(value, 'channel');
  if (channel === 'rs.error') return make('websocket', null, ctx, read(value, 'data'));
  if (channel === 'push.personal.order') return fromOrderRecord(read(value, 'data'), ctx, 'websocket') ?? withoutCode(ctx);
  const code = toCode(read(value, 'code'));
  if (code !== undefined) {
    if (code === 0 || read(value, 'success') === true) {
      const failed = fromBatchItem(read(value, 'data'), ctx) ?? failedBatchItems(value, ctx)[0];
      if (failed) return failed;
    }
    return make('api', code, ctx, bodyMessage(value, code));
  }
  const record = fromOrderRecord(value, ctx);
  if (record) return record;
  const item = fromBatchItem(value, ctx);
  if (item) return item;
  const firstFailed = failedBatchItems(value, ctx)[0];
  if (firstFailed) return firstFailed;
  if (read(value, 'success') === false) return make('api', null, ctx, bodyMessage(value, undefined));
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
  if (context === undefined) return ctx;
  const httpStatus = toHttpStatus(read(context, 'httpStatus'));
  if (httpStatus !== undefined) ctx.httpStatus = httpStatus;
  const retryAfterMs = parseRetryAfter(read(context, 'retryAfter'));
  if (retryAfterMs !== undefined) ctx.retryAfterMs = retryAfterMs;
  const catalog = read(context, 'catalog');
  if (typeof catalog === 'string' && CATALOG_ID.test(catalog)) ctx.catalog = catalog;
  return ctx;
}

/**
 * Turns any failure into an {@link ApiError}. Pure and total: it never throws, whatever it is given.
 *
 * Accepts a MEXC body (object or JSON text, `code` as number or string), a batch response or item
 * (`errorCode` / `errorMsg`), an order record or a `push.personal.order` frame (its `errorCode` in the
 * `order` catalog), a WebSocket `rs.error` frame, an axios-style error, an `Error` with
 * `.code`, a fetch `TypeError`, an `AbortError` or timeout, an HTML or plain-text error page, a code
 * as number or numeric string, `null` and `undefined`. Read a fetch `Response` with
 * {@link normalizeApiResponse} instead (its body is only available asynchronously).
 *
 * @example
 * normalizeApiError({ success: false, code: 2005, message: '余额不足' }, { httpStatus: 200 });
 * // → { catalog: 'futures', code: 2005, source: 'api', httpStatus: 200, serverMessage: '余额不足' }
 */
export function normalizeApiError(input: unknown, context?: NormalizeContext): ApiError {
  try {
    return fromValue(input, toCtx(context), 0);
  } catch {
    return { catalog: 'futures', code: null, source: 'unknown' };
  }
}

/**
 * The failure's shape only (source, code, catalog, status) without cleaning its server text: what the
 * toast store needs to count a failure it will not keep. The result's `serverMessage` is raw: never
 * keep or show it.
 */
export function normalizeShape(input: unknown, context?: NormalizeContext): ApiError {
  try {
    return fromValue(input, { ...toCtx(context), shapeOnly: true }, 0);
  } catch {
    return { catalog: 'futures', code: null, source: 'unknown' };
  }
}

/**
 * Every failure in a response: one {@link ApiError} per failed item of a batch response, the single
 * failure of any other input, and an empty array for a success.
 */
export function normalizeApiErrors(input: unknown, context?: NormalizeContext): ApiError[] {
  try {
    const ctx = toCtx(context);
    const json = typeof input === 'string' && /^\s*[[{]/.test(input) ? parseJsonExact(input) : undefined;
    const parsed = json ? json.value : input;
    const items = failedBatchItems(parsed, ctx);
    if (items.length > 0) return items;
    const single = fromValue(parsed, ctx, 0);
    if (read(parsed, 'success') === true && single.catalog !== 'order') return [];
    return single.code === 0 ? [] : [single];
  } catch {
    return [normalizeApiError(input, context)];
  }
}
