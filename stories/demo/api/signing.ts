/** What a MEXC contract-API signature covers. */
export interface SignRequestInput {
  apiKey: string;
  secretKey: string;
  /** Milliseconds since the epoch, as sent in the `Request-Time` header. */
  requestTime: string | number;
  /** The raw JSON body for POST; the sorted query string for GET (see {@link toQueryParamString}). */
  paramString: string;
}

/** A GET request's business parameters; `undefined` and `null` values are left out, as MEXC does. */
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

const encoder = new TextEncoder();

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Signs a MEXC contract (futures) API request:
 * `hex(HMAC-SHA256(secretKey, apiKey + requestTime + paramString))`.
 * Uses WebCrypto (`globalThis.crypto.subtle`), so it runs in browsers and in Node 20.
 *
 * @example
 * const signature = await signRequest({ apiKey, secretKey, requestTime: Date.now(), paramString: body });
 */
export async function signRequest({ apiKey, secretKey, requestTime, paramString }: SignRequestInput): Promise<string> {
  const key = await globalThis.crypto.subtle.importKey('raw', encoder.encode(secretKey), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(`${apiKey}${requestTime}${paramString}`));
  return toHex(mac);
}

/** A GET request's parameters as `[key, value]` pairs sorted by key, without empty values. */
export function sortedQueryEntries(params: QueryParams | URLSearchParams = {}): [string, string][] {
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? Array.from(params.entries())
      : Object.entries(params).flatMap(([key, value]) => (value === undefined || value === null ? [] : [[key, String(value)]]));
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The string a GET request signs: parameters sorted by key, joined as `k=v&k2=v2` (`''` when there are none). */
export function toQueryParamString(params: QueryParams | URLSearchParams = {}): string {
  return sortedQueryEntries(params)
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

/** Compares two hex signatures in time independent of where they first differ. */
export function signaturesMatch(expected: string, received: string): boolean {
  if (expected.length !== received.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= expected.charCodeAt(i) ^ received.charCodeAt(i);
  return difference === 0;
}
