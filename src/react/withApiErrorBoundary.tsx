import type { ComponentType } from 'react';
import { ApiErrorBoundary, type ApiErrorBoundaryProps } from './ApiErrorBoundary';

/**
 * Wraps a component in an {@link ApiErrorBoundary}.
 *
 * @example export default withApiErrorBoundary(PositionsPanel, { onError: report });
 */
export function withApiErrorBoundary<P extends object>(
  Wrapped: ComponentType<P>,
  boundaryProps: Omit<ApiErrorBoundaryProps, 'children'> = {},
) {
  function WithApiErrorBoundary(props: P) {
    return (
      <ApiErrorBoundary {...boundaryProps}>
        <Wrapped {...props} />
      </ApiErrorBoundary>
    );
  }
  WithApiErrorBoundary.displayName = `withApiErrorBoundary(${Wrapped.displayName ?? Wrapped.name ?? 'Component'})`;
  return WithApiErrorBoundary;
}
