'use client';
// mexc-error-kit/query: @tanstack/react-query glue.
export { createApiErrorQueryClient, type ApiErrorQueryClientConfig } from './createApiErrorQueryClient';
export { createMutationErrorHandler, createQueryErrorHandler, type ApiErrorMeta, type ApiErrorQueryOptions } from './error-handlers';
export { QueryApiErrorBoundary } from './QueryApiErrorBoundary';
