import { parseJsonExact } from './json-text.js';
import { normalizeApiError } from './normalize.js';
import { read } from './safe-access.js';
import type { ApiError } from '../types.js';

/** The subset of a fetch `Response` the kit reads. */
export interface ResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  clone?(): ResponseLike;
}

/**
 * An `Error` that carries a normalized {@link ApiError}: throw it from a fetcher (or let
 * {@link unwrapApiResponse} throw it) so that react-query, error boundaries and `console` see a real
 * Error while the kit still knows the MEXC code.
 */
export class MexcApiError extends Error {
  override readonly name = 'MexcApiError';
  /** The normalized failure; carries no headers, keys or signatures. */
  readonly apiError: ApiError;
  /** Shortcut for `apiError.code`. */
  readonly code: number | null;

  constructor(apiError: ApiError) {
    super(apiError.code === null ? `MEXC request failed (${apiError.source})` : `MEXC API error ${apiError.code}`);
    this.apiError = apiError;
    this.code = apiError.code;
  }
}

async function readBody(response: ResponseLike): Promise<string> {
  try {
    const readable = typeof response.clone === 'function' ? response.clone() : response;
    return await readable.text();
  } catch {
    return '';
  }
}

function httpContext(response: ResponseLike): { httpStatus?: number; retryAfter?: string | null } {
  const status = read(response, 'status');
  let retryAfter: string | null = null;
  try {
    retryAfter = response.headers.get('retry-after');
  } catch {
    // a broken Headers object: no Retry-After
  }
  return typeof status === 'number' ? { httpStatus: status, retryAfter } : { retryAfter };
}

/**
 * Normalizes a fetch `Response` (HTTP 200 with a MEXC error body, an HTML WAF page, a 429 with
 * `Retry-After`, an empty 502...). Reads a clone, so the caller can still read the body. Never rejects.
 *
 * @example
 * const res = await fetch(url, init);
 * const error = await normalizeApiResponse(res); // { code: 2005, source: 'api', httpStatus: 200, ... }
 */
export async function normalizeApiResponse(response: ResponseLike): Promise<ApiError> {
  try {
    return normalizeApiError(await readBody(response), httpContext(response));
  } catch {
    return { catalog: 'futures', code: null, source: 'unknown' };
  }
}

/**
 * Reads a MEXC response and returns its `data` on success; otherwise throws a {@link MexcApiError}.
 * Classifies by the body, whatever the HTTP status, since MEXC reports most failures with HTTP 200.
 * Integers beyond 2^53 (order ids such as `101716841474621953`) come back as strings of their exact
 * digits, never rounded; smaller numbers stay numbers.
 *
 * @example
 * const assets = await unwrapApiResponse<Asset[]>(await fetch('/api/v1/private/account/assets', init));
 */
export async function unwrapApiResponse<T = unknown>(response: ResponseLike): Promise<T> {
  const context = httpContext(response);
  const text = await readBody(response);
  const parsed = parseJsonExact(text);
  if (!parsed) throw new MexcApiError(normalizeApiError(text, context));
  const body = parsed.value;
  const success = read(body, 'success');
  const code = read(body, 'code');
  const ok = success === true || (success === undefined && (code === 0 || code === '0'));
  if (ok && (context.httpStatus === undefined || context.httpStatus < 400)) return read(body, 'data') as T;
  throw new MexcApiError(normalizeApiError(body, context));
}
