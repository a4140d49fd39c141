import type { ApiError } from '../types.js';

/**
 * What makes two failures the same failure: catalog, code, source, HTTP status and server text (not the object
 * they came in, nor when). `useApiError` toasts once per distinct key.
 */
export function failureKey(error: ApiError): string {
  return JSON.stringify([error.catalog, error.code, error.source, error.httpStatus ?? null, error.serverMessage ?? null]);
}
