'use client';
export { ApiErrorProvider, type ApiErrorProviderProps } from './ApiErrorProvider';
export { useApiError, type UseApiErrorOptions, type UseApiErrorResult } from './useApiError';
export { ApiErrorToast, type ApiErrorToastProps } from './ApiErrorToast';
export type { ToastLookProps } from './ToastView';
export { ApiErrorToaster, type ApiErrorToasterProps, type ToastControls, type ToasterPosition } from './ApiErrorToaster';
export {
  ApiErrorBoundary,
  type ApiErrorBoundaryErrorInfo,
  type ApiErrorBoundaryProps,
  type ApiErrorBoundaryResetDetails,
  type ApiErrorFallbackProps,
} from './ApiErrorBoundary';
export { useApiErrorBoundary, type UseApiErrorBoundaryResult } from './useApiErrorBoundary';
export { withApiErrorBoundary } from './withApiErrorBoundary';
export type { ApiErrorActionHandler } from './context';
