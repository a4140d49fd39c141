// Shared by the real-world input tables (not a test file itself): the row shape, the secrets no
// normalized error may hold, and the check every row gets.
import { expect } from 'vitest';
import { normalizeApiError, normalizeApiResponse, type ApiError, type NormalizeContext } from '../../src/core/index';

export const SUBMIT = 'https://contract.mexc.com/api/v1/private/order/submit';
export const API_KEY = 'mx0vglQ7Zr2K9pLm3xYw';
export const SIGNATURE = 'c3a1f0e9d8b7a6c5b4a3928170f6e5d4c3b2a19087f6e5d4c3b2a1908f7e6d5c';
export const WAF_PAGE = '<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body><h1>Access denied</h1></body></html>';
export const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>';

/** One failure as a real server or client produces it, and the whole ApiError it must normalize to. */
export interface Row {
  what: string;
  input: unknown;
  context?: NormalizeContext;
  expected: ApiError;
}

/** Normalizes a row's input (a fetch Response through normalizeApiResponse): exactly the expected error, no secret. */
export async function expectRow({ input, context, expected }: Row): Promise<void> {
  const error = input instanceof Response ? await normalizeApiResponse(input) : normalizeApiError(input, context);
  expect(error).toEqual(expected);
  expect(JSON.stringify(error)).not.toContain(API_KEY);
  expect(JSON.stringify(error)).not.toContain(SIGNATURE);
}
