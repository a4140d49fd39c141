// mexc-error-kit/query: @tanstack/react-query glue.
export { apiErrorMutationRetry, apiErrorRetry, apiErrorRetryDelay } from './retry';
