// Typed stand-ins for the docs pages' `<ArgTypes of={...} />` tables: react-docgen-typescript reads a
// hook's options and result types through them, so the tables list exactly what the types declare and
// follow every change of the kit. They render nothing and are never used as components.
import type { UseApiErrorBoundaryResult, UseApiErrorOptions, UseApiErrorResult } from 'mexc-error-kit';

/** Second argument of `useApiError(error, options)`: everything `showApiError` takes, plus `toast`. */
export function UseApiErrorOptionsTable(_options: UseApiErrorOptions) {
  return null;
}

/** What `useApiError` returns. */
export function UseApiErrorResultTable(_result: UseApiErrorResult) {
  return null;
}

/** What `useApiErrorBoundary` returns. */
export function UseApiErrorBoundaryResultTable(_result: UseApiErrorBoundaryResult) {
  return null;
}
