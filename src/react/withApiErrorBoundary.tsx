import type { ComponentType } from 'react';
import { ApiErrorBoundary, type ApiErrorBoundaryProps } from './ApiErrorBoundary.js';

// Keeps the fallback props' either-or: a plain Omit would merge the union's members into one.
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Wraps a component in an {@link ApiErrorBoundary}.
 *
 * @example export default withApiErrorBoundary(PositionsPanel, { onError: report });
 */
export function withApiErrorBoundary<P extends object>(
  Wrapped: ComponentType<P>,
  boundaryProps: DistributiveOmit<ApiErrorBoundaryProps, 'children'> = {},
) {
  function WithApiErrorBoundary(props: P) {
    return (
      <ApiErrorBoundary {...(boundaryProps as ApiErrorBoundaryProps)}>
        <Wrapped {...props} />
      </ApiErrorBoundary>
    );
  }
  WithApiErrorBoundary.displayName = `withApiErrorBoundary(${Wrapped.displayName ?? Wrapped.name ?? 'Component'})`;
  return WithApiErrorBoundary;
}
