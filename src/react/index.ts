'use client';
export { ApiErrorProvider, type ApiErrorProviderProps } from './ApiErrorProvider.js';
export { useApiError, type UseApiErrorOptions, type UseApiErrorResult } from './useApiError.js';
export { ApiErrorToast, type ApiErrorToastProps } from './ApiErrorToast.js';
export type { ToastLookProps } from './ToastView.js';
export { ApiErrorToaster, type ApiErrorToasterProps, type ToastControls, type ToasterPosition } from './ApiErrorToaster.js';
export {
  ApiErrorBoundary,
  type ApiErrorBoundaryErrorInfo,
  type ApiErrorBoundaryProps,
  type ApiErrorBoundaryResetDetails,
  type ApiErrorFallbackProps,
} from './ApiErrorBoundary.js';
export { useApiErrorBoundary, type UseApiErrorBoundaryResult } from './useApiErrorBoundary.js';
export { withApiErrorBoundary } from './withApiErrorBoundary.js';
export type { ApiErrorActionHandler } from './context.js';
