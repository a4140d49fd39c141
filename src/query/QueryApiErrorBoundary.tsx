import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { ApiErrorBoundary, type ApiErrorBoundaryProps } from '../react/index.js';

/**
 * An `ApiErrorBoundary` whose "Try again" also resets react-query's failed queries below it, so they
 * refetch instead of throwing the same error again. Use with `throwOnError` queries.
 *
 * @example
 * <QueryApiErrorBoundary>
 *   <Positions /> // useQuery({ queryKey: ['positions'], queryFn, throwOnError: true })
 * </QueryApiErrorBoundary>
 */
export function QueryApiErrorBoundary({ onReset, ...props }: ApiErrorBoundaryProps) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <ApiErrorBoundary
      {...props}
      onReset={(details) => {
        reset();
        onReset?.(details);
      }}
    />
  );
}
