import { unwrapApiResponse } from 'mexc-error-kit';
import { signRequest, sortedQueryEntries, toQueryParamString, type QueryParams } from './signing';
import type {
  CancelOrderResult,
  ChangeLeverageBody,
  ContractAsset,
  ContractOrder,
  DemoTransferResult,
  OpenPosition,
  SubmitOrderBody,
} from './types';

/** Options of {@link createMexcClient}. */
export interface MexcClientOptions {
  /** Origin the `/api/v1/...` paths are appended to; `''` (default) for same-origin requests. */
  baseUrl?: string;
  apiKey: string;
  /** Used only to compute signatures; never sent, logged or put in an error. */
  secretKey: string;
  /** Added to `Date.now()` for `Request-Time`: a number, or a function read on every request. */
  clockSkewMs?: number | (() => number);
  /** The fetch to use; defaults to `globalThis.fetch`, looked up per request. */
  fetch?: typeof fetch;
  /** `Language` header; without it MEXC answers in Chinese. */
  language?: 'zh' | 'en' | 'ja' | 'ko' | 'fr';
  /** Demo switch: send requests unsigned (no `ApiKey`, `Request-Time` or `Signature`): MEXC answers 401. */
  omitSignature?: boolean;
  /** Demo switch: send a signature that does not match the request: MEXC answers 602. */
  badSignature?: boolean;
}

/** Paging of the open-orders list. */
export interface PageOptions {
  pageNum?: number;
  pageSize?: number;
}

/** A request the typed methods do not cover. */
export interface MexcRequest {
  method: 'GET' | 'POST';
  /** Path from the origin, e.g. `/api/v1/private/account/assets`. */
  path: string;
  /** GET parameters; signed sorted by key. */
  query?: QueryParams;
  /** POST body; signed as the exact JSON sent. */
  body?: unknown;
}

/**
 * A signed MEXC contract-API client. Every method resolves with the envelope's `data` and rejects
 * with the kit's `MexcApiError` (or the fetch's own error for network failures).
 */
export interface MexcClient {
  /** `GET /api/v1/private/account/assets`. */
  getAssets(): Promise<ContractAsset[]>;
  /** `GET /api/v1/private/position/open_positions`, optionally for one symbol. */
  getOpenPositions(symbol?: string): Promise<OpenPosition[]>;
  /** `GET /api/v1/private/order/list/open_orders/{symbol}`; every symbol when `symbol` is omitted. */
  getOpenOrders(symbol?: string, page?: PageOptions): Promise<ContractOrder[]>;
  /** `POST /api/v1/private/order/submit`; resolves with the new order id. */
  submitOrder(body: SubmitOrderBody): Promise<string>;
  /**
   * `POST /api/v1/private/order/cancel`. Resolves with one result per id even when some failed:
   * check `errorCode` (or pass the array to the kit's `normalizeApiErrors`).
   */
  cancelOrders(ids: string[]): Promise<CancelOrderResult[]>;
  /** `POST /api/v1/private/position/change_leverage`. */
  changeLeverage(body: ChangeLeverageBody): Promise<void>;
  /** DEMO ONLY: `POST /api/v1/private/demo/transfer`, a simulator endpoint MEXC does not have. */
  transfer(amount: number): Promise<DemoTransferResult>;
  /** Any other signed request. */
  request<T = unknown>(request: MexcRequest): Promise<T>;
}

/**
 * Creates a client that signs each request like MEXC requires: headers `ApiKey`, `Request-Time`
 * (`Date.now()` plus the skew), `Signature` = hex HMAC-SHA256 of `apiKey + requestTime + paramString`.
 *
 * @example
 * const client = createMexcClient({ apiKey, secretKey });
 * try { await client.submitOrder(order); } catch (error) { show(resolveApiError(error)); }
 */
export function createMexcClient(options: MexcClientOptions): MexcClient {
  const { apiKey, secretKey, clockSkewMs = 0, language, omitSignature = false, badSignature = false } = options;
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const skew = typeof clockSkewMs === 'function' ? clockSkewMs : () => clockSkewMs;

  async function request<T>({ method, path, query, body }: MexcRequest): Promise<T> {
    const paramString = method === 'GET' ? toQueryParamString(query) : JSON.stringify(body ?? {});
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (language) headers.Language = language;
    if (!omitSignature) {
      const requestTime = String(Date.now() + skew());
      const signed = badSignature ? `${paramString}&tampered=1` : paramString;
      headers.ApiKey = apiKey;
      headers['Request-Time'] = requestTime;
      headers.Signature = await signRequest({ apiKey, secretKey, requestTime, paramString: signed });
    }
    const search = method === 'GET' && paramString !== '' ? `?${new URLSearchParams(sortedQueryEntries(query))}` : '';
    const doFetch = options.fetch ?? globalThis.fetch;
    const response = await doFetch(
      `${baseUrl}${path}${search}`,
      method === 'GET' ? { method, headers } : { method, headers, body: paramString },
    );
    return unwrapApiResponse<T>(response);
  }

  return {
    getAssets: () => request({ method: 'GET', path: '/api/v1/private/account/assets' }),
    getOpenPositions: (symbol) => request({ method: 'GET', path: '/api/v1/private/position/open_positions', query: { symbol } }),
    getOpenOrders: (symbol, page = {}) =>
      request({
        method: 'GET',
        path: `/api/v1/private/order/list/open_orders${symbol ? `/${encodeURIComponent(symbol)}` : ''}`,
        query: { page_num: page.pageNum, page_size: page.pageSize },
      }),
    submitOrder: (body) => request({ method: 'POST', path: '/api/v1/private/order/submit', body }),
    cancelOrders: (ids) => request({ method: 'POST', path: '/api/v1/private/order/cancel', body: ids }),
    changeLeverage: async (body) => {
      await request({ method: 'POST', path: '/api/v1/private/position/change_leverage', body });
    },
    transfer: (amount) => request({ method: 'POST', path: '/api/v1/private/demo/transfer', body: { amount } }),
    request,
  };
}
