import { apiErrorFallbacks, findApiErrorDefinition, type ApiErrorDefinition, type ApiErrorKey } from './catalog';
import type { ApiError } from '../types';

function forHttpStatus(status: number | undefined): ApiErrorDefinition<ApiErrorKey> {
  if (status === undefined) return apiErrorFallbacks.unknown_error;
  if (status === 429) return apiErrorFallbacks.http_rate_limited;
  if (status === 403) return apiErrorFallbacks.http_forbidden;
  if (status >= 500) return apiErrorFallbacks.http_server_error;
  return apiErrorFallbacks.http_error;
}

/**
 * The catalog definition that describes a normalized error: the code's own entry, or the fallback for
 * its source (network, timeout, HTTP page...), or `unknown_code` for a code the catalog does not know.
 */
export function getApiErrorDefinition(error: ApiError): ApiErrorDefinition<ApiErrorKey> {
  if (error.code !== null) return findApiErrorDefinition(error.code) ?? apiErrorFallbacks.unknown_code;
  switch (error.source) {
    case 'http':
      return forHttpStatus(error.httpStatus);
    case 'network':
      return apiErrorFallbacks.network_error;
    case 'timeout':
      return apiErrorFallbacks.timeout;
    case 'aborted':
      return apiErrorFallbacks.aborted;
    case 'websocket':
      return apiErrorFallbacks.websocket_error;
    default:
      return apiErrorFallbacks.unknown_error;
  }
}
