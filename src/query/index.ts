'use client';
// mexc-error-kit/query: @tanstack/react-query glue.
export { createApiErrorQueryClient, type ApiErrorQueryClientConfig } from './createApiErrorQueryClient.js';
export { createMutationErrorHandler, createQueryErrorHandler, type ApiErrorMeta, type ApiErrorQueryOptions } from './error-handlers.js';
export { QueryApiErrorBoundary } from './QueryApiErrorBoundary.js';
