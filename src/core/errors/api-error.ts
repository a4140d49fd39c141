// The ApiError shape itself: building one from a source, a context and a message; reading one back
// (an ApiError, a ResolvedApiError, a MexcApiError's apiError); batch items and their order ids.
import { toPlainServerText } from './plain-text.js';
import { isArray, read, readString, toCode, toHttpStatus } from './safe-access.js';
import type { ApiError, ApiErrorSource } from '../types.js';

const SOURCES: ReadonlySet<string> = new Set(['api', 'http', 'network', 'timeout', 'aborted', 'websocket', 'unknown']);
const MAX_RETRY_AFTER_MS = 3_600_000;
/** A catalog id as the kit accepts it from outside (`futures`, `order`, `spot`). */
export const CATALOG_ID = /^[a-z][a-z0-9_-]{0,31}$/;
// Order `state`: 1 uninformed, 2 open, 3 filled, 4 cancelled, 5 invalid.
const ORDER_STATES: ReadonlySet<number> = new Set([1, 2, 3, 4, 5]);

/** What the normalizer knows about the response around the payload. */
export interface Ctx {
  httpStatus?: number;
  retryAfterMs?: number;
  /**
   * Skip cleaning the server text (the costly part): for a probe that only needs the failure's shape
   * (source, code, catalog entry) and is thrown away. Its `serverMessage` is raw and must never be kept.
   */
  shapeOnly?: true;
  /** The code space of a bare `code` (default `'futures'`); order records are always `'order'`. */
  catalog?: string;
}

/** An ApiError with the context's status and delay, and the message as plain server text. */
export function make(
  source: ApiErrorSource,
  code: number | null,
  ctx: Ctx,
  message?: unknown,
  catalog: string = ctx.catalog ?? 'futures',
): ApiError {
  const error: ApiError = { catalog, code, source };
  if (ctx.httpStatus !== undefined) error.httpStatus = ctx.httpStatus;
  if (ctx.retryAfterMs !== undefined) error.retryAfterMs = ctx.retryAfterMs;
  const text = ctx.shapeOnly ? rawText(message) : typeof message === 'string' ? toPlainServerText(message) : messageFromObject(message);
  if (text !== undefined) error.serverMessage = text;
  return error;
}

// Enough of the raw text to tell catalog variants apart (a 500 that announces maintenance).
function rawText(message: unknown): string | undefined {
  const text = typeof message === 'string' ? message : (readString(message, 'msg') ?? readString(message, 'message'));
  return text?.slice(0, 500);
}

function messageFromObject(value: unknown): string | undefined {
  const nested = readString(value, 'msg') ?? readString(value, 'message');
  return nested === undefined ? undefined : toPlainServerText(nested);
}

/** An error without a MEXC code: `http` for a non-2xx status, else `unknown`. */
export function withoutCode(ctx: Ctx, message?: unknown): ApiError {
  return make(ctx.httpStatus !== undefined && (ctx.httpStatus < 200 || ctx.httpStatus > 299) ? 'http' : 'unknown', null, ctx, message);
}

/** An ApiError (or ResolvedApiError) read back, or `undefined` when the value is not one. */
export function fromApiErrorLike(value: unknown): ApiError | undefined {
  const source = read(value, 'source');
  const code = read(value, 'code');
  if (typeof source !== 'string' || !SOURCES.has(source)) return undefined;
  if (code !== null && toCode(code) === undefined) return undefined;
  const ctx: Ctx = {};
  const httpStatus = toHttpStatus(read(value, 'httpStatus'));
  if (httpStatus !== undefined) ctx.httpStatus = httpStatus;
  const retryAfterMs = read(value, 'retryAfterMs');
  if (typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) {
    ctx.retryAfterMs = Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
  }
  const catalog = read(value, 'catalog');
  const error = make(
    source as ApiErrorSource,
    code === null ? null : (toCode(code) ?? null),
    ctx,
    readString(value, 'serverMessage'),
    typeof catalog === 'string' && CATALOG_ID.test(catalog) ? catalog : 'futures',
  );
  setOrderId(error, read(value, 'orderId'));
  if (error.orderId === undefined && read(value, 'orderIdUnsafe') === true) error.orderIdUnsafe = true;
  return error;
}

/**
 * Keeps an order id exactly: a string or bigint as is, a safe integer as its digits. A number beyond
 * 2^53 was rounded when its JSON was parsed, so it is reported as unsafe instead of passed on wrong.
 */
function setOrderId(error: ApiError, value: unknown): void {
  let id: string | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER) error.orderIdUnsafe = true;
    else id = String(value);
  } else if (typeof value === 'bigint' || typeof value === 'string') {
    id = String(value);
  }
  if (id !== undefined && id.length > 0 && id.length <= 64) error.orderId = id;
}

/**
 * An order record (a REST order query's `data`, or a `push.personal.order` push): an object with `state`
 * and `errorCode` and no `errorMsg`. Its `errorCode` is the reason the order ended, in the `order` code
 * space (`20`: post-only cancelled; `0`: nothing wrong), not an API business code.
 */
export function fromOrderRecord(value: unknown, ctx: Ctx, source: ApiErrorSource = 'api'): ApiError | undefined {
  if (read(value, 'errorMsg') !== undefined) return undefined;
  const state = toCode(read(value, 'state'));
  const code = toCode(read(value, 'errorCode'));
  if (state === undefined || !ORDER_STATES.has(state) || code === undefined || code < 0) return undefined;
  const error = make(source, code, ctx, undefined, 'order');
  setOrderId(error, read(value, 'orderId'));
  return error;
}

/** The failure of one batch item (`{ orderId, errorCode, errorMsg }`) or order record, or `undefined` for a success. */
export function fromBatchItem(item: unknown, ctx: Ctx): ApiError | undefined {
  const record = fromOrderRecord(item, ctx);
  if (record) return record.code === 0 ? undefined : record;
  const code = toCode(read(item, 'errorCode'));
  if (code === undefined || code === 0) return undefined;
  const error = make('api', code, ctx, readString(item, 'errorMsg'));
  setOrderId(error, read(item, 'orderId'));
  return error;
}

function batchItems(value: unknown): unknown[] | undefined {
  if (isArray(value)) return value;
  const data = read(value, 'data');
  return isArray(data) ? data : undefined;
}

/** Every failed item of a batch response (`[{ orderId, errorCode, errorMsg }]`) or list of order records, in order. */
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
